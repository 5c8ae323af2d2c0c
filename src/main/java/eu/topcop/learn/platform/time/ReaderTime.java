package eu.topcop.learn.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates and times as a reader reads them: in their time zone, in their language's order and words (the JDK's CLDR
 * data). The one formatter of the application: pages use it through {@link TimeFormats}, notices, e-mails and
 * certificates call it with their recipient's zone and language.
 *
 * <p>English is read as the EU writes it ("4 Mar 2026, 09:05"), not as the US does ("Mar 4, 2026, 9:05 AM"): the
 * LMS's readers of English are European officers. Moments stored without a zone ({@link LocalDateTime}) are UTC,
 * as everything the application stores.
 */
public record ReaderTime(ZoneId zone, Locale locale) {

    public static final ReaderTime UTC_ENGLISH = of(ZoneOffset.UTC, Locale.ENGLISH);

    public static ReaderTime of(ZoneId zone, Locale locale) {
        return new ReaderTime(zone == null ? ZoneOffset.UTC : zone, formatting(locale));
    }

    /** For days only (an offering's first day, a deadline day): a day is the same day in every zone. */
    public static ReaderTime days(Locale locale) {
        return of(ZoneOffset.UTC, locale);
    }

    /** "4 Mar 2026, 09:05" in the reader's zone. */
    public String dateTime(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(at.atZone(zone));
    }

    /** "4 Mar 2026": the day it is in the reader's zone at that moment. */
    public String date(Instant at) {
        return at == null ? "" : date(at.atZone(zone).toLocalDate());
    }

    /** "4 Mar 2026". */
    public String date(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(day);
    }

    /** "4 March 2026", for headings, certificates and notices. */
    public String longDate(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(day);
    }

    public String longDate(Instant at) {
        return at == null ? "" : longDate(at.atZone(zone).toLocalDate());
    }

    /** "4 March 2026, 09:05". */
    public String longDateTime(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(at.atZone(zone));
    }

    /** "09:05" in the reader's zone. */
    public String time(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(at.atZone(zone));
    }

    /** "4 Mar": the language's medium date without its year, for the columns of one register. */
    public String dayMonth(LocalDate day) {
        if (day == null) {
            return "";
        }
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.MEDIUM, null, IsoChronology.INSTANCE, locale);
        // The year and what belongs to it (its separator, the "г." or "թ." after it) go; the order stays the
        // language's.
        String withoutYear = pattern.replaceAll("[,.\\s]*y+[^dMLE]*", "").replaceAll("^[,.\\s]+|[,\\s]+$", "");
        return DateTimeFormatter.ofPattern(withoutYear, locale).format(day);
    }

    /** The zone's name in the reader's language: "Georgia Time", "Грузия". */
    public String zoneName(ZoneId other) {
        // The offset +00:00 has no name of its own ("Z"); the region UTC has one in every language.
        ZoneId named = other.equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : other;
        return named.getDisplayName(TextStyle.FULL, locale);
    }

    /**
     * A time at a venue: in the venue's zone and marked with it, and the reader's own time beside when their zone
     * differs ("4 Mar 2026, 09:00 Georgia Time (06:00 Central European Time)").
     */
    public String atVenue(Instant at, ZoneId venue) {
        if (at == null) {
            return "";
        }
        ReaderTime there = new ReaderTime(venue, locale);
        String local = there.dateTime(at) + " " + zoneName(venue);
        return sameOffset(at, venue) ? local : local + " (" + time(at) + " " + zoneName(zone) + ")";
    }

    /** Only the time, at a venue, as {@link #atVenue}. */
    public String timeAtVenue(Instant at, ZoneId venue) {
        if (at == null) {
            return "";
        }
        String local = new ReaderTime(venue, locale).time(at) + " " + zoneName(venue);
        return sameOffset(at, venue) ? local : local + " (" + time(at) + " " + zoneName(zone) + ")";
    }

    private boolean sameOffset(Instant at, ZoneId venue) {
        return zone.getRules().getOffset(at).equals(venue.getRules().getOffset(at));
    }

    /** The locale whose conventions a language's dates follow; see the class comment for English. */
    static Locale formatting(Locale language) {
        if (language == null || language.getLanguage().equals("en")) {
            return Locale.UK;
        }
        return language;
    }

    /** A moment stored without its zone, which the application stores in UTC. */
    public static Instant utc(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
