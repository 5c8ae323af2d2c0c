package eu.topcop.learn.platform;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Every error of the API is application/problem+json with a useful message, never a stack trace. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void shouldNameTheFieldOfAnInvalidBody() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .contentType(ContentType.JSON)
                .body("{\"language\": \"RUS\"}")
                .when()
                .put("/api/me/language")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("language"))
                .body("errors[0].message", containsString("two-letter"));
    }

    @Test
    void shouldNameTheFieldOfAMissingValue() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .put("/api/me/language")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("language"));
    }

    @Test
    void shouldAnswerUnsupportedLanguageWith422NamingTheField() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .contentType(ContentType.JSON)
                .body("{\"language\": \"xx\"}")
                .when()
                .put("/api/me/language")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("language"));
    }

    @Test
    void shouldExplainMalformedJson() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .contentType(ContentType.JSON)
                .body("{\"language\": ")
                .when()
                .put("/api/me/language")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void shouldNameTheFieldOfAWronglyTypedValue() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .contentType(ContentType.JSON)
                .body("{\"language\": {\"code\": \"ru\"}}")
                .when()
                .put("/api/me/language")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("language"));
    }

    @Test
    void shouldAnswerUnknownCycleWith404() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/catalogue/cycles/1999-2002")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("1999-2002"));
    }

    @Test
    void shouldAnswerUnknownApiPathWith404Problem() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerConflictWith409() {
        given().when()
                .get("/api/test-probe/conflict")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Conflict"))
                .body("detail", equalTo("The offering was changed in the meantime"));
    }

    @Test
    void shouldHideInternalDetailsOfUnexpectedErrors() {
        given().when()
                .get("/api/test-probe/crash")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("reference", matchesPattern("[0-9a-f]{8}"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldAnswerAConcurrentChangeAsAConflictToRetry() {
        given().when()
                .get("/api/test-probe/race")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was saved"))
                .body(not(containsString("row was updated")));
    }

    @Test
    void shouldRefuseUnsupportedLanguageParameter() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .queryParam("lang", "english")
                .when()
                .get("/api/catalogue/activity-types")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("lang"));
    }
}
