package eu.topcop.learn.lrs;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** CORS for browser content (issue 18: "CORS for browser content"), on /xapi only. */
@QuarkusTest
class XapiCorsTest {

    private static final String CONTENT = "https://content.academy.example";

    @Test
    void preflightIsAnsweredWithoutAuthenticationAndAllowsTheXapiHeaders() {
        given().header("Origin", CONTENT)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type, x-experience-api-version")
                .options("/xapi/statements")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("X-Experience-API-Version"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void answerToBrowserContentExposesTheXapiHeaders() {
        given().header("Origin", CONTENT)
                .get("/xapi/about")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Expose-Headers", containsString("X-Experience-API-Version"))
                .header("Access-Control-Expose-Headers", containsString("X-Experience-API-Consistent-Through"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Last-Modified"));
    }

    @Test
    void refusedRequestStillCarriesCorsHeadersSoTheContentCanReadTheError() {
        given().header("Origin", CONTENT)
                .header("X-Experience-API-Version", "1.0.3")
                .get("/xapi/statements?statementId=" + java.util.UUID.randomUUID())
                .then()
                .statusCode(401)
                .header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void restOfTheSiteGetsNoCorsHeaders() {
        given().header("Origin", CONTENT)
                .header("Access-Control-Request-Method", "POST")
                .options("/api/me")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", CONTENT).get("/").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
