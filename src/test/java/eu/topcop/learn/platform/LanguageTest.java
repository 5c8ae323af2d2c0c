package eu.topcop.learn.platform;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The language: browser's first guess, the visitor's choice in a cookie, the user's choice remembered. */
@QuarkusTest
class LanguageTest {

    @Test
    void shouldGuessTheLanguageFromTheBrowser() {
        given().header("Accept-Language", "ka-GE,ka;q=0.9,en;q=0.5")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"ka\">"));
    }

    @Test
    void shouldFallBackToEnglishForAnUnsupportedBrowserLanguage() {
        given().header("Accept-Language", "fr-FR")
                .when()
                .get("/")
                .then()
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Training that connects the Eastern Partnership"));
    }

    @Test
    void shouldPreferTheVisitorsChoiceOverTheBrowser() {
        given().header("Accept-Language", "en")
                .cookie("topcop-lang", "ro")
                .when()
                .get("/")
                .then()
                .body(containsString("<html lang=\"ro\">"));
    }

    @Test
    void shouldReturnToThePageOnThisSiteOnly() {
        given().redirects()
                .follow(false)
                .cookie("topcop-csrf", "t")
                .formParam("_csrf", "t")
                .formParam("lang", "hy")
                .formParam("returnTo", "//evil.example/phish")
                .when()
                .post("/language")
                .then()
                .statusCode(303)
                .header(
                        "Location",
                        equalTo("http://localhost:"
                                + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                                        .getValue("quarkus.http.test-port", Integer.class)
                                + "/"));
    }

    /**
     * Addresses the URI grammar refuses, or that a browser would read as another site once it drops the tab or
     * space ({@code /\t/x} becomes {@code //x}), go to the landing page; a NUL is refused with the error page.
     * Never a 500.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {"/\t/evil.example", "/ /evil.example", "/\n/evil.example", "/%", "/a b", "https://evil.example/"
            })
    void shouldReturnToTheLandingPageForAnAddressThatIsNotAPathOfThisSite(String returnTo) {
        String location = given().redirects()
                .follow(false)
                .cookie("topcop-csrf", "t")
                .formParam("_csrf", "t")
                .formParam("lang", "ro")
                .formParam("returnTo", returnTo)
                .when()
                .post("/language")
                .then()
                .statusCode(303)
                .cookie("topcop-lang", "ro")
                .extract()
                .header("Location");
        org.junit.jupiter.api.Assertions.assertEquals(
                "/", java.net.URI.create(location).getRawPath(), "for " + returnTo + ": " + location);
    }

    @Test
    void shouldRefuseANulInTheReturnAddressWithTheReasonInTheReadersLanguage() {
        given().redirects()
                .follow(false)
                .header("Accept-Language", "ru")
                .cookie("topcop-csrf", "t")
                .formParam("_csrf", "t")
                .formParam("lang", "ru")
                .formParam("returnTo", "/\0//evil.example")
                .when()
                .post("/language")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"errors\""))
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("невидимый управляющий символ"));
    }

    @Test
    void shouldStillReturnToAPathOfThisSiteWithItsQuery() {
        given().redirects()
                .follow(false)
                .cookie("topcop-csrf", "t")
                .formParam("_csrf", "t")
                .formParam("lang", "uk")
                .formParam("returnTo", "/catalogue?q=%D0%BA%D1%96%D0%B1%D0%B5%D1%80&page=2")
                .when()
                .post("/language")
                .then()
                .statusCode(303)
                .header("Location", containsString("/catalogue?q=%D0%BA%D1%96%D0%B1%D0%B5%D1%80&page=2"));
    }

    @Test
    void shouldRememberTheSignedInUsersLanguageAcrossRequests() {
        String token = accessToken(Tokens.TRAINER);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"language\": \"hy\"}")
                .when()
                .put("/api/me/language")
                .then()
                .statusCode(200)
                .body("language", equalTo("hy"));
        // A new request, with another browser language: the remembered choice wins.
        given().auth()
                .oauth2(token)
                .header("Accept-Language", "ru")
                .when()
                .get("/api/me")
                .then()
                .body("language", equalTo("hy"));
    }

    @Test
    void shouldNameCataloguePrioritiesInTheRequestedLanguage() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .queryParam("lang", "uk")
                .when()
                .get("/api/catalogue/portfolio-priorities")
                .then()
                .statusCode(200)
                .body("find { it.code == 'trafficking-in-human-beings' }.name", equalTo("Торгівля людьми"))
                .body("find { it.code == 'organised-property-crime' }.serves.size()", equalTo(0));
    }
}
