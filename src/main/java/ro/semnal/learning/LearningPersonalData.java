package ro.semnal.learning;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;
import ro.semnal.base.privacy.Rows;

/** Enrolments and item progress. Erasure keeps them, tied to the anonymised account, so programme counts stay. */
@Component
class LearningPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    LearningPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of(Enrollment.class, ItemProgress.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of(
                "enrolments", Rows.of(jdbc, "select course_slug, enrolled_at, last_item_slug, last_activity_at, "
                        + "completed_at, completed_version from enrollment where user_id = ? order by id", userId),
                "item-progress", Rows.of(jdbc, "select course_slug, item_slug, first_viewed_at, completed_at "
                        + "from item_progress where user_id = ? order by id", userId));
    }

    @Override
    public void erase(Erasure erasure) {
        // Nothing to remove: these rows hold no name or address, only the account id, which erasure anonymises.
    }
}
