package ro.semnal.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import ro.semnal.reporting.Figures.AttitudeChange;
import ro.semnal.reporting.Figures.CompetencyScore;
import ro.semnal.reporting.Figures.Funnel;
import ro.semnal.reporting.Figures.KnowledgeGain;
import ro.semnal.reporting.Figures.Month;
import ro.semnal.reporting.Figures.Sessions;
import ro.semnal.reporting.Figures.Tally;

/**
 * The figure queries: each one aggregates one summary table in SQL, through an index that holds every column it
 * reads (see V9__reporting.sql), so no query sorts or joins at run time. Access is decided by the caller: a
 * {@link Scope} limits a trainer to their own cohorts.
 */
@Component
class ReportQueries {

    /** Which cohorts the figures may include: all, or only these (a trainer's). */
    record Scope(boolean everything, List<Long> cohorts) {
        static final Scope ALL = new Scope(true, List.of());
    }

    /** The dimensions the trained specialists can be broken down by, each with the index that groups by it. */
    enum Dimension {
        PROFESSION("profession", "ix_re_trained_profession"), COUNTY("county", "ix_re_trained_county"),
        INSTITUTION("institution", "ix_re_trained_institution"), COURSE("course_slug", "ix_re_trained_course");

        final String column;
        final String index;

        Dimension(String column, String index) {
            this.column = column;
            this.index = index;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    ReportQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long trained(ReportFilter filter, Scope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        return count("SELECT COUNT(DISTINCT user_id) FROM report_enrolment WHERE "
                + where(filter, scope, "certified_month", p, true), p);
    }

    List<Tally> trainedBy(Dimension dimension, ReportFilter filter, Scope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT " + dimension.column + ", COUNT(DISTINCT user_id) FROM report_enrolment"
                + groupedBy(dimension.index) + " WHERE "
                + where(filter, scope, "certified_month", p, true) + " GROUP BY " + dimension.column;
        List<Tally> rows = new ArrayList<>(jdbc.query(sql, p, (rs, i) -> new Tally(rs.getString(1), rs.getLong(2))));
        rows.sort(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::key));
        return rows;
    }

    /** New specialists per month (each person in the month of their first certificate within the filter). */
    List<Month> trainedByMonth(ReportFilter filter, Scope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT user_id, MIN(certified_month) FROM report_enrolment WHERE "
                + where(filter, scope, "certified_month", p, true) + " GROUP BY user_id";
        Map<Integer, Long> perMonth = new TreeMap<>();
        jdbc.query(sql, p, rs -> {
            perMonth.merge(rs.getInt(2), 1L, Long::sum);
        });
        List<Month> months = new ArrayList<>();
        if (perMonth.isEmpty()) {
            return months;
        }
        java.time.YearMonth first = Months.toYearMonth(perMonth.keySet().iterator().next());
        java.time.YearMonth last = Months.toYearMonth(((TreeMap<Integer, Long>) perMonth).lastKey());
        if (filter.from() != null && filter.from().isBefore(first)) {
            first = filter.from();
        }
        long cumulative = 0;
        for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long trained = perMonth.getOrDefault(Months.of(m), 0L);
            cumulative += trained;
            months.add(new Month(m, trained, cumulative));
        }
        return months;
    }

