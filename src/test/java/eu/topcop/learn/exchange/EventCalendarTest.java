package eu.topcop.learn.exchange;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every network event comes as a calendar file (RFC 5545) from its page, and the navigation leads to the events. */
@QuarkusTest
class EventCalendarTest {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    @Inject
    NetworkEvents events;

    @Test
    @TestSecurity(user = "event-calendar-trainee", roles = Roles.TRAINEE)
    void shouldGiveAnEventAsACalendarFileInUtcWithEscapedTextAndCrlfLines() {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(12).truncatedTo(ChronoUnit.HOURS);
        String code = QuarkusTransaction.requiringNew()
                .call(() -> events.schedule(
                                new NetworkEvents.Schedule(
                                        "WORKSHOP",
                                        "Cocaine routes; ports, and hubs",
                                        "drug-trafficking",
                                        start,
                                        start.plusHours(3),
                                        "Police Academy, Tbilisi",
                                        "https://meet.example.org/secret-room",
                                        "en",
                                        30,
                                        "Morning: routes\nAfternoon: ports, hubs"),
                                "event-calendar-manager")
                        .code);

        given().when()
                .get("/events/" + code)
                .then()
                .statusCode(200)
                .body(containsString("href=\"/events/" + code + "/calendar.ics\""))
                .body(containsString("href=\"/events\" data-testid=\"nav-events\""));
        String ics = given().when()
                .get("/events/" + code + "/calendar.ics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Content-Disposition", containsString("attachment"))
                .extract()
                .asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nUID:event-" + code + "@learn.topcop.eu\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nDTSTART:" + UTC.format(start) + "\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nDTEND:" + UTC.format(start.plusHours(3)) + "\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nSUMMARY:Cocaine routes\\; ports\\, and hubs\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nLOCATION:Police Academy\\, Tbilisi\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nDESCRIPTION:Morning: routes\\nAfternoon: ports\\, hubs\r\n"), unfolded);
        assertFalse(unfolded.contains("secret-room"), "the webinar link is for those registered");

        given().when()
                .get("/api/events/" + code + "/calendar")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .body(containsString("UID:event-" + code));
        given().when().get("/events/no-such-event/calendar.ics").then().statusCode(404);
    }
}
