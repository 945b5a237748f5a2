package ro.semnal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One INSERT statement fed row by row and sent in batches of 1,000 (rewritten by the driver into multi-row
 * inserts when the URL has {@code rewriteBatchedStatements=true}). Counts its rows.
 */
final class Batch implements AutoCloseable {

    private static final int SIZE = 1_000;

    private final PreparedStatement statement;
    private final String table;
    private int pending;
    private long rows;
    private int column;

    Batch(Connection connection, String table, String columns) throws SQLException {
        this.table = table;
        int n = columns.split(",").length;
        String marks = String.join(", ", java.util.Collections.nCopies(n, "?"));
        this.statement = connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")");
    }

    /** Adds one row with these values, in the order of the columns. */
    void row(Object... values) throws SQLException {
        column = 0;
        for (Object value : values) {
            set(value);
        }
        statement.addBatch();
        rows++;
        if (++pending == SIZE) {
            flush();
        }
    }

    private void set(Object value) throws SQLException {
        int i = ++column;
        switch (value) {
            case null -> statement.setObject(i, null);
            case Instant instant -> statement.setTimestamp(i, Timestamp.from(instant));
            case LocalDate date -> statement.setObject(i, date);
            default -> statement.setObject(i, value);
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    @Override
    public void close() throws SQLException {
        flush();
        statement.close();
    }
}
