package ro.semnal.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes a small, fixed programme straight into the source tables (users, enrolments, progress, attempts,
 * certificates, cohorts), so a test can compute the expected figures by hand.
 */
class ReportingFixture {

    private final NamedParameterJdbcTemplate jdbc;

    ReportingFixture(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    long learner(String name, String profession, String county, String institution, String registered) {
        long id = insert("""
                INSERT INTO users (email, full_name, password_hash, profession, institution, county, language, active, created_at)
                VALUES (:email, :name, 'x', :profession, :institution, :county, 'RO', TRUE, :created)""",
                new MapSqlParameterSource("email", UUID.randomUUID() + "@report.test").addValue("name", name)
                        .addValue("profession", profession).addValue("institution", institution)
                        .addValue("county", county).addValue("created", ts(registered + "T09:00:00Z")));
        jdbc.update("INSERT INTO user_roles (user_id, role) VALUES (:id, 'LEARNER')", Map.of("id", id));
        return id;
    }

    void enrol(long user, String course, String enrolled, String completed) {
        jdbc.update("""
                INSERT INTO enrollment (user_id, course_slug, enrolled_at, last_activity_at, completed_at)
                VALUES (:user, :course, :enrolled, :enrolled, :completed)""",
                new MapSqlParameterSource("user", user).addValue("course", course)
                        .addValue("enrolled", ts(enrolled)).addValue("completed", completed == null ? null : ts(completed)));
    }

    void viewed(long user, String course, String... items) {
        for (String item : items) {
            jdbc.update("""
                    INSERT INTO item_progress (user_id, course_slug, item_slug, first_viewed_at)
                    VALUES (:user, :course, :item, :at)""", new MapSqlParameterSource("user", user)
                    .addValue("course", course).addValue("item", item).addValue("at", ts("2026-02-15T10:00:00Z")));
        }
    }

    void attempt(long user, String course, String quiz, String kind, int number, String submitted, double score,
            String competencies) {
        jdbc.update("""
                INSERT INTO quiz_attempt (user_id, course_slug, quiz_slug, quiz_kind, content_version, attempt_number,
                    started_at, submitted_at, status, score_percent, passed, layout, competencies)
                VALUES (:user, :course, :quiz, :kind, 'v1', :number, :submitted, :submitted, 'SUBMITTED', :score, TRUE, '',
                    :competencies)""", new MapSqlParameterSource("user", user).addValue("course", course)
                .addValue("quiz", quiz).addValue("kind", kind).addValue("number", number)
                .addValue("submitted", ts(submitted)).addValue("score", score).addValue("competencies", competencies));
    }

    void certificate(long user, String course, int issue, String status, String issued, String profession,
            String county, String institution) {
        jdbc.update("""
                INSERT INTO certificate (code, user_id, course_slug, issue_number, status, holder_name, profession, county,
                    institution, language, course_title_ro, course_title_en, hours, completed_on, content_version,
                    issuer_name, issuer_role, issued_at)
                VALUES (:code, :user, :course, :issue, :status, 'Titular', :profession, :county, :institution, 'RO',
                    'Curs', 'Course', 2, :completed, 'v1', 'Programul Semnal', 'Coordonator', :issued)""",
                new MapSqlParameterSource("code", UUID.randomUUID().toString().substring(0, 20)).addValue("user", user)
                        .addValue("course", course).addValue("issue", issue).addValue("status", status)
                        .addValue("profession", profession).addValue("county", county)
                        .addValue("institution", institution).addValue("issued", ts(issued))
                        .addValue("completed", LocalDate.ofInstant(at(issued), Months.ROMANIA)));
    }

    long cohort(String name, String course, long trainer) {
        long id = insert("""
                INSERT INTO cohort (name, start_date, end_date, capacity, created_at)
                VALUES (:name, '2026-01-01', '2026-06-30', 30, :now)""",
                new MapSqlParameterSource("name", name).addValue("now", ts("2026-01-01T08:00:00Z")));
        jdbc.update("INSERT INTO cohort_course (cohort_id, course_slug) VALUES (:id, :course)",
                Map.of("id", id, "course", course));
        jdbc.update("INSERT INTO cohort_trainer (cohort_id, user_id) VALUES (:id, :trainer)",
                Map.of("id", id, "trainer", trainer));
        return id;
    }

    void member(long cohort, long user) {
        jdbc.update("""
                INSERT INTO cohort_member (cohort_id, user_id, joined_at, source)
                VALUES (:cohort, :user, :joined, 'MANUAL')""", new MapSqlParameterSource("cohort", cohort)
                .addValue("user", user).addValue("joined", ts("2026-01-05T08:00:00Z")));
    }

    long session(long cohort, String starts, String status) {
        Instant start = at(starts);
        return insert("""
                INSERT INTO cohort_session (cohort_id, title, mode, place, starts_at, ends_at, status)
                VALUES (:cohort, 'Sesiune', 'IN_PERSON', 'Sala 1', :starts, :ends, :status)""",
                new MapSqlParameterSource("cohort", cohort).addValue("starts", Timestamp.from(start))
                        .addValue("ends", Timestamp.from(start.plusSeconds(7200))).addValue("status", status));
    }

    void attendance(long session, long user, String status) {
        jdbc.update("""
                INSERT INTO attendance (session_id, user_id, status, recorded_by, recorded_at)
                VALUES (:session, :user, :status, 'trainer@test', :at)""", new MapSqlParameterSource("session", session)
                .addValue("user", user).addValue("status", status).addValue("at", ts("2026-03-03T12:00:00Z")));
    }

    private long insert(String sql, MapSqlParameterSource values) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(sql, values, key, new String[] {"id"});
        return key.getKey().longValue();
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(at(instant.length() == 10 ? instant + "T09:00:00Z" : instant));
    }
}
