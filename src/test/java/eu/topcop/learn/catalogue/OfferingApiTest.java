package eu.topcop.learn.catalogue;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Publishing, changing and cancelling offerings through the API, with real tokens from the local Keycloak. */
@QuarkusTest
class OfferingApiTest {

    @Inject
    OfferingService offerings;

    private final OfferingFixture fixture = new OfferingFixture();

    @Test
    void shouldPublishOfferingWithTheManagerInCharge() {
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(fixture.json("firearms-regional-training", 40, "Police Academy, Tbilisi", "GE"))
                .when()
                .post("/api/catalogue/offerings")
                .then()
                .statusCode(201)
                .header(
                        "Location",
                        endsWith("/api/catalogue/offerings/firearms-regional-training-" + fixture.base.plusDays(40)))
                .body("code", equalTo("firearms-regional-training-" + fixture.base.plusDays(40)))
                .body("courseManager", equalTo(Tokens.MANAGER))
                .body("courseManagerName", equalTo("Marta Keller"))
                .body("country", equalTo("GE"))
                .body("crimePriorities", hasItems("firearms-trafficking"))
                .body("status", equalTo("SCHEDULED"))
                .body("days", equalTo(5));
    }

    @Test
    void shouldNumberTheCodeWhenACourseStartsTwiceOnOneDay() {
        var body = fixture.json("drugs-regional-training", 10, "Police Academy, Tbilisi", "GE");
        String first = publish(body);
        String second = publish(body);
        org.junit.jupiter.api.Assertions.assertEquals(first + "-2", second);
    }

    @Test
    void shouldRefuseInvalidOfferingNamingEveryField() {
        Map<String, Object> body = new HashMap<>(fixture.json("no-such-course", 40, "", ""));
        body.put("endsOn", fixture.base.plusDays(30).toString());
        body.put("applicationsCloseOn", fixture.base.plusDays(50).toString());
        body.put("capacity", 0);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/catalogue/offerings")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder("course", "endsOn", "venue", "country", "capacity", "applicationsCloseOn"))
                .body("detail", containsString("the end date is before the start date"));
    }

    @Test
    void shouldRefuseMalformedDateWithTheFieldNamed() {
        Map<String, Object> body = new HashMap<>(fixture.json("drugs-regional-training", 40, "Kyiv", "UA"));
        body.put("startsOn", "next monday");
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/catalogue/offerings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("startsOn"));
    }

    @Test
    void shouldForbidTraineeAndCoordinatorToPublish() {
        for (String user : new String[] {Tokens.TRAINEE, Tokens.COORDINATOR, Tokens.AUTHOR, Tokens.TRAINER}) {
            given().auth()
                    .oauth2(accessToken(user))
                    .contentType(ContentType.JSON)
                    .body(fixture.json("drugs-regional-training", 40, "Kyiv", "UA"))
                    .when()
                    .post("/api/catalogue/offerings")
                    .then()
                    .statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(fixture.json("drugs-regional-training", 40, "Kyiv", "UA"))
                .when()
                .post("/api/catalogue/offerings")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldLetOnlyTheOfferingsOwnManagerOrAnAdministratorChangeIt() {
        Offering other = offerings.publish(
                fixture.faceToFace("thb-regional-training", 60, "Police Academy, Baku", "AZ", "ru"),
                "someone.else",
                "Someone Else");
        Map<String, Object> change =
                new HashMap<>(fixture.json("thb-regional-training", 60, "Police Academy, Baku", "AZ"));
        change.put("capacity", 30);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(change)
                .when()
                .put("/api/catalogue/offerings/" + other.code)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "not mine"))
                .when()
                .post("/api/catalogue/offerings/" + other.code + "/cancellation")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.ADMIN))
                .contentType(ContentType.JSON)
                .body(change)
                .when()
                .put("/api/catalogue/offerings/" + other.code)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(30))
                .body("courseManager", equalTo("someone.else"));
    }

    @Test
    void shouldRefuseAChangeMadeOnAStaleVersion() {
        var body = fixture.json("ocse-regional-training", 90, "Police Academy, Yerevan", "AM");
        String code = publish(body);
        int version = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/catalogue/offerings/" + code)
                .then()
                .extract()
                .path("version");
        Map<String, Object> change = new HashMap<>(body);
        change.put("capacity", 12);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .queryParam("version", version)
                .body(change)
                .when()
                .put("/api/catalogue/offerings/" + code)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(12));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .queryParam("version", version)
                .body(change)
                .when()
                .put("/api/catalogue/offerings/" + code)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldCancelWithAReasonAndDropTheOfferingFromTheCatalogue() {
        String code = publish(fixture.json("property-regional-training", 120, "Police Academy, Tbilisi", "GE"));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .when()
                .post("/api/catalogue/offerings/" + code + "/cancellation")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The venue is not available."))
                .when()
                .post("/api/catalogue/offerings/" + code + "/cancellation")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("The venue is not available."));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .queryParam("from", fixture.from())
                .queryParam("to", fixture.to())
                .when()
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(200)
                .body("code", org.hamcrest.Matchers.not(hasItems(code)));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(fixture.json("property-regional-training", 120, "Police Academy, Tbilisi", "GE"))
                .when()
                .put("/api/catalogue/offerings/" + code)
                .then()
                .statusCode(409);
    }

    @Test
    void shouldListTheManagersOwnOfferings() {
        String code = publish(fixture.json("smuggling-regional-training", 20, "Police Academy, Tbilisi", "GE"));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .queryParam("size", 100)
                .when()
                .get("/api/catalogue/my-offerings")
                .then()
                .statusCode(200)
                .header("X-Total-Count", notNullValue())
                .body("code", hasItems(code));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/catalogue/my-offerings")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldShowCourseWithItsOutcomesAndNextOfferings() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .header("Accept-Language", "ru")
                .when()
                .get("/api/catalogue/courses/drugs-independent-learning")
                .then()
                .statusCode(200)
                .body("curriculum", equalTo("drugs-curriculum"))
                .body("modules", hasItems("drugs-ilp"))
                .body("translated", equalTo(true))
                .body("outcomes", hasSize(5));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/catalogue/courses/no-such-course")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private String publish(Map<String, Object> body) {
        return given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/catalogue/offerings")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }
}
