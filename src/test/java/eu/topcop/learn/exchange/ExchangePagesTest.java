package eu.topcop.learn.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.exchange.ExchangeRequests.Offer;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exchange and event pages: forms that name their mistakes, and what each role is shown. */
@QuarkusTest
class ExchangePagesTest {

    private static final String TOKEN = "exchange-pages-token";

    @Inject
    ExchangeService exchange;

    @Inject
    EnrolmentFixture fixture;

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
    @TestSecurity(
            user = "exchange-pages-moldovan-officer",
            roles = Roles.TRAINEE,
            attributes = @SecurityAttribute(key = "country", value = "MD"))
    void shouldKeepTheApplicationAndSayAnExchangeIsAbroadWhenTheOfferIsInTheOfficersOwnCountry() {
        LocalDate start = LocalDate.now().plusDays(40);
        String code = exchange.publish(
                        new Offer(
                                "SHORT_TERM",
                                "MD",
                                "General Police Inspectorate",
                                "Border cases on the Prut",
                                "migrant-smuggling",
                                2,
                                start,
                                start.plusDays(5),
                                "ro",
                                "Border cases."),
                        fixture.manager().username)
                .code;
        String motivation = "I investigate smuggling rings at Leuseni and want to learn from colleagues";
        for (String language : List.of("en", "ro")) {
            String page = given().header("Accept-Language", language)
                    .cookie("topcop-csrf", TOKEN)
                    .formParam("_csrf", TOKEN)
                    .formParam("agency", "")
                    .formParam("languages", "ro")
                    .formParam("motivation", motivation)
                    .redirects()
                    .follow(false)
                    .when()
                    .post("/exchange/offers/" + code + "/applications")
                    .then()
                    .statusCode(422)
                    .contentType(containsString("text/html"))
                    .body(containsString("apply-form"))
                    .body(containsString("role=\"alert\""))
                    .body(containsString("href=\"#offer\""))
                    .body(containsString("href=\"#agency\""))
                    .body(containsString(motivation))
                    .body(containsString("value=\"ro\" checked"))
                    .body(not(containsString("data-testid=\"error-page\"")))
                    .extract()
                    .asString();
            String abroad = language.equals("en")
                    ? "An exchange is abroad: choose an offer in another country."
                    : "Un schimb are loc în străinătate: alegeți o ofertă din altă țară.";
            String besideTheOffer = page.substring(page.indexOf("id=\"offer\""), page.indexOf("apply-form"));
            assertTrue(
                    besideTheOffer.contains("data-field=\"offer\">" + abroad),
                    "the reason beside the offer in " + language + ": " + besideTheOffer);
        }
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
