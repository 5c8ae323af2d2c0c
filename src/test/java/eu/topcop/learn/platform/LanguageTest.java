package eu.topcop.learn.platform;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

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
