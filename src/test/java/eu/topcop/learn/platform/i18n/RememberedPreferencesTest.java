package eu.topcop.learn.platform.i18n;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A signed-in person's remembered language and time zone are one row, read once a request however many parts of the
 * page ask (the language of its words, the zone of its times); a choice made in a request is what the rest of it
 * shows.
 */
@QuarkusTest
class RememberedPreferencesTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    @Test
    void shouldReadTheRememberedLanguageAndTimeZoneOnceARequestAndAChoiceAtOnce() {
        String token = accessToken(Tokens.TRAINEE_UA);
        try {
            choose(token, "language", "ro").body("language", equalTo("ro"));
            // The language was read (and kept for the request) before the zone was chosen: the answer shows both.
            choose(token, "time-zone", "Europe/Chisinau")
                    .body("language", equalTo("ro"))
                    .body("timeZone", equalTo("Europe/Chisinau"))
                    .body("timeZoneChosen", equalTo(true));
            Statistics statistics = sessionFactory.getStatistics();
            statistics.clear();
            given().auth()
                    .oauth2(token)
                    .header("Accept-Language", "en")
                    .when()
                    .get("/api/me")
                    .then()
                    .statusCode(200)
                    .body("language", equalTo("ro"))
                    .body("timeZone", equalTo("Europe/Chisinau"))
                    .body("timeZoneChosen", equalTo(true));
            assertEquals(
                    1,
                    statistics
                            .getEntityStatistics(UserPreference.class.getName())
                            .getLoadCount(),
                    "the preferences row read once for the language, the zone and whether it was chosen");
        } finally {
            // As before the test: nothing remembered.
            String subject =
                    given().auth().oauth2(token).get("/api/me").then().extract().path("subject");
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("DELETE FROM user_preference WHERE subject = :s")
                            .setParameter("s", subject)
                            .executeUpdate());
        }
    }

    private static io.restassured.response.ValidatableResponse choose(String token, String what, String value) {
        String field = what.equals("language") ? "language" : "timeZone";
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"" + field + "\": \"" + value + "\"}")
                .when()
                .put("/api/me/" + what)
                .then()
                .statusCode(200);
    }
}
