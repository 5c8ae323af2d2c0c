package eu.topcop.learn.platform;

import eu.topcop.learn.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Signing in and out with plain HTTP and a cookie jar, against the real Keycloak: the state cookies of sign-ins
 * under way do not pile up, and only the page's own sign-out form signs a person out.
 */
@QuarkusTest
class SessionTest {

    @Test
    void shouldKeepOneSignInStateCookieSoThatManyVisitsNeverLockTheBrowserOut() {
        WebSession browser = new WebSession();
        for (int visit = 0; visit < 100; visit++) {
            assertEquals(302, browser.get("/home").statusCode(), "a signed-out visit is sent to Keycloak");
        }
        long states = browser.appCookies().keySet().stream()
                .filter(name -> name.startsWith("q_auth"))
                .count();
        assertThat(states, lessThanOrEqualTo(1L));
        assertEquals(200, browser.get("/").statusCode(), "the landing page still answers");
        // The sign-in started last still completes.
        browser.signIn("/home", "ion.rusu").then().statusCode(200).body(containsString("Ion Rusu"));
    }

    @Test
    void shouldNotSignOutOnALinkOrAFormFromAnotherSite() {
        WebSession browser = new WebSession();
        browser.signIn("/home", "nino.beridze").then().statusCode(200).body(containsString("Nino Beridze"));

        Response link = browser.get("/logout");
        assertNotEquals(302, link.statusCode(), "GET /logout must not start a sign-out");
        assertNotEquals(303, link.statusCode(), "GET /logout must not start a sign-out");
        stillSignedIn(browser, "Nino Beridze");

        Response crossSite = browser.send("POST", "/logout", given().header("Origin", "https://evil.example"));
        assertEquals(403, crossSite.statusCode(), "a form from another site is refused");
        stillSignedIn(browser, "Nino Beridze");

        Response noToken = browser.send("POST", "/logout", given().contentType("application/x-www-form-urlencoded"));
        assertEquals(403, noToken.statusCode(), "a form without the page's token is refused");
        stillSignedIn(browser, "Nino Beridze");
    }

    @Test
    void shouldSignOutWithTheFormOfThePageAndEndTheKeycloakSession() {
        WebSession browser = new WebSession();
        browser.signIn("/home", "olena.kovalenko").then().statusCode(200);
        String token = browser.appCookies().get("topcop-csrf");
        assertNotNull(token, "the page issued its CSRF token");

        Response out = browser.send(
                "POST",
                "/logout",
                given().contentType("application/x-www-form-urlencoded")
                        .header("Origin", WebSession.app())
                        .formParam("_csrf", token));
        assertEquals(303, out.statusCode());
        String keycloak = out.header("Location");
        assertThat(keycloak, containsString("/protocol/openid-connect/logout"));
        assertThat(keycloak, containsString("id_token_hint="));

        // Signed out here at once: the page asks Keycloak again.
        assertEquals(302, browser.get("/home").statusCode());
        // Keycloak ends its own session and returns to the landing page.
        Response ended = browser.get(keycloak);
        assertEquals(302, ended.statusCode(), "Keycloak signs out without asking: " + ended.asString());
        assertThat(ended.header("Location"), startsWith(WebSession.app() + "/"));
        // Keycloak asks for the password again: no single sign-on session is left.
        String login = browser.get("/home").header("Location");
        browser.get(login).then().statusCode(200).body(containsString("kc-form-login"));
    }

    private static void stillSignedIn(WebSession browser, String name) {
        browser.get("/home").then().statusCode(200).body(containsString(name));
    }
}
