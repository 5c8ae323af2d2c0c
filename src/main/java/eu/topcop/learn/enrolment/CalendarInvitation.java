package eu.topcop.learn.enrolment;

import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.util.ICalDate;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;

/**
 * An iCalendar invitation (RFC 5545) for a seat in a face-to-face offering: whole days from the first to the
 * last, at the venue, with a stable UID per application so that a calendar updates rather than duplicates.
 */
final class CalendarInvitation {

    static final String MEDIA_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";

    private CalendarInvitation() {}

    static String of(Application application, Language language) {
        Offering offering = application.offering;
        ICalendar calendar = new ICalendar();
        calendar.setMethod(Method.request());
        calendar.setProductId("-//TOPCOP Learn//Enrolment//EN");
        VEvent event = new VEvent();
        event.setUid("application-" + application.id + "@learn.topcop.eu");
        event.setSummary(Localized.pick(offering.course.title, language).text());
        event.setDateStart(new ICalDate(date(offering.startsOn), false));
        // DTEND of an all-day event is the day after the last day.
        event.setDateEnd(new ICalDate(date(offering.endsOn.plusDays(1)), false));
        if (!offering.online) {
            event.setLocation(offering.venue
                    + (offering.country == null
                            ? ""
                            : ", "
                                    + new java.util.Locale("", offering.country.code)
                                            .getDisplayCountry(language.locale())));
        }
        event.setDescription(
                Localized.pick(offering.course.description, language).text());
        if (application.person.email != null) {
            Attendee attendee = new Attendee(application.person.name, application.person.email);
            attendee.setParticipationStatus(ParticipationStatus.ACCEPTED);
            event.addAttendee(attendee);
        }
        event.setSequence(application.version);
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }

    private static Date date(java.time.LocalDate day) {
        // Date-only values are written in the JVM's time zone, so the day is taken in that zone too.
        return Date.from(day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    }
}
