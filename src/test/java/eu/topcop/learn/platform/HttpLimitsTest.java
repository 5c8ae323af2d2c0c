package eu.topcop.learn.platform;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Requests the server will not read (a body too large, an address too long, headers too large) are answered with
 * a problem under /api and a page in the reader's language elsewhere, never with an empty body.
 */
@QuarkusTest
class HttpLimitsTest {

    @Test
    void shouldAnswerABodyOfTwentyMegabytesWithAProblem() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body("{\"language\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}")
                .when()
                .put("/api/me/language")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("title", equalTo("Request body too large"));
    }

    @Test
    void shouldAnswerABodyWithoutALengthThatGrowsTooLargeWithAProblem() {
        byte[] body = ("{\"language\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes();
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(body))
                .when()
                .put("/api/me/language")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void shouldAnswerALongAddressWithAProblemUnderTheApi() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/catalogue/offerings/" + "a".repeat(10_000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414));
    }

    @Test
    void shouldAnswerALongAddressWithAPageInTheReadersLanguage() {
        given().header("Accept-Language", "uk")
                .when()
                .get("/catalogue?q=" + "a".repeat(10_000))
                .then()
                .statusCode(414)
                .contentType(containsString("text/html"))
                .body(containsString("data-testid=\"error-page\""))
                .body(containsString("<html lang=\"uk\">"))
                .body(containsString("Адреса сторінки задовга"));
    }

    @Test
    void shouldAnswerHeadersTooLargeWithAProblemUnderTheApi() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .header("X-Padding", "p".repeat(30_000))
                .when()
                .get("/api/me")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431));
    }

    @Test
    void shouldAnswerHeadersTooLargeOnAPageAndDropPiledUpSignInStates() {
        var request = given().redirects().follow(false).header("Accept-Language", "ro");
        for (int i = 0; i < 60; i++) {
            request.cookie("q_auth_Default_test_" + i, "s".repeat(400));
        }
        request.when()
                .get("/")
                .then()
                .statusCode(431)
                .body(containsString("data-testid=\"error-page\""))
                .body(containsString("prea multe cookie-uri"))
                .header("Set-Cookie", containsString("q_auth_Default_test_"))
                .header("Set-Cookie", containsString("Max-Age=0"));
    }
}
