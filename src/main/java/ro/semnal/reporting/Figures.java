package ro.semnal.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

import ro.semnal.catalog.Localized;

/** The programme figures, as plain values for the dashboard, the exports and the PDF report. */
public final class Figures {

    /** Groups of fewer respondents than this are never shown (attitude survey). */
    public static final int MIN_GROUP = 5;

    private Figures() {
    }

    /** A count under a key: a profession, county code, institution or course slug. */
    public record Tally(String key, long count) {
    }

    /** Specialists trained for the first time in a month (within the filter), and the running total. */
    public record Month(YearMonth month, long trained, long cumulative) {
    }

    /** People at each stage; {@code registered} is null when a course or cohort is chosen (it does not apply). */
    public record Funnel(Long registered, long enrolled, long started, long completed, long certified) {
    }

    /** How many of a course's enrolled learners reached each module (1-based). */
    public record ModuleReach(int number, Localized title, long reached, long enrolled) {

        public double share() {
            return enrolled == 0 ? 0 : 100.0 * reached / enrolled;
        }
    }

    /** Average pre- and post-test scores (percent) of the learners who took both. */
    public record KnowledgeGain(String course, String profession, long learners, double pre, double post) {

        public double gain() {
            return post - pre;
        }
    }

    /** Points earned over points possible in the case scenarios, per competency. */
    public record CompetencyScore(String competency, long learners, double earned, double possible) {

        public double percent() {
            return possible == 0 ? 0 : 100.0 * earned / possible;
        }
    }

    /**
     * The attitude index (0-100) before and after the course, of the learners who answered both surveys.
     * A suppressed group has fewer than {@link #MIN_GROUP} respondents (or would reveal one that has): its
     * averages are null and it reads "too few to report".
     */
    public record AttitudeChange(String course, String profession, long respondents, Double before, Double after,
            boolean suppressed) {
    }

    /** Sessions that took place in a county and month, and how many of the expected learners came. */
    public record Sessions(YearMonth month, String county, long sessions, long expected, long present) {

        public double rate() {
            return expected == 0 ? 0 : 100.0 * present / expected;
        }
    }

    /** Progress to a target: trained specialists counted from its start to its deadline. */
    public record TargetProgress(Target target, long achieved, long expectedByNow, LocalDate today) {

        public double percent() {
            return target.count() == 0 ? 100 : Math.min(100.0, 100.0 * achieved / target.count());
        }

        public boolean reached() {
            return achieved >= target.count();
        }

        public boolean onTrack() {
            return reached() || achieved >= expectedByNow;
        }

        public boolean overdue() {
            return !reached() && today.isAfter(target.deadline());
        }
    }

    /** A target set by a coordinator; the optional parts narrow what counts. */
    public record Target(Long id, String name, int count, LocalDate startsOn, LocalDate deadline, String profession,
            String county, String courseSlug) {
    }

    /** Totals shown at the top of the dashboard. */
    public record Headline(long trained, long enrolled, long completed, Double averageGain, long gainLearners,
            long sessionsHeld, Double attendanceRate) {
    }
}
