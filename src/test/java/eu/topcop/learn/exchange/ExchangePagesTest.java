package eu.topcop.learn.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The exchange and event pages: forms that name their mistakes, and what each role is shown. */
@QuarkusTest
class ExchangePagesTest {

    private static final String TOKEN = "exchange-pages-token";

    @Test
    @TestSecurity(user = "exchange-pages-manager", roles = Roles.COURSE_MANAGER)
    void shouldPublishAnOfferAndScheduleAnEventFromThePagesNamingMistakes() {
        LocalDate start = LocalDate.now().plusDays(50);
        given().when().get("/exchange/offers/new").then().statusCode(200).body(containsString("offer-form"));
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("kind", "SHORT_TERM")
                .formParam("hostCountry", "MD")
                .formParam("hostAgency", "General Police Inspectorate")
                .formParam("topic", "")
                .formParam("priority", "migrant-smuggling")
                .formParam("places", "2")
                .formParam("startsOn", start.toString())
                .formParam("endsOn", start.plusDays(20).toString())
                .formParam("language", "ro")
                .formParam("description", "Border cases.")
                .when()
                .post("/exchange/offers")
                .then()
                .statusCode(422)
                .body(containsString("data-field=\"topic\""))
                .body(containsString("data-field=\"endsOn\""))
                .body(containsString("General Police Inspectorate"));
        String location = given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("kind", "SHORT_TERM")
                .formParam("hostCountry", "MD")
                .formParam("hostAgency", "General Police Inspectorate")
                .formParam("topic", "Migrant smuggling on the Prut")
                .formParam("priority", "migrant-smuggling")
                .formParam("places", "2")
                .formParam("startsOn", start.toString())
                .formParam("endsOn", start.plusDays(5).toString())
                .formParam("language", "ro")
                .formParam("description", "Border cases.")
                .redirects()
                .follow(false)
                .when()
                .post("/exchange/offers")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body(containsString("Migrant smuggling on the Prut"))
                .body(not(containsString("apply-form")));
        given().when().get("/exchange").then().statusCode(200).body(containsString("suggestions-link"));
        given().when().get("/exchange/suggestions").then().statusCode(200);

        given().when().get("/events/new").then().statusCode(200);
        LocalDateTime when =
                LocalDateTime.now(ZoneOffset.UTC).plusDays(5).withSecond(0).withNano(0);
        String event = given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("kind", "WEBINAR")
                .formParam("title", "Strategic analysis and data exchange")
                .formParam("startsAt", when.toString())
                .formParam("endsAt", when.plusHours(2).toString())
                .formParam("link", "https://meet.example.eu/analysis")
                .formParam("language", "en")
                .formParam("capacity", "100")
                .formParam("agenda", "SIENA; analysis reports.")
                .redirects()
                .follow(false)
                .when()
                .post("/events")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        given().when()
                .get(event)
                .then()
                .statusCode(200)
                .body(containsString("material-form"))
                .body(containsString("https://meet.example.eu/analysis"));
        given().when().get("/events").then().statusCode(200).body(containsString("Strategic analysis"));
    }

    @Test
    @TestSecurity(user = "exchange-pages-trainee", roles = Roles.TRAINEE)
    void shouldShowOfficersTheOffersButNotTheOrganisersForms() {
        given().when().get("/exchange").then().statusCode(200).body(not(containsString("publish-offer")));
        given().when().get("/exchange/offers/new").then().statusCode(403);
        given().when().get("/exchange/suggestions").then().statusCode(403);
        given().when().get("/events/new").then().statusCode(403);
        given().when().get("/events").then().statusCode(200);
    }
}
