package ro.semnal.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ro.semnal.base.validation.FieldError;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.reporting.Figures.Target;

/** The coordinators' targets, checked before they are stored. */
@Component
class Targets {

    static final int MAX_COUNT = 1_000_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Targets(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Target> all() {
        return jdbc.query("""
                SELECT id, name, target_count, starts_on, deadline, profession, county, course_slug
                FROM report_target ORDER BY deadline, name""", Map.of(), (rs, i) -> new Target(rs.getLong(1),
                rs.getString(2), rs.getInt(3), rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(),
                rs.getString(6), rs.getString(7), rs.getString(8)));
    }

    @Transactional
    Target save(Target target) {
        validate(target);
        MapSqlParameterSource p = new MapSqlParameterSource("name", target.name().trim())
                .addValue("count", target.count()).addValue("starts", Date.valueOf(target.startsOn()))
                .addValue("deadline", Date.valueOf(target.deadline())).addValue("profession", target.profession())
                .addValue("county", target.county()).addValue("course", target.courseSlug())
                .addValue("now", Timestamp.from(clock.instant()));
        if (target.id() != null) {
            int updated = jdbc.update("""
                    UPDATE report_target SET name = :name, target_count = :count, starts_on = :starts,
                        deadline = :deadline, profession = :profession, county = :county, course_slug = :course,
                        version = version + 1 WHERE id = :id""", p.addValue("id", target.id()));
            if (updated == 0) {
                throw new InvalidInputException("target", "reporting.target.error.gone");
            }
            return target;
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO report_target (name, target_count, starts_on, deadline, profession, county, course_slug, created_at)
                VALUES (:name, :count, :starts, :deadline, :profession, :county, :course, :now)""", p, key, new String[] {"id"});
        return new Target(key.getKey().longValue(), target.name().trim(), target.count(), target.startsOn(),
                target.deadline(), target.profession(), target.county(), target.courseSlug());
    }

    @Transactional
    void delete(long id) {
        jdbc.update("DELETE FROM report_target WHERE id = :id", Map.of("id", id));
    }

    private static void validate(Target target) {
        List<FieldError> errors = new ArrayList<>();
        if (target.name() == null || target.name().isBlank()) {
            errors.add(new FieldError("name", "reporting.target.error.name"));
        } else if (target.name().trim().length() > 200) {
            errors.add(new FieldError("name", "reporting.target.error.nameLong"));
        }
        if (target.count() < 1 || target.count() > MAX_COUNT) {
            errors.add(new FieldError("count", "reporting.target.error.count"));
        }
        if (target.startsOn() == null) {
            errors.add(new FieldError("startsOn", "reporting.target.error.start"));
        }
        if (target.deadline() == null) {
            errors.add(new FieldError("deadline", "reporting.target.error.deadline"));
        } else if (target.startsOn() != null && !target.deadline().isAfter(target.startsOn())) {
            errors.add(new FieldError("deadline", "reporting.target.error.order"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
