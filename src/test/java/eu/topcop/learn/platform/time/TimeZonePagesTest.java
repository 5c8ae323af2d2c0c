package eu.topcop.learn.platform.time;

import java.time.Instant;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.EnrolmentMessages;
import eu.topcop.learn.enrolment.NoticeText;
import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.exchange.NetworkEvent;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each person reads times in their own zone (issue 16): a Georgian trainee's notices in Tbilisi time, in their
 * language's order, until they choose another zone, which then applies at once; a zone nobody knows is refused with
 * the typed value kept and the reason named.
 */
@QuarkusTest
class TimeZonePagesTest {

    private static final String TOKEN = "time-zone-token";

    /** 09:05 in Tbilisi (UTC+4), 07:05 in Kyiv (UTC+2 before the end of March). */
    private static final Instant OFFER_ENDS = Instant.parse("2026-03-04T05:05:00Z");

    @Inject
    EnrolmentFixture people;

    @Inject
    Notifier notifier;

    @Test
    @TestSecurity(
            user = "zone-georgian",
            roles = Roles.TRAINEE,
            attributes = @SecurityAttribute(key = "country", value = "GE"))
    void shouldShowAGeorgianTraineesTimesInTbilisiTimeUntilTheyChooseAnotherZone() {
        Person trainee = people.named("zone-georgian", "GE");
        offer(trainee);
        given().cookie("topcop-lang", "en")
                .get("/enrolment/notifications")
                .then()
                .statusCode(200)
                .body(containsString("by 4 March 2026, 09:05"))
                .body(containsString("Time zone: Georgia Time"));
        given().cookie("topcop-lang", "ka")
                .get("/enrolment/notifications")
                .then()
                .statusCode(200)
                .body(containsString("4 მარტი, 2026, 09:05"));
        given().cookie("topcop-lang", "en")
                .get("/me/time-zone")
                .then()
                .statusCode(200)
                .body(containsString("The zone of my country (Georgia Time)"));

        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("zone", "Europe/Kyiv")
                .redirects()
                .follow(false)
                .post("/me/time-zone")
                .then()
                .statusCode(303);
        given().cookie("topcop-lang", "en")
                .get("/enrolment/notifications")
                .then()
                .body(containsString("by 4 March 2026, 07:05"))
                .body(containsString("Time zone: Eastern European Time"));
        given().cookie("topcop-lang", "en")
                .get("/me/time-zone")
                .then()
                .body(containsString("<option value=\"Europe/Kyiv\" selected>"));

        // Back to the country's zone.
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("zone", "")
                .redirects()
                .follow(false)
                .post("/me/time-zone")
                .then()
                .statusCode(303);
        given().cookie("topcop-lang", "en")
                .get("/enrolment/notifications")
                .then()
                .body(containsString("by 4 March 2026, 09:05"));
    }

    @Test
    @TestSecurity(
            user = "zone-mistyped",
            roles = Roles.TRAINEE,
            attributes = @SecurityAttribute(key = "country", value = "UA"))
    void shouldKeepAnUnknownZoneAndSayWhyItIsRefused() {
        given().cookie("topcop-csrf", TOKEN)
                .cookie("topcop-lang", "uk")
                .formParam("_csrf", TOKEN)
                .formParam("zone", "Europe/Kiev-on-Mars")
                .post("/me/time-zone")
                .then()
                .statusCode(422)
                .body(containsString("<html lang=\"uk\">"))
                .body(containsString("action=\"/me/time-zone\""))
                .body(containsString("<option value=\"Europe/Kiev-on-Mars\" selected>"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"zone-hint zone-error\""))
                .body(containsString("role=\"alert\""))
                .body(containsString("<a href=\"#zone\">Часовий пояс: Такого часового поясу ми не знаємо"))
                .body(containsString("id=\"zone-error\" data-testid=\"field-error\" data-field=\"zone\">Такого"))
                .body(not(containsString("data-testid=\"error-page\"")));
        given().cookie("topcop-lang", "en")
                .get("/me/time-zone")
                .then()
                .body(containsString("<option value=\"\" selected>"))
                .body(not(containsString("Kiev-on-Mars")));
    }

    @Test
    @TestSecurity(
            user = "zone-api",
            roles = Roles.TRAINEE,
            attributes = @SecurityAttribute(key = "country", value = "AM"))
    void shouldExposeTheZoneInTheApiAndRefuseAnUnknownOneNamingTheField() {
        given().get("/api/me")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Asia/Yerevan"))
                .body("timeZoneChosen", equalTo(false));
        given().contentType(ContentType.JSON)
                .body("{\"timeZone\": \"Atlantis/Capital\"}")
                .put("/api/me/time-zone")
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body(containsString("timeZone"));
        given().contentType(ContentType.JSON)
                .body("{\"timeZone\": \"Europe/Brussels\"}")
                .put("/api/me/time-zone")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/Brussels"))
                .body("timeZoneChosen", equalTo(true));
        given().contentType(ContentType.JSON)
                .body("{\"timeZone\": null}")
                .put("/api/me/time-zone")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Asia/Yerevan"))
                .body("timeZoneChosen", equalTo(false));
    }

    @Test
    @TestSecurity(
            user = "zone-organiser",
            roles = Roles.COURSE_MANAGER,
            attributes = @SecurityAttribute(key = "country", value = "GE"))
    void shouldReadAnEventsTimesAsTypedInTheOrganisersZone() {
        given().cookie("topcop-lang", "en")
                .get("/events/new")
                .then()
                .statusCode(200)
                .body(containsString("Times in your time zone: Georgia Time."));
        String title = "Webinar in Tbilisi time " + System.nanoTime();
        String event = given().cookie("topcop-csrf", TOKEN)
                .cookie("topcop-lang", "en")
                .formParam("_csrf", TOKEN)
                .formParam("kind", "WEBINAR")
                .formParam("title", title)
                .formParam("startsAt", "2027-06-01T10:00")
                .formParam("endsAt", "2027-06-01T12:00")
                .formParam("link", "https://meet.example.eu/zones")
                .formParam("language", "en")
                .formParam("capacity", "50")
                .formParam("agenda", "Zones.")
                .redirects()
                .follow(false)
                .post("/events")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        Instant stored = QuarkusTransaction.requiringNew()
                .call(() -> NetworkEvent.<NetworkEvent>find("title", title).firstResult().startsAt);
        assertEquals(Instant.parse("2027-06-01T06:00:00Z"), stored, "10:00 in Tbilisi is 06:00 UTC");
        given().cookie("topcop-lang", "en")
                .get(event)
                .then()
                .statusCode(200)
                .body(containsString("1 June 2027, 10:00 – 12:00"));
    }

    private void offer(Person trainee) {
        NoticeText text = NoticeText.in(EnrolmentMessages.class)
                .subject("notify_offered_subject", "Port security")
                .body("notify_offered_body", "Port security", NoticeText.Arg.time(OFFER_ENDS));
        QuarkusTransaction.requiringNew().run(() -> notifier.tell(trainee, "OFFERED", text, null));
    }
}
