package eu.topcop.learn.platform;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The API against the real local Keycloak: real tokens, real signatures, real roles and country claims. */
@QuarkusTest
class ApiSecurityTest {

    @Test
    void shouldAnswerAnonymousApiCallWith401Problem() {
        given().when()
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/me"));
    }

    @Test
    void shouldRefuseForgedToken() {
        String token = accessToken(Tokens.TRAINEE);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth()
                .oauth2(forged)
                .when()
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldTellTraineeWhoTheyAreFromRealToken() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("nino.beridze"))
                .body("name", equalTo("Nino Beridze"))
                .body("roles", contains("trainee"))
                .body("country", equalTo("GE"));
    }

    @Test
    void shouldForbidTraineeTheManagerApi() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/manager/coverage")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void shouldGiveCourseManagerTheCoverageOfTheCurrentCycle() {
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/manager/coverage")
                .then()
                .statusCode(200)
                .body("cycle", equalTo("2026-2029"))
                .body("coverage.size()", equalTo(7));
    }

    @Test
    void shouldNotRedirectApiCallsToTheLoginPage() {
        given().redirects()
                .follow(false)
                .when()
                .get("/api/catalogue/cycles")
                .then()
                .statusCode(401);
    }
}
