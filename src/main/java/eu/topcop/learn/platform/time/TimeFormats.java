package eu.topcop.learn.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.qute.TemplateExtension;

/**
 * The one way templates print a date or a time, in the reader's zone and language ({@link ReaderTime}):
 * {@code {at.local}} "4 Mar 2026, 09:05", {@code {at.localDate}} "4 Mar 2026", {@code {day.localLongDate}}
 * "4 March 2026", {@code {at.localTime}} "09:05", {@code {day.localDayMonth}} "4 Mar", and at a venue
 * {@code {at.atVenue(zone)}} "09:00 Georgia Time (06:00 Central European Time)". {@code TimeFormatsTest} fails
 * when a template formats a date another way.
 */
@TemplateExtension
public final class TimeFormats {

    private TimeFormats() {}

    static String local(Instant at) {
        return reader().dateTime(at);
    }

    static String local(LocalDateTime at) {
        return reader().dateTime(ReaderTime.utc(at));
    }

    static String local(OffsetDateTime at) {
        return reader().dateTime(at == null ? null : at.toInstant());
    }

    static String localDate(Instant at) {
        return reader().date(at);
    }

    static String localDate(LocalDateTime at) {
        return reader().date(ReaderTime.utc(at));
    }

    static String localDate(LocalDate day) {
        return reader().date(day);
    }

    static String localLongDate(LocalDate day) {
        return reader().longDate(day);
    }

    static String localLongDate(Instant at) {
        return reader().longDate(at);
    }

    static String localLongDateTime(Instant at) {
        return reader().longDateTime(at);
    }

    static String localTime(Instant at) {
        return reader().time(at);
    }

    static String localDayMonth(LocalDate day) {
        return reader().dayMonth(day);
    }

    static String atVenue(Instant at, ZoneId venue) {
        return reader().atVenue(at, venue);
    }

    static String timeAtVenue(Instant at, ZoneId venue) {
        return reader().timeAtVenue(at, venue);
    }

    /** The reader of the request being answered; UTC and English where no request is (a job's mail). */
    private static ReaderTime reader() {
        if (!Arc.container().requestContext().isActive()) {
            return ReaderTime.UTC_ENGLISH;
        }
        InjectableInstance<ReaderZone> zone = Arc.container().select(ReaderZone.class);
        return zone.isResolvable() ? zone.get().time() : ReaderTime.UTC_ENGLISH;
    }
}
