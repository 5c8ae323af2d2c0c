package eu.topcop.learn.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import eu.topcop.learn.catalogue.Country;
import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar file of a seat in a face-to-face offering (RFC 5545): whole days at the venue, so dates without a
 * time or a zone (a floating day is the venue's day wherever the calendar is), the end the day after the last, and
 * the stamp in UTC; the same days whatever zone the server runs in.
 */
class CalendarInvitationTest {

    @Test
    void shouldWriteTheOfferingsDaysAsWholeDaysWithoutAZoneWhateverTheServersZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String serverZone : List.of("UTC", "Asia/Tbilisi", "America/Los_Angeles")) {
                TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
                String ics = CalendarInvitation.of(application(), Language.ENGLISH);
                assertTrue(ics.contains("DTSTART;VALUE=DATE:20260304\r\n"), serverZone + ": " + ics);
                assertTrue(ics.contains("DTEND;VALUE=DATE:20260307\r\n"), "the day after the last: " + ics);
                assertTrue(ics.matches("(?s).*DTSTAMP:\\d{8}T\\d{6}Z\r\n.*"), "the stamp is UTC: " + ics);
                assertTrue(!ics.contains("TZID"), "whole days carry no zone");
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void shouldBeAValidICalendarWithAStableUid() {
        String ics = CalendarInvitation.of(application(), Language.ENGLISH);
        ICalendar calendar = Biweekly.parse(ics).first();
        ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals(
                "application-42@learn.topcop.eu",
                calendar.getEvents().get(0).getUid().getValue());
        assertTrue(ics.contains("LOCATION:Police Academy\\, Georgia"), ics);
    }

    private static Application application() {
        Country georgia = new Country();
        georgia.code = "GE";
        Course course = new Course();
        course.title = Map.of("en", "Port security");
        course.description = Map.of("en", "Searching containers.");
        Offering offering = new Offering();
        offering.course = course;
        offering.online = false;
        offering.venue = "Police Academy";
        offering.country = georgia;
        offering.startsOn = LocalDate.of(2026, 3, 4);
        offering.endsOn = LocalDate.of(2026, 3, 6);
        Person person = new Person();
        person.name = "Nino Beridze";
        person.email = "nino@police.example";
        Application application = new Application();
        application.id = 42L;
        application.offering = offering;
        application.person = person;
        return application;
    }
}
