package eu.topcop.learn.platform.privacy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one feature holds about a person: groups of records by {@link Kind}, each record its fields in order.
 * Values are plain: text, numbers, yes/no, days and instants; never another person's name, username or e-mail.
 */
public record Section(String feature, List<Group> groups) {

    public record Group(Kind kind, List<Map<Field, Object>> records) {}

    public Section {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.stream().allMatch(g -> g.records().isEmpty());
    }

    public static Builder of(String feature) {
        return new Builder(feature);
    }

    /** Collects a feature's groups; empty groups are left out. */
    public static final class Builder {
        private final String feature;
        private final List<Group> groups = new ArrayList<>();

        private Builder(String feature) {
            this.feature = feature;
        }

        public Builder add(Kind kind, List<Map<Field, Object>> records) {
            if (!records.isEmpty()) {
                groups.add(new Group(kind, Collections.unmodifiableList(records)));
            }
            return this;
        }

        /** Rows of a native query, one field per column, in the order given. */
        public Builder rows(Kind kind, List<?> rows, Field... fields) {
            return add(kind, records(rows, fields));
        }

        public Section build() {
            return new Section(feature, groups);
        }
    }

    /** Rows of a native query (an {@code Object[]} per row, or the value for a one-column query) as records. */
    public static List<Map<Field, Object>> records(List<?> rows, Field... fields) {
        List<Map<Field, Object>> records = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] values = row instanceof Object[] array ? array : new Object[] {row};
            Map<Field, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i++) {
                record.put(fields[i], plain(values[i]));
            }
            records.add(Collections.unmodifiableMap(record));
        }
        return records;
    }

    /** A record from field, value pairs. */
    public static Map<Field, Object> record(Object... fieldsAndValues) {
        Map<Field, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            record.put((Field) fieldsAndValues[i], plain(fieldsAndValues[i + 1]));
        }
        return Collections.unmodifiableMap(record);
    }

    /** JDBC's types as the export's: instants in UTC, days, numbers, yes/no. */
    static Object plain(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Byte || value instanceof Short) {
            return ((Number) value).intValue();
        }
        if (value instanceof BigDecimal || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Instant || value instanceof LocalDate || value == null) {
            return value;
        }
        return value.toString();
    }
}
