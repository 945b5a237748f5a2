package ro.semnal.base.privacy;

import java.util.Map;
import java.util.Set;

/**
 * A feature's part of "My data" and of erasure. Each feature that stores anything about a person has one
 * (package-private, next to its entities) and names the entities it covers; a test compares these names
 * with every entity that refers to a user, so a new table cannot be forgotten.
 * <p>
 * Both methods run inside the privacy service's transaction and are called for services, never for views.
 */
public interface PersonalDataHolder {

    /** The JPA entity classes whose rows about a person {@link #export} and {@link #erase} handle. */
    Set<Class<?>> covers();

    /** Tables without an entity (kept up to date in SQL) whose rows about a person this holder handles. */
    default Set<String> coversTables() {
        return Set.of();
    }

    /** File name (without ".json") to a JSON-serialisable value: records, lists, maps, strings. */
    Map<String, Object> export(long userId);

    /** Removes or anonymises what this feature holds about the person; see {@link Erasure}. */
    void erase(Erasure erasure);
}
