package ro.semnal.catalog;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;
import ro.semnal.base.privacy.Rows;

/** Course versions an administrator imported; erasure replaces their address with the pseudonym. */
@Component
class CatalogPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    CatalogPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of(CourseVersion.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of("course-imports", Rows.of(jdbc, "select course_slug, content_version, imported_at "
                + "from course_version where imported_by = (select email from users where id = ?) order by id", userId));
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("update course_version set imported_by = ? where imported_by = ?")
                .params(erasure.pseudonymEmail(), erasure.formerEmail()).update();
    }
}
