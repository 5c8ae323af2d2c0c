package eu.topcop.learn.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.util.ICalDate;

/**
 * The one way the LMS writes a calendar file (iCalendar, RFC 5545): an offering's invitation and a network event's
 * entry alike. biweekly does what is easy to get wrong by hand: CRLF line endings, lines folded at 75 octets, commas,
 * semicolons and line breaks escaped in text, times in UTC with a {@code Z}. A stable UID lets a calendar update an
 * entry it already has rather than add a second one.
 */
public final class CalendarFile {

    /** An entry to add to one's calendar. */
    public static final String PUBLISH = "text/calendar; method=PUBLISH; charset=UTF-8";

    /** An invitation that names its attendee. */
    public static final String REQUEST = "text/calendar; method=REQUEST; charset=UTF-8";

    /** Whole days, or a span of time. */
    public sealed interface When {}

    /** From the first day to the last, both included. */
    public record Days(LocalDate first, LocalDate last) implements When {}

    public record Span(Instant start, Instant end) implements When {}

    /** The person invited, when the file is an invitation. */
    public record Invitee(String name, String email) {}

    /** One entry; {@code location}, {@code description} and {@code invitee} may be null. */
    public record Entry(
            String uid,
            String summary,
            When when,
            String location,
            String description,
            Invitee invitee,
            Integer sequence) {}

    private CalendarFile() {}

    /** The file's text: an invitation (METHOD:REQUEST) when the entry names an invitee, else an entry to add. */
    public static String of(Entry entry, String product) {
        ICalendar calendar = new ICalendar();
        calendar.setMethod(entry.invitee() == null ? Method.publish() : Method.request());
        calendar.setProductId("-//TOPCOP Learn//" + product + "//EN");
        VEvent event = new VEvent();
        event.setUid(entry.uid() + "@learn.topcop.eu");
        event.setSummary(entry.summary());
        if (entry.when() instanceof Days days) {
            event.setDateStart(new ICalDate(date(days.first()), false));
            // DTEND of an all-day event is the day after the last day.
            event.setDateEnd(new ICalDate(date(days.last().plusDays(1)), false));
        } else if (entry.when() instanceof Span span) {
            event.setDateStart(Date.from(span.start()), true);
            event.setDateEnd(Date.from(span.end()), true);
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            event.setLocation(entry.location());
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.setDescription(entry.description());
        }
        if (entry.invitee() != null && entry.invitee().email() != null) {
            Attendee attendee =
                    new Attendee(entry.invitee().name(), entry.invitee().email());
            attendee.setParticipationStatus(ParticipationStatus.ACCEPTED);
            event.addAttendee(attendee);
        }
        if (entry.sequence() != null) {
            event.setSequence(entry.sequence());
        }
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }

    private static Date date(LocalDate day) {
        // Date-only values are written in the JVM's time zone, so the day is taken in that zone too.
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
