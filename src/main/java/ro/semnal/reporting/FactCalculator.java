package ro.semnal.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import ro.semnal.assessment.CompetencyPoints;
import ro.semnal.assessment.QuestionScore;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ItemKind;
import ro.semnal.catalog.ItemRef;
import ro.semnal.catalog.ModuleDefinition;
import ro.semnal.catalog.QuizKind;

/**
 * Computes the facts of a set of learners (or sessions) from the source tables with one query per table, then
 * replaces their rows. Read-only towards every other feature's tables.
 */
class FactCalculator {

    private final NamedParameterJdbcTemplate jdbc;
    private final CatalogService catalog;

    FactCalculator(NamedParameterJdbcTemplate jdbc, CatalogService catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    private record Person(String profession, String county, String institution, boolean learner, Instant registered) {
    }

    private record Attempt(String course, String quiz, QuizKind kind, int number, Instant submitted, Double score,
            String competencies) {
    }

    private static final class Row {
        final long user;
        final String course;
        final Instant enrolled;
        Instant completed;
        boolean started;
        int furthestModule;
        Instant firstCertificate;
        boolean validCertificate;
        long cohort;

        Row(long user, String course, Instant enrolled, Instant completed) {
            this.user = user;
            this.course = course;
            this.enrolled = enrolled;
            this.completed = completed;
        }
    }

    void users(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("ids", ids);
        Map<Long, Person> people = new HashMap<>();
        jdbc.query("""
                SELECT u.id, u.profession, u.county, u.institution, u.created_at,
                       (SELECT COUNT(*) FROM user_roles r WHERE r.user_id = u.id AND r.role = 'LEARNER') AS learner
                FROM users u WHERE u.id IN (:ids)""", p, rs -> {
            people.put(rs.getLong(1), new Person(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(6) > 0,
                    rs.getTimestamp(5).toInstant()));
        });
        Map<String, Row> rows = new TreeMap<>();
        jdbc.query("SELECT user_id, course_slug, enrolled_at, completed_at FROM enrollment WHERE user_id IN (:ids)", p, rs -> {
            Timestamp completed = rs.getTimestamp(4);
            Row row = new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                    completed == null ? null : completed.toInstant());
            rows.put(key(row.user, row.course), row);
        });
        jdbc.query("SELECT user_id, course_slug, item_slug FROM item_progress WHERE user_id IN (:ids)", p, rs -> {
            Row row = rows.get(key(rs.getLong(1), rs.getString(2)));
            if (row != null) {
                row.started = true;
                row.furthestModule = Math.max(row.furthestModule, moduleOf(row.course, rs.getString(3)));
            }
        });
        jdbc.query("SELECT user_id, course_slug, status, issued_at FROM certificate WHERE user_id IN (:ids)", p, rs -> {
            Row row = rows.get(key(rs.getLong(1), rs.getString(2)));
            if (row != null) {
                Instant issued = rs.getTimestamp(4).toInstant();
                if (row.firstCertificate == null || issued.isBefore(row.firstCertificate)) {
                    row.firstCertificate = issued;
                }
                row.validCertificate |= "VALID".equals(rs.getString(3));
            }
        });
        jdbc.query("""
                SELECT m.user_id, c.course_slug, MAX(m.cohort_id) FROM cohort_member m
                JOIN cohort_course c ON c.cohort_id = m.cohort_id
                WHERE m.user_id IN (:ids) GROUP BY m.user_id, c.course_slug""", p, rs -> {
            Row row = rows.get(key(rs.getLong(1), rs.getString(2)));
            if (row != null) {
                row.cohort = rs.getLong(3);
            }
        });
        Map<String, List<Attempt>> attempts = new HashMap<>();
        jdbc.query("""
                SELECT user_id, course_slug, quiz_slug, quiz_kind, attempt_number, submitted_at, score_percent, competencies
                FROM quiz_attempt WHERE user_id IN (:ids) AND status = 'SUBMITTED'""", p, rs -> {
            BigDecimal score = rs.getBigDecimal(7);
            attempts.computeIfAbsent(key(rs.getLong(1), rs.getString(2)), k -> new ArrayList<>()).add(new Attempt(
                    rs.getString(2), rs.getString(3), QuizKind.valueOf(rs.getString(4)), rs.getInt(5),
                    rs.getTimestamp(6).toInstant(), score == null ? null : score.doubleValue(), rs.getString(8)));
        });

        jdbc.update("DELETE FROM report_enrolment WHERE user_id IN (:ids)", p);
        jdbc.update("DELETE FROM report_competency WHERE user_id IN (:ids)", p);
        jdbc.update("DELETE FROM report_learner WHERE user_id IN (:ids)", p);
        List<SqlParameterSource> learners = new ArrayList<>();
        people.forEach((id, person) -> {
            if (person.learner()) {
                learners.add(dimensions(new MapSqlParameterSource("user", id), person)
                        .addValue("registered", Months.of(person.registered())));
            }
        });
        jdbc.batchUpdate("""
                INSERT INTO report_learner (user_id, profession, county, institution, registered_month)
                VALUES (:user, :profession, :county, :institution, :registered)""",
                learners.toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> enrolments = new ArrayList<>();
        List<SqlParameterSource> competencies = new ArrayList<>();
        for (Row row : rows.values()) {
            Person person = people.get(row.user);
            if (person == null) {
                continue;
            }
            List<Attempt> mine = attempts.getOrDefault(key(row.user, row.course), List.of());
            MapSqlParameterSource values = dimensions(new MapSqlParameterSource(), person)
                    .addValue("user", row.user).addValue("course", row.course).addValue("cohort", row.cohort);
            enrolments.add(enrolment(row, mine, values));
            competencies(row, mine).forEach((competency, points) -> competencies.add(
                    dimensions(new MapSqlParameterSource(), person).addValue("user", row.user).addValue("course", row.course)
                            .addValue("cohort", row.cohort).addValue("competency", competency)
                            .addValue("month", points.month).addValue("earned", points.earned)
                            .addValue("possible", points.possible)));
        }
        jdbc.batchUpdate("""
                INSERT INTO report_enrolment (user_id, course_slug, profession, county, institution, cohort_id,
                    enrolled_month, started, furthest_module, completed_month, certified_month, pre_score, post_score,
                    post_month, attitude_before, attitude_after, attitude_month)
                VALUES (:user, :course, :profession, :county, :institution, :cohort, :enrolled, :started, :furthest,
                    :completed, :certified, :pre, :post, :postMonth, :before, :after, :attitudeMonth)""",
                enrolments.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("""
                INSERT INTO report_competency (user_id, course_slug, competency, profession, county, institution,
                    cohort_id, activity_month, earned, possible)
                VALUES (:user, :course, :competency, :profession, :county, :institution, :cohort, :month, :earned, :possible)""",
                competencies.toArray(SqlParameterSource[]::new));
    }

    private MapSqlParameterSource enrolment(Row row, List<Attempt> attempts, MapSqlParameterSource values) {
        Attempt pre = first(attempts, QuizKind.PRE_TEST, null);
        Attempt post = first(attempts, QuizKind.POST_TEST, null);
        List<String> surveys = surveys(row.course);
        Attempt before = surveys.isEmpty() ? null : first(attempts, QuizKind.ATTITUDE_SURVEY, surveys.getFirst());
        Attempt after = surveys.size() < 2 ? null : first(attempts, QuizKind.ATTITUDE_SURVEY, surveys.getLast());
        return values.addValue("enrolled", Months.of(row.enrolled))
                .addValue("started", row.started ? 1 : 0)
                .addValue("furthest", row.furthestModule)
                .addValue("completed", row.completed == null ? 0 : Months.of(row.completed))
                .addValue("certified", row.validCertificate ? Months.of(row.firstCertificate) : 0)
                .addValue("pre", pre == null ? null : ReportFacts.decimal(pre.score()))
                .addValue("post", post == null ? null : ReportFacts.decimal(post.score()))
                .addValue("postMonth", post == null ? 0 : Months.of(post.submitted()))
                .addValue("before", before == null ? null : ReportFacts.decimal(before.score()))
                .addValue("after", after == null ? null : ReportFacts.decimal(after.score()))
                .addValue("attitudeMonth", after == null ? 0 : Months.of(after.submitted()));
    }

    private record CompetencyTotal(double earned, double possible, int month) {
    }

    /** Points per competency over the latest submitted attempt of every assessed quiz (not the pre-test or surveys). */
    private static Map<String, CompetencyTotal> competencies(Row row, List<Attempt> attempts) {
        Map<String, Attempt> latest = new HashMap<>();
        for (Attempt a : attempts) {
            if (a.kind() != QuizKind.PRE_TEST && a.kind() != QuizKind.ATTITUDE_SURVEY && a.competencies() != null) {
                latest.merge(a.quiz(), a, (x, y) -> x.number() >= y.number() ? x : y);
            }
        }
        Map<String, CompetencyTotal> totals = new TreeMap<>();
        for (Attempt a : latest.values()) {
            int month = Months.of(a.submitted());
            for (Map.Entry<String, QuestionScore.Points> e : CompetencyPoints.decode(a.competencies()).entrySet()) {
                if (e.getValue().possible() > 0) {
                    totals.merge(e.getKey(), new CompetencyTotal(e.getValue().earned(), e.getValue().possible(), month),
                            (x, y) -> new CompetencyTotal(x.earned + y.earned, x.possible + y.possible, Math.max(x.month, y.month)));
                }
            }
        }
        return totals;
    }

    private static Attempt first(List<Attempt> attempts, QuizKind kind, String quiz) {
        return attempts.stream().filter(a -> a.kind() == kind && (quiz == null || a.quiz().equals(quiz)))
                .min(Comparator.comparingInt(Attempt::number)).orElse(null);
    }

    private List<String> surveys(String course) {
        return catalog.course(course).map(c -> c.items().stream().filter(i -> i.kind() == ItemKind.QUIZ)
                .map(ItemRef::slug).filter(slug -> c.quizzes().get(slug) != null
                        && c.quizzes().get(slug).kind() == QuizKind.ATTITUDE_SURVEY).toList()).orElse(List.of());
    }

    private int moduleOf(String course, String item) {
        CourseDefinition definition = catalog.course(course).orElse(null);
        if (definition == null) {
            return 0;
        }
        List<ModuleDefinition> modules = definition.modules();
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).items().stream().anyMatch(ref -> ref.slug().equals(item))) {
                return i + 1;
            }
        }
        return 0;
    }

    void sessions(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("ids", ids).addValue("now", Timestamp.from(now));
        jdbc.update("DELETE FROM report_attendance WHERE session_id IN (:ids)", p);
        List<SqlParameterSource> rows = new ArrayList<>();
        jdbc.query("""
                SELECT s.id, s.cohort_id, s.starts_at, u.id, u.profession, u.county, u.institution, a.status
                FROM cohort_session s
                JOIN cohort_member m ON m.cohort_id = s.cohort_id AND m.joined_at <= s.ends_at
                JOIN users u ON u.id = m.user_id
                LEFT JOIN attendance a ON a.session_id = s.id AND a.user_id = u.id
                WHERE s.id IN (:ids) AND s.status <> 'CANCELLED' AND s.ends_at <= :now""", p, rs -> {
            rows.add(new MapSqlParameterSource("session", rs.getLong(1)).addValue("cohort", rs.getLong(2))
                    .addValue("month", Months.of(rs.getTimestamp(3).toInstant())).addValue("user", rs.getLong(4))
                    .addValue("profession", rs.getString(5)).addValue("county", rs.getString(6))
                    .addValue("institution", rs.getString(7)).addValue("present", "PRESENT".equals(rs.getString(8)) ? 1 : 0));
        });
        jdbc.batchUpdate("""
                INSERT INTO report_attendance (session_id, user_id, cohort_id, session_month, profession, county, institution, present)
                VALUES (:session, :user, :cohort, :month, :profession, :county, :institution, :present)""",
                rows.toArray(SqlParameterSource[]::new));
    }

    private static MapSqlParameterSource dimensions(MapSqlParameterSource values, Person person) {
        return values.addValue("profession", person.profession()).addValue("county", person.county())
                .addValue("institution", person.institution());
    }

    private static String key(long user, String course) {
        return user + "|" + course;
    }
}
