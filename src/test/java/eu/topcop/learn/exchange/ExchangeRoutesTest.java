package eu.topcop.learn.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/**
 * Who may do what in the exchange programme and network events, with real tokens: officers apply and see their
 * own applications; a coordinator publishes for and endorses within their own country; course managers match
 * and organise events.
 */
@QuarkusTest
class ExchangeRoutesTest {

    @Test
    void shouldKeepEachRoleToItsOwnRows() {
        LocalDate start = LocalDate.now().plusDays(40);
        Map<String, Object> offer = Map.of(
                "kind", "LONG_TERM",
                "hostCountry", "UA",
                "hostAgency", "Cyber Police of Ukraine",
                "topic", "Darknet investigations",
                "priority", "drug-trafficking",
                "places", 2,
                "startsOn", start.toString(),
                "endsOn", start.plusDays(60).toString(),
                "language", "en",
                "description", "Two months in the darknet unit.");
        String ukrainian = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(offer)
                .when()
                .post("/api/exchange/offers")
                .then()
                .statusCode(201)
                .body("hostCountry", equalTo("UA"))
                .extract()
                .path("code");
        // A coordinator publishes for their own country, whatever they ask.
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(offer)
                .when()
                .post("/api/exchange/offers")
                .then()
                .statusCode(201)
                .body("hostCountry", equalTo("GE"));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(offer)
                .when()
                .post("/api/exchange/offers")
                .then()
                .statusCode(403);

        int application = given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "agency",
                        "Criminal Police of Georgia",
                        "languages",
                        List.of("en", "ka"),
                        "motivation",
                        "Darknet cases."))
                .when()
                .post("/api/exchange/offers/" + ukrainian + "/applications")
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .extract()
                .path("id");
        long told = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> eu.topcop.learn.enrolment.Notification.count(
                        "person.username = ?1 and kind = 'EXCHANGE_SUBMITTED' and body like ?2",
                        Tokens.COORDINATOR,
                        "%Darknet investigations%"));
        org.junit.jupiter.api.Assertions.assertTrue(told >= 1, "Georgia's coordinator is told of the application");
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .when()
                .get("/api/exchange/applications/" + application)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/exchange/applications")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(application));
        given().auth()
                .oauth2(accessToken("oksana.melnyk"))
                .contentType(ContentType.JSON)
                .body(Map.of("endorse", true))
                .when()
                .post("/api/exchange/applications/" + application + "/endorsement")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .when()
                .get("/api/exchange/applications")
                .then()
                .statusCode(200)
                .body("items.guestCountry", everyItem(equalTo("GE")));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("endorse", true))
                .when()
                .post("/api/exchange/applications/" + application + "/endorsement")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDORSED"));
        Map<String, Object> match = Map.of("mentor", "Oleh Shevchenko", "learningAgreement", "Join two operations.");
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(match)
                .when()
                .post("/api/exchange/applications/" + application + "/match")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/exchange/suggestions")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(match)
                .when()
                .post("/api/exchange/applications/" + application + "/match")
                .then()
                .statusCode(200)
                .body("status", equalTo("MATCHED"))
                .body("mentor", equalTo("Oleh Shevchenko"));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/exchange/suggestions")
                .then()
                .statusCode(403);
        given().when().get("/api/exchange/offers").then().statusCode(401);
    }

    @Test
    void shouldLetEveryoneRegisterForEventsButOnlyManagersOrganiseThem() {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
        Map<String, Object> event = Map.of(
                "kind", "WORKSHOP",
                "title", "EMPACT guidelines for national experts",
                "startsAt", start.toString(),
                "endsAt", start.plusHours(6).toString(),
                "place", "Police Academy, Chisinau",
                "language", "ro",
                "capacity", 25,
                "agenda", "The EMPACT cycle; operational action plans; reporting.");
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(event)
                .when()
                .post("/api/events")
                .then()
                .statusCode(403);
        String code = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(event)
                .when()
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .path("event.code");
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .post("/api/events/" + code + "/registration")
                .then()
                .statusCode(200)
                .body("registered", equalTo(true))
                .body("attendees.items.size()", equalTo(0));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(Map.of("attended", List.of(1)))
                .when()
                .put("/api/events/" + code + "/attendance")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/events/" + code)
                .then()
                .statusCode(200)
                .body("event.registered", equalTo(1))
                .body("attendees.items.size()", equalTo(1));
        given().when().get("/api/events").then().statusCode(401);
    }
}
