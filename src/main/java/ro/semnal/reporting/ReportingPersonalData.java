package ro.semnal.reporting;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;
import ro.semnal.base.privacy.Rows;

/**
 * The programme-report facts about a person (copies of profession, county and institution with their
 * progress). Erasure empties the institution, as on the account, and keeps the rows, so programme totals
 * and the figures by profession and county keep their counts.
 */
@Component
class ReportingPersonalData implements PersonalDataHolder {

    private static final Set<String> TABLES = Set.of("report_learner", "report_enrolment", "report_competency",
            "report_attendance");

    private final JdbcClient jdbc;

    ReportingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of();
    }

    @Override
    public Set<String> coversTables() {
        return TABLES;
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of("programme-figures", Map.of(
                "learner", Rows.of(jdbc, "select * from report_learner where user_id = ?", userId),
                "enrolments", Rows.of(jdbc, "select * from report_enrolment where user_id = ?", userId),
                "competencies", Rows.of(jdbc, "select * from report_competency where user_id = ?", userId),
                "attendance", Rows.of(jdbc, "select * from report_attendance where user_id = ?", userId)));
    }

    @Override
    public void erase(Erasure erasure) {
        for (String table : TABLES) {
            jdbc.sql("update " + table + " set institution = '' where user_id = ?").param(erasure.userId()).update();
        }
    }
}
