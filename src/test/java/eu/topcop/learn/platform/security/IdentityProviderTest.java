package eu.topcop.learn.platform.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realm of deploy/keycloak, as the real Keycloak applies it: typos do not lock an officer out, guessing does
 * for a while and never for good, weak passwords are refused, nobody signs in with an unverified e-mail or changes
 * their own, and sessions end after 30 minutes idle or 8 hours.
 */
@QuarkusTest
class IdentityProviderTest {

    private static final String PASSWORD = "Correct-Horse-Battery-42";

    @Inject
    Keycloak keycloak;

    @Test
    void shouldLetAnOfficerInAfterTwoQuickTypos() {
        String username = newUser(true);
        assertEquals(400, signIn(username, "wrong-1").statusCode());
        assertEquals(400, signIn(username, "wrong-2").statusCode());
        assertEquals(200, signIn(username, PASSWORD).statusCode());
    }

    @Test
    void shouldLockAnAccountForAWhileAfterEightWrongPasswordsButNeverForGood() throws InterruptedException {
        String username = newUser(true);
        String id = realm().users().searchByUsername(username, true).get(0).getId();
        for (int i = 0; i < 8; i++) {
            signIn(username, "guess-" + i);
        }
        Map<String, Object> status = awaitLockout(id);
        assertEquals(Boolean.TRUE, status.get("disabled"), "temporarily locked: " + status);
        assertEquals(400, signIn(username, PASSWORD).statusCode(), "the right password waits for the lockout");
        assertTrue(realm().users().get(id).toRepresentation().isEnabled(), "no permanent lockout");
        // The wait is over (here: an administrator releases the account): the officer signs in again.
        realm().attackDetection().clearBruteForceForUser(id);
        assertEquals(200, signIn(username, PASSWORD).statusCode());
    }

    @Test
    void shouldRefuseWeakPasswords() {
        String username = newUser(true);
        String id = realm().users().searchByUsername(username, true).get(0).getId();
        for (String weak : List.of("demo", "Short-1", username, username + "@police.example")) {
            WebApplicationException refused = assertThrows(
                    WebApplicationException.class, () -> realm().users().get(id).resetPassword(password(weak)), weak);
            assertEquals(400, refused.getResponse().getStatus(), weak);
        }
    }

    @Test
    void shouldNotSignInWithAnUnverifiedEmail() {
        String username = newUser(false);
        ExtractableResponse<?> refused = signIn(username, PASSWORD);
        assertEquals(400, refused.statusCode());
        assertEquals("Account is not fully set up", refused.path("error_description"));
    }

    @Test
    void shouldNotLetOfficersChangeTheirOwnEmailOrUsername() {
        String username = newUser(true);
        String token = signIn(username, PASSWORD).path("access_token");
        String account = Tokens.keycloakRealmUrl() + "/account";
        Map<String, Object> me = given().auth()
                .oauth2(token)
                .accept(ContentType.JSON)
                .get(account)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        Map<String, Object> changed = new java.util.HashMap<>(me);
        changed.put("email", "someone.else." + UUID.randomUUID() + "@police.example");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(changed)
                .post(account)
                .then()
                .statusCode(400);
        changed = new java.util.HashMap<>(me);
        changed.put("username", "renamed-" + UUID.randomUUID());
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(changed)
                .post(account)
                .then()
                .statusCode(400);
        UserRepresentation after =
                realm().users().searchByUsername(username, true).get(0);
        assertEquals(me.get("email"), after.getEmail());
    }

    @Test
    void shouldEndSessionsAfterThirtyMinutesIdleAndEightHoursInAll() {
        ExtractableResponse<?> tokens = signIn(newUser(true), PASSWORD);
        assertEquals(1800, (Integer) tokens.path("refresh_expires_in"), "idle timeout of the session");
        RealmRepresentation settings = realm().toRepresentation();
        assertEquals(1800, settings.getSsoSessionIdleTimeout());
        assertEquals(28800, settings.getSsoSessionMaxLifespan());
        assertFalse(Boolean.TRUE.equals(settings.isRememberMe()), "no remember-me that outlives the limits");
    }

    private ExtractableResponse<?> signIn(String username, String password) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "topcop-web")
                .formParam(
                        "client_secret",
                        org.eclipse.microprofile.config.ConfigProvider.getConfig()
                                .getValue("quarkus.oidc.credentials.secret", String.class))
                .formParam("username", username)
                .formParam("password", password)
                .formParam("scope", "openid")
                .post(Tokens.keycloakRealmUrl() + "/protocol/openid-connect/token")
                .then()
                .extract();
    }

    private Map<String, Object> awaitLockout(String id) throws InterruptedException {
        // Keycloak counts failures in the background: give it a moment.
        Map<String, Object> status = Map.of();
        for (int i = 0; i < 50; i++) {
            status = realm().attackDetection().bruteForceUserStatus(id);
            if (Boolean.TRUE.equals(status.get("disabled"))) {
                return status;
            }
            Thread.sleep(200);
        }
        return status;
    }

    private String newUser(boolean verified) {
        String username = "idp-" + UUID.randomUUID().toString().substring(0, 8);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@police.example");
        user.setEmailVerified(verified);
        user.setFirstName("Test");
        user.setLastName("Officer");
        user.setEnabled(true);
        user.setCredentials(List.of(password(PASSWORD)));
        try (Response created = realm().users().create(user)) {
            assertEquals(201, created.getStatus());
        }
        return username;
    }

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(false);
        return credential;
    }

    private RealmResource realm() {
        return keycloak.realm("topcop");
    }
}