    Funnel funnel(ReportFilter filter, Scope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        // One row per person first, read in user_id order from a covering index, then added up: four
        // COUNT(DISTINCT) would each build a set of up to every learner (five to ten times slower on 100,000).
        String sql = """
                SELECT COUNT(*), SUM(started), SUM(completed), SUM(certified) FROM (
                    SELECT user_id, MAX(started) AS started,
                           MAX(CASE WHEN completed_month > 0 THEN 1 ELSE 0 END) AS completed,
                           MAX(CASE WHEN certified_month > 0 THEN 1 ELSE 0 END) AS certified
                    FROM report_enrolment""" + groupedBy("ix_re_user") + " WHERE "
                + where(filter, scope, "enrolled_month", p, true) + " GROUP BY user_id) people";
        Long registered = null;
        if (scope.everything() && filter.courseSlug() == null && filter.cohortId() == null) {
            MapSqlParameterSource q = new MapSqlParameterSource();
            registered = count("SELECT COUNT(*) FROM report_learner WHERE "
                    + where(filter, scope, "registered_month", q, false), q);
        }
        Long people = registered;
        return jdbc.queryForObject(sql, p, (rs, i) -> new Funnel(people, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4)));
    }

    /** Learners of one course by the furthest module they reached: module number to count. */
    Map<Integer, Long> furthestModules(ReportFilter filter, Scope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        Map<Integer, Long> counts = new TreeMap<>();
        jdbc.query("SELECT furthest_module, COUNT(*) FROM report_enrolment WHERE "
                + where(filter, scope, "enrolled_month", p, true) + " GROUP BY furthest_module", p, rs -> {
            counts.put(rs.getInt(1), rs.getLong(2));
        });
        return counts;
    }

    List<KnowledgeGain> knowledge(ReportFilter filter, Scope scope) {
        return beforeAndAfter("pre_score", "post_score", "post_month", "ix_re_knowledge", filter, scope,
                (course, profession, n, pre, post) -> new KnowledgeGain(course, profession, n, pre, post));
    }

    /** Attitude averages per course and profession; suppression is applied by {@link Suppression}. */
    List<AttitudeChange> attitudes(ReportFilter filter, Scope scope) {
        return beforeAndAfter("attitude_before", "attitude_after", "attitude_month", "ix_re_attitude", filter, scope,
                (course, profession, n, before, after) -> new AttitudeChange(course, profession, n, before, after, false));
    }

    private interface PairedAverages<T> {
        T of(String course, String profession, long learners, double before, double after);
    }

    /** Average of two scores per course and profession, over the learners who have both. */
    private <T> List<T> beforeAndAfter(String before, String after, String monthColumn, String index, ReportFilter filter,
            Scope scope, PairedAverages<T> row) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT course_slug, profession, COUNT(*), SUM(" + before + "), SUM(" + after + ") FROM report_enrolment"
                + groupedBy(index) + " WHERE " + where(filter, scope, monthColumn, p, true)
                + " AND " + before + " IS NOT NULL AND " + after + " IS NOT NULL GROUP BY course_slug, profession";
        return jdbc.query(sql, p, (rs, i) -> {
            long n = rs.getLong(3);
            return row.of(rs.getString(1), rs.getString(2), n, average(rs.getBigDecimal(4), n), average(rs.getBigDecimal(5), n));
        });
    }

    List<CompetencyScore> competencies(ReportFilter filter, Scope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT competency, COUNT(DISTINCT user_id), SUM(earned), SUM(possible) FROM report_competency WHERE "
                + where(filter, scope, "activity_month", p, true) + " GROUP BY competency";
        return jdbc.query(sql, p, (rs, i) -> new CompetencyScore(rs.getString(1), rs.getLong(2),
                rs.getBigDecimal(3).doubleValue(), rs.getBigDecimal(4).doubleValue()));
    }

    /** Sessions by month and county. A session with learners from two counties counts in both. */
    List<Sessions> sessions(ReportFilter filter, Scope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT session_month, county, COUNT(DISTINCT session_id), COUNT(*), SUM(present) FROM report_attendance WHERE "
                + where(filter, scope, "session_month", p, false) + " GROUP BY session_month, county";
        return jdbc.query(sql, p, (rs, i) -> new Sessions(Months.toYearMonth(rs.getInt(1)), rs.getString(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    /** Distinct sessions held, learners expected and present, over the whole filter. */
    long[] sessionTotals(ReportFilter filter, Scope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT COUNT(DISTINCT session_id), COUNT(*), SUM(present) FROM report_attendance WHERE "
                + where(filter, scope, "session_month", p, false);
        return jdbc.queryForObject(sql, p, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
    }

    /**
     * Restricts a grouped query to the index that delivers its rows already grouped (a covering scan, no temporary
     * table) or to the two narrow ones, institution and cohort, which a filter on either makes a few hundred rows.
     * Left alone, MariaDB picks the index of any equality filter, e.g. the course (two thirds of the rows), then
     * groups those rows in a temporary table: three to ten times slower on 100,000 learners (docs/benchmarks.md, E).
     */
    static String groupedBy(String index) {
        return " USE INDEX (" + index + (index.equals("ix_re_trained_institution") ? "" : ", ix_re_trained_institution")
                + ", ix_re_cohort)";
    }

    /** The WHERE clause of a filter; {@code course} false for tables without a course column. */
    static String where(ReportFilter filter, Scope scope, String monthColumn, MapSqlParameterSource p, boolean course) {
        List<String> parts = new ArrayList<>();
        parts.add(monthColumn + " BETWEEN :fromMonth AND :toMonth");
        p.addValue("fromMonth", filter.fromMonth()).addValue("toMonth", filter.toMonth());
        if (course && filter.courseSlug() != null) {
            parts.add("course_slug = :course");
            p.addValue("course", filter.courseSlug());
        } else if ("session_month".equals(monthColumn) && filter.courseSlug() != null) {
            // a session belongs to a cohort, and a cohort may teach several courses: the sessions of a course are
            // those of the cohorts that teach it (cohort_course is small, and read by its primary key)
            parts.add("cohort_id IN (SELECT cohort_id FROM cohort_course WHERE course_slug = :course)");
            p.addValue("course", filter.courseSlug());
        }
        if (filter.profession() != null) {
            parts.add("profession = :profession");
            p.addValue("profession", filter.profession().name());
        }
        if (filter.county() != null) {
            parts.add("county = :county");
            p.addValue("county", filter.county().name());
        }
        if (filter.institution() != null) {
            parts.add("institution = :institution");
            p.addValue("institution", filter.institution());
        }
        if (!"registered_month".equals(monthColumn)) {
            if (filter.cohortId() != null) {
                parts.add("cohort_id = :cohort");
                p.addValue("cohort", filter.cohortId());
            }
            if (!scope.everything()) {
                parts.add("cohort_id IN (:scope)");
                p.addValue("scope", scope.cohorts().isEmpty() ? List.of(-1L) : scope.cohorts());
            }
        }
        return String.join(" AND ", parts);
    }

    private long count(String sql, MapSqlParameterSource p) {
        Long value = jdbc.queryForObject(sql, p, Long.class);
        return value == null ? 0 : value;
    }

    private static double average(BigDecimal sum, long n) {
        return n == 0 || sum == null ? 0 : sum.doubleValue() / n;
    }
}
