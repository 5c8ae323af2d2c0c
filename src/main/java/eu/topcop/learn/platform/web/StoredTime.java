package eu.topcop.learn.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for the dates and times the application accepts, from the API and from pages: what the database
 * can hold. The migrations store a day in a MariaDB {@code DATE} column (1000-01-01 to 9999-12-31) and a moment in
 * a {@code TIMESTAMP(3)} column (1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC in MariaDB 11.4); the schema has
 * no {@code DATETIME} column, and {@code StoredTimeTest} fails when one appears, so that this rule is revisited.
 * A value outside is refused at the edge, naming the field, instead of failing in the driver.
 */
public final class StoredTime {

    /** The range of a MariaDB {@code DATE}. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);

    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** The range of a MariaDB {@code TIMESTAMP}, which counts seconds from 1970 in 32 bits. */
    public static final Instant FIRST_MOMENT = Instant.parse("1970-01-01T00:00:01Z");

    public static final Instant LAST_MOMENT = Instant.parse("2038-01-19T03:14:07Z");

    /** The Java types this rule covers: a day, and the ways a moment is written. */
    static final Set<Class<?>> TYPES =
            Set.of(LocalDate.class, LocalDateTime.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class);

    private StoredTime() {}

    /**
     * What is wrong with a date or time, or empty when it can be stored. A local date-time is read as UTC, as the
     * pages and the API show times.
     */
    public static Optional<String> problem(Object value) {
        if (value instanceof LocalDate day) {
            return day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)
                    ? Optional.of("must be a day from " + FIRST_DAY + " to " + LAST_DAY)
                    : Optional.empty();
        }
        Instant moment = value instanceof LocalDateTime local
                ? local.toInstant(ZoneOffset.UTC)
                : value instanceof OffsetDateTime offset
                        ? offset.toInstant()
                        : value instanceof ZonedDateTime zoned
                                ? zoned.toInstant()
                                : value instanceof Instant instant ? instant : null;
        if (moment == null) {
            return Optional.empty();
        }
        return moment.isBefore(FIRST_MOMENT) || moment.isAfter(LAST_MOMENT)
                ? Optional.of("must be a time from " + FIRST_MOMENT + " to " + LAST_MOMENT)
                : Optional.empty();
    }

    /** True when the value is absent or can be stored. */
    public static boolean storable(Object value) {
        return value == null || problem(value).isEmpty();
    }
}
