package eu.topcop.learn.support;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

import static io.restassured.RestAssured.given;

/**
 * Real access tokens from the local Keycloak, for the demo users of deploy/keycloak (password "demo"). Cached per
 * user until a minute before they expire: they live ten minutes, and the suite runs longer than that.
 */
public final class Tokens {

    public static final String TRAINEE = "nino.beridze";
    public static final String TRAINEE_UA = "olena.kovalenko";
    public static final String TRAINER = "armen.petrosyan";
    public static final String COORDINATOR = "giorgi.kapanadze";
    public static final String MANAGER = "marta.keller";
    public static final String AUTHOR = "lukas.brenner";
    public static final String ADMIN = "admin";

    /** A token and when it stops being accepted. */
    private record Cached(String token, Instant expires) {}

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    /**
     * The demo user's Keycloak subject, as {@code /api/me} gives it: the one identity of a person (usernames are only
     * shown, and another record may carry the same one).
     */
    public static String subject(String username) {
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(accessToken(username))
                .get("/api/me")
                .then()
                .statusCode(200)
                .extract()
                .path("subject");
    }

    public static String accessToken(String username) {
        Instant soon = Instant.now().plusSeconds(60);
        return CACHE.compute(
                        username,
                        (user, cached) -> cached == null || cached.expires().isBefore(soon) ? fetch(user) : cached)
                .token();
    }

    public static String keycloakRealmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    private static Cached fetch(String username) {
        Instant asked = Instant.now();
        var response = given().formParam("grant_type", "password")
                .formParam("client_id", "topcop-web")
                .formParam(
                        "client_secret",
                        ConfigProvider.getConfig().getValue("quarkus.oidc.credentials.secret", String.class))
                .formParam("username", username)
                .formParam("password", "demo")
                .formParam("scope", "openid")
                .when()
                .post(keycloakRealmUrl() + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract();
        int lifespan = response.path("expires_in");
        return new Cached(response.path("access_token"), asked.plusSeconds(lifespan));
    }
}
