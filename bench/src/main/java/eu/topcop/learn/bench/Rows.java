package eu.topcop.learn.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Rows written as multi-row INSERTs of a few thousand rows each, committed every {@link #COMMIT_EVERY} rows:
 * one round trip per statement and few commits, which is what makes 10M statements at size L a matter of
 * minutes rather than hours. Values are escaped here (strings quoted, backslashes and quotes doubled), as the
 * generator writes only its own values.
 */
final class Rows implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 2_000;
    private static final int COMMIT_EVERY = 200_000;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final String head;
    private final StringBuilder sql = new StringBuilder(1 << 20);
    private int pending;
    private long uncommitted;
    private long written;

    Rows(Connection connection, String table, String columns) {
        this.connection = connection;
        this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
    }

    /** Adds one row; values are Java values (String, Number, Boolean, Instant, LocalDate, byte[] or null). */
    void add(Object... values) throws SQLException {
        sql.append(pending == 0 ? head : ",").append('(');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sql.append(',');
            }
            literal(values[i]);
        }
        sql.append(')');
        pending++;
        if (pending == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    long written() {
        return written + pending;
    }

    private void literal(Object value) {
        if (value == null) {
            sql.append("NULL");
        } else if (value instanceof Number || value instanceof Boolean) {
            sql.append(value);
        } else if (value instanceof Instant at) {
            sql.append('\'').append(TIMESTAMP.format(at)).append('\'');
        } else if (value instanceof byte[] bytes) {
            sql.append("X'").append(java.util.HexFormat.of().formatHex(bytes)).append('\'');
        } else if (value instanceof LocalDate day) {
            sql.append('\'').append(day).append('\'');
        } else {
            String text = value.toString();
            sql.append('\'');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'' || c == '\\') {
                    sql.append(c);
                }
                sql.append(c);
            }
            sql.append('\'');
        }
    }

    private void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql.toString());
        }
        written += pending;
        uncommitted += pending;
        pending = 0;
        sql.setLength(0);
        if (uncommitted >= COMMIT_EVERY) {
            connection.commit();
            uncommitted = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        connection.commit();
    }
}
