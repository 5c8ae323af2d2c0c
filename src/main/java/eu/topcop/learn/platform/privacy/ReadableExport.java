package eu.topcop.learn.platform.privacy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An export as people read it: one table per kind of data, in the reader's language, with the columns every record
 * of that kind has between them. The JSON export says the same with field names instead of labels.
 */
public final class ReadableExport {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One table: its title, what the data is for, the column labels and the rows. */
    public record Table(String kind, String title, String description, List<String> columns, List<List<String>> rows) {}

    private ReadableExport() {}

    public static List<Table> of(List<Section> sections, PrivacyMessages msg) {
        Map<Kind, List<Map<Field, Object>>> byKind = new EnumMap<>(Kind.class);
        for (Section section : sections) {
            for (Section.Group group : section.groups()) {
                byKind.computeIfAbsent(group.kind(), k -> new ArrayList<>()).addAll(group.records());
            }
        }
        List<Table> tables = new ArrayList<>();
        byKind.forEach((kind, records) -> {
            Set<Field> fields = new LinkedHashSet<>();
            records.forEach(r -> fields.addAll(r.keySet()));
            List<List<String>> rows = new ArrayList<>();
            for (Map<Field, Object> record : records) {
                List<String> row = new ArrayList<>();
                fields.forEach(f -> row.add(text(record.get(f), msg)));
                rows.add(row);
            }
            tables.add(new Table(
                    kind.key(),
                    msg.kind(kind),
                    msg.holds(kind),
                    fields.stream().map(msg::field).toList(),
                    rows));
        });
        return tables;
    }

    static String text(Object value, PrivacyMessages msg) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? msg.yes() : msg.no();
        }
        if (value instanceof Instant i) {
            return INSTANT.format(i);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    public static String instant(Instant at) {
        return INSTANT.format(at);
    }
}
