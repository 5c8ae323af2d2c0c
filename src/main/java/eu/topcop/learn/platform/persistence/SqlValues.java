package eu.topcop.learn.platform.persistence;

import java.time.Instant;

/**
 * Values of native queries as the MariaDB driver hands them over: a TIMESTAMP comes as a {@code LocalDateTime} (or a
 * {@code Timestamp}), read here in UTC like every time the application keeps; a DATE as a day.
 */
public final class SqlValues {

    private SqlValues() {}

    /** A TIMESTAMP column's value as an instant; null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return java.sql.Timestamp.valueOf(t).toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return Instant.parse(value.toString());
    }

    /** A DATE column's value as a day; null stays null. */
    public static java.time.LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }
}
