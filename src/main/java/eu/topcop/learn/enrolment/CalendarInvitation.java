package eu.topcop.learn.enrolment;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.web.CalendarFile;

/**
 * An iCalendar invitation (RFC 5545) for a seat in a face-to-face offering: whole days from the first to the
 * last, at the venue, with a stable UID per application so that a calendar updates rather than duplicates.
 */
final class CalendarInvitation {

    static final String MEDIA_TYPE = CalendarFile.REQUEST;

    private CalendarInvitation() {}

    static String of(Application application, Language language) {
        Offering offering = application.offering;
        String location = offering.online
                ? null
                : offering.venue
                        + (offering.country == null
                                ? ""
                                : ", "
                                        + new java.util.Locale("", offering.country.code)
                                                .getDisplayCountry(language.locale()));
        return CalendarFile.of(
                new CalendarFile.Entry(
                        "application-" + application.id,
                        Localized.pick(offering.course.title, language).text(),
                        new CalendarFile.Days(offering.startsOn, offering.endsOn),
                        location,
                        Localized.pick(offering.course.description, language).text(),
                        new CalendarFile.Invitee(application.person.name, application.person.email),
                        application.version),
                "Enrolment");
    }
}
