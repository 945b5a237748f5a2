package ro.semnal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import ro.semnal.base.privacy.PersonalDataHolder;

/**
 * Finds every entity that refers to a person (an attribute of the account type, or a column named like a
 * user id, a recipient, an actor, a holder, an e-mail or "..._by") and fails unless a feature's
 * {@link PersonalDataHolder} covers it, so its rows are both exported and erased. A second check reads the
 * schema itself, so a table mapped nowhere or mapped under another name cannot slip through either.
 */
@SpringBootTest
class PersonalDataCoverageIT {

    /** Column names that refer to a person. */
    static final Pattern PERSON = Pattern.compile(
            "(^|_)(user|users|learner|recipient|actor|holder|trainer|member)(_|$)|user_id$|email|_by$");

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    JdbcClient jdbc;

    private Set<Class<?>> covered() {
        Set<Class<?>> covered = new HashSet<>();
        holders.forEach(holder -> covered.addAll(holder.covers()));
        return covered;
    }

    @Test
    void every_entity_that_refers_to_a_person_is_exported_and_erased() {
        Set<String> referring = new TreeSet<>();
        Set<String> uncovered = new TreeSet<>();
        Set<Class<?>> covered = covered();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            if (refersToPerson(entity)) {
                referring.add(entity.getJavaType().getSimpleName());
                if (!covered.contains(entity.getJavaType())) {
                    uncovered.add(entity.getJavaType().getName());
                }
            }
        }
        // The scan must see the known ones, or it would pass by seeing nothing.
        assertThat(referring).contains("User", "Enrollment", "ItemProgress", "QuizAttempt", "Certificate",
                "CertificateEvent", "Notification", "Cohort", "CohortMember", "Attendance", "CalendarFeed",
                "PasswordToken", "CourseVersion", "AuditEntry", "SignInActivity");
        assertThat(uncovered).as("entities referring to a person that no PersonalDataHolder covers").isEmpty();
    }

    @Test
    void every_table_with_a_column_that_refers_to_a_person_belongs_to_a_covered_entity() {
        Map<String, Object> owners = new HashMap<>(tablesOf(covered()));
        holders.forEach(holder -> holder.coversTables().forEach(table -> owners.put(table, holder)));
        List<Map<String, Object>> columns = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                where lower(table_schema) = lower(schema())
                and lower(table_name) not like 'qrtz%' and lower(table_name) not like 'flyway%'
                """).query().listOfRows();
        Set<String> personTables = new TreeSet<>();
        for (Map<String, Object> column : columns) {
            if (PERSON.matcher(String.valueOf(column.get("column_name")).toLowerCase(Locale.ROOT)).find()) {
                personTables.add(String.valueOf(column.get("table_name")).toLowerCase(Locale.ROOT));
            }
        }
        assertThat(personTables).contains("users", "user_roles", "enrollment", "certificate", "notification",
                "cohort_trainer", "attendance", "audit_entry");
        assertThat(personTables).as("tables referring to a person that no PersonalDataHolder covers")
                .allSatisfy(table -> assertThat(owners).containsKey(table));
    }

    /** The tables and collection tables of the covered entities. */
    private static Map<String, Class<?>> tablesOf(Set<Class<?>> entities) {
        Map<String, Class<?>> tables = new HashMap<>();
        for (Class<?> entity : entities) {
            Table table = entity.getAnnotation(Table.class);
            tables.put((table == null ? entity.getSimpleName() : table.name()).toLowerCase(Locale.ROOT), entity);
            for (Field field : entity.getDeclaredFields()) {
                CollectionTable collection = field.getAnnotation(CollectionTable.class);
                if (collection != null) {
                    tables.put(collection.name().toLowerCase(Locale.ROOT), entity);
                }
            }
        }
        return tables;
    }

    private static boolean refersToPerson(EntityType<?> entity) {
        for (Attribute<?, ?> attribute : entity.getAttributes()) {
            Class<?> type = attribute instanceof PluralAttribute<?, ?, ?> plural ? plural.getElementType().getJavaType()
                    : attribute.getJavaType();
            if (type.getSimpleName().equals("User") || type.getSimpleName().equals("UserAccount")) {
                return true;
            }
            for (String name : columnNames(attribute)) {
                if (PERSON.matcher(name).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The column names an attribute maps to: its own, or a collection's element and join columns. */
    private static Set<String> columnNames(Attribute<?, ?> attribute) {
        Set<String> names = new HashSet<>();
        names.add(snake(attribute.getName()));
        Member member = attribute.getJavaMember();
        if (member instanceof Field field) {
            Column column = field.getAnnotation(Column.class);
            if (column != null && !column.name().isEmpty()) {
                names.add(column.name().toLowerCase(Locale.ROOT));
            }
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            if (join != null && !join.name().isEmpty()) {
                names.add(join.name().toLowerCase(Locale.ROOT));
            }
            CollectionTable collection = field.getAnnotation(CollectionTable.class);
            if (collection != null) {
                for (JoinColumn joinColumn : collection.joinColumns()) {
                    names.add(joinColumn.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
