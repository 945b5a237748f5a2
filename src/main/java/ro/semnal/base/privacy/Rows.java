package ro.semnal.base.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plain-SQL helpers for exports and erasure. Instants are stored as UTC DATETIME values, so they are bound
 * and read as UTC wall-clock times whatever the JVM's time zone.
 */
public final class Rows {

    private Rows() {
    }

    /** Rows of a query as column-to-value maps with lower-case names (H2 reports them upper-case). */
    public static List<Map<String, Object>> of(JdbcClient jdbc, String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query().listOfRows().stream().map(Rows::lowerCaseKeys).toList();
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> result = new LinkedHashMap<>();
        row.forEach((column, value) -> result.put(column.toLowerCase(Locale.ROOT), readable(value)));
        return result;
    }

    /** An instant as the UTC DATETIME value to bind. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Object readable(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return value;
    }
}
