package ro.semnal.cohorts;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;
import ro.semnal.base.privacy.Rows;

/**
 * Cohort memberships, attendance, cohorts trained and the calendar feed. Erasure deletes the secret feed
 * link and attendance notes, and replaces the person's address where they recorded attendance as a trainer;
 * memberships and attendance marks stay, anonymous, so cohort figures keep their counts.
 */
@Component
class CohortPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    CohortPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of(Cohort.class, CohortMember.class, Attendance.class, CalendarFeed.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of(
                "cohort-memberships", Rows.of(jdbc, "select c.id as cohort_id, c.name as cohort, m.joined_at, m.source "
                        + "from cohort_member m join cohort c on c.id = m.cohort_id where m.user_id = ? order by m.id",
                        userId),
                "attendance", Rows.of(jdbc, "select s.cohort_id, s.title as session, s.starts_at, a.status, a.note, "
                        + "a.recorded_at from attendance a join cohort_session s on s.id = a.session_id "
                        + "where a.user_id = ? order by s.starts_at", userId),
                "cohorts-trained", Rows.of(jdbc, "select c.id as cohort_id, c.name as cohort, c.start_date, c.end_date "
                        + "from cohort_trainer t join cohort c on c.id = t.cohort_id where t.user_id = ? order by c.id",
                        userId),
                "calendar-feed", Rows.of(jdbc, "select created_at from calendar_feed where user_id = ?", userId));
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("delete from calendar_feed where user_id = ?").param(erasure.userId()).update();
        jdbc.sql("update attendance set note = null where user_id = ?").param(erasure.userId()).update();
        jdbc.sql("update attendance set recorded_by = ? where recorded_by = ?")
                .params(erasure.pseudonymEmail(), erasure.formerEmail()).update();
    }
}
