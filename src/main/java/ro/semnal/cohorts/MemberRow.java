package ro.semnal.cohorts;

import java.time.Instant;
import java.util.Map;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;

/**
 * One learner of a cohort on the trainer's dashboard: progress per course (percent), best graded quiz score
 * per course, sessions attended of those held, certificates held, and last activity.
 */
public record MemberRow(long userId, String name, String email, Profession profession, County county,
        String institution, Map<String, Integer> progress, Map<String, Double> bestScore, int attended, int held,
        int certificates, Instant lastActivity) {

    public int averageProgress() {
        return progress.isEmpty() ? 0 : (int) Math.round(progress.values().stream().mapToInt(Integer::intValue)
                .average().orElse(0));
    }
}
