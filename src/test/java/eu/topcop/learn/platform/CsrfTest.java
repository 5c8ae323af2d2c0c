package eu.topcop.learn.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** State-changing page requests need the CSRF token of the page they come from. */
@QuarkusTest
class CsrfTest {

    @Test
    void shouldIssueTokenCookieAndPutTheTokenIntoForms() {
        Response page = given().get("/");
        String cookie = page.getCookie("topcop-csrf");
        org.hamcrest.MatcherAssert.assertThat(cookie, notNullValue());
        page.then().body(containsString("name=\"_csrf\" value=\"" + cookie + "\""));
        org.hamcrest.MatcherAssert.assertThat(
                page.getDetailedCookie("topcop-csrf").isHttpOnly(), equalTo(true));
    }

    @Test
    void shouldRefuseFormWithoutToken() {
        given().redirects()
                .follow(false)
                .formParam("lang", "ru")
                .formParam("returnTo", "/")
                .when()
                .post("/language")
                .then()
                .statusCode(403)
                .body(containsString("data-testid=\"error-page\""));
    }

    @Test
    void shouldRefuseFormWhoseTokenDoesNotMatchTheCookie() {
        given().redirects()
                .follow(false)
                .cookie("topcop-csrf", "the-real-one")
                .formParam("_csrf", "a-guess")
                .formParam("lang", "ru")
                .when()
                .post("/language")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseCrossOriginFormEvenWithMatchingToken() {
        given().redirects()
                .follow(false)
                .cookie("topcop-csrf", "token-1")
                .formParam("_csrf", "token-1")
                .header("Origin", "https://evil.example")
                .formParam("lang", "ru")
                .when()
                .post("/language")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldAcceptFormWithTheTokenOfItsCookie() {
        given().redirects()
                .follow(false)
                .cookie("topcop-csrf", "token-2")
                .formParam("_csrf", "token-2")
                .formParam("lang", "ru")
                .formParam("returnTo", "/")
                .when()
                .post("/language")
                .then()
                .statusCode(303)
                .cookie("topcop-lang", "ru");
    }

    @Test
    void shouldAcceptHtmxRequestWithTheTokenInItsHeader() {
        given().redirects()
                .follow(false)
                .cookie("topcop-csrf", "token-3")
                .header("X-CSRF-Token", "token-3")
                .formParam("lang", "uk")
                .when()
                .post("/language")
                .then()
                .statusCode(303);
    }
}
