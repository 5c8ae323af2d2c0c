package eu.topcop.learn.catalogue;

import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Finding offerings: by crime priority, activity type, country, working language, dates and words (full-text,
 * in every language of the course texts), page by page, and revalidated with ETag and Last-Modified.
 */
@QuarkusTest
class CatalogueSearchTest {

    @Inject
    OfferingService offerings;

    private final OfferingFixture fixture = new OfferingFixture();
    private String drugsTbilisi;
    private String firearmsChisinau;
    private String thbOnlineRu;

    @BeforeEach
    void publish() {
        drugsTbilisi = offerings.publish(
                        fixture.faceToFace("drugs-regional-training", 30, "Police Academy, Tbilisi", "GE", "en"),
                        Tokens.MANAGER,
                        "Marta Keller")
                .code;
        firearmsChisinau = offerings.publish(
                        fixture.faceToFace(
                                "firearms-train-the-trainer", 60, "Academy of Internal Affairs, Chisinau", "MD", "ro"),
                        Tokens.MANAGER,
                        "Marta Keller")
                .code;
        thbOnlineRu = offerings.publish(
                        fixture.online("thb-independent-learning", 90, "ru"), Tokens.MANAGER, "Marta Keller")
                .code;
    }

    @Test
    void shouldListTheYearsOfferingsByStartDate() {
        search().when()
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .body("code", contains(drugsTbilisi, firearmsChisinau, thbOnlineRu));
    }

    @Test
    void shouldFilterByPriorityActivityTypeCountryAndLanguage() {
        assertFound(search().queryParam("priority", "drug-trafficking"), drugsTbilisi);
        assertFound(search().queryParam("activityType", "train-the-trainer"), firearmsChisinau);
        assertFound(search().queryParam("country", "md"), firearmsChisinau);
        assertFound(search().queryParam("language", "ru"), thbOnlineRu);
        assertFound(
                search().queryParam("priority", "trafficking-in-human-beings").queryParam("language", "en"));
    }

    @Test
    void shouldFilterByDates() {
        assertFound(
                given().auth()
                        .oauth2(accessToken(Tokens.TRAINEE))
                        .queryParam("from", fixture.base.plusDays(40).toString())
                        .queryParam("to", fixture.base.plusDays(70).toString()),
                firearmsChisinau);
    }

    @Test
    void shouldFindByWordsInAnyLanguageOfTheCourseAndInTheVenue() {
        assertFound(search().queryParam("q", "firearms trainer"), firearmsChisinau);
        assertFound(search().queryParam("q", "Chisinau"), firearmsChisinau);
        // The drug course says it in its Russian title; the Russian THB lessons speak of drugs too
        // (victims forced to carry them, kept dependent on them).
        assertFound(search().queryParam("q", "наркотиков"), drugsTbilisi, thbOnlineRu);
        // Words are prefixes; operators typed by the reader are ignored rather than obeyed.
        assertFound(search().queryParam("q", "+firearm* -\"trainer"), firearmsChisinau);
        assertFound(search().queryParam("q", "nothing-like-this-anywhere"));
    }

    @Test
    void shouldFallBackToSubstringForShortWords() {
        assertFound(search().queryParam("q", "EU").queryParam("priority", "drug-trafficking"), drugsTbilisi);
    }

    @Test
    void shouldPageWithTheTotalInAHeader() {
        search().queryParam("size", 2)
                .queryParam("page", 1)
                .when()
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .body("code", contains(thbOnlineRu));
        search().queryParam("size", 500)
                .when()
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldRefuseAMalformedDateFilter() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .queryParam("from", "24/11/2026")
                .when()
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void shouldAnswerNotModifiedWhileTheListIsUnchanged() {
        var first = search().when().get("/api/catalogue/offerings").then().statusCode(200);
        String etag = first.extract().header("ETag");
        String lastModified = first.extract().header("Last-Modified");
        first.header("ETag", notNullValue()).header("Last-Modified", notNullValue());

        search().header("If-None-Match", etag)
                .when()
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(304)
                .body(emptyString());
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .header("If-Modified-Since", lastModified)
                .when()
                .get("/api/catalogue/activity-types")
                .then()
                .statusCode(304);

        offerings.publish(fixture.online("ocse-independent-learning", 100, "uk"), Tokens.MANAGER, "Marta Keller");
        search().header("If-None-Match", etag)
                .when()
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("$", hasSize(4));
    }

    @Test
    void shouldGiveAnotherETagInAnotherLanguage() {
        String english = search().header("Accept-Language", "en")
                .when()
                .get("/api/catalogue/offerings")
                .then()
                .extract()
                .header("ETag");
        search().header("Accept-Language", "ru")
                .header("If-None-Match", english)
                .when()
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(200)
                .body("courseTitle", everyItem(not(emptyString())));
    }

    private RequestSpecification search() {
        return given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .queryParam("from", fixture.from())
                .queryParam("to", fixture.to());
    }

    private static void assertFound(RequestSpecification request, String... codes) {
        request.when()
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(200)
                .header("X-Total-Count", String.valueOf(codes.length))
                .body("code", equalTo(List.of(codes)));
    }
}
