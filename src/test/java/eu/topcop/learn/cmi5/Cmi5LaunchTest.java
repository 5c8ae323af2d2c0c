package eu.topcop.learn.cmi5;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Launching an AU as cmi5 8 and 10 say: the launch URL's parameters, the one-time fetch URL, LMS.LaunchData and the
 * learner preferences, the LMS's launched statement, and the limits of the AU's credential.
 */
@QuarkusTest
class Cmi5LaunchTest {

    @Inject
    Cmi5LaunchFixture fixture;

    @Inject
    ObjectMapper mapper;

    @Test
    void shouldPutEndpointFetchActorRegistrationAndActivityIdOnTheLaunchUrl() throws Exception {
        String code = fixture.course();
        Person learner = fixture.learner();
        Cmi5LaunchFixture.Launched launched = fixture.launch(learner, code, 1);
        Map<String, String> p = launched.parameters();
        // cmi5 8.1: the AU's url from the package, its own query kept, the five parameters added.
        assertTrue(
                launched.url().matches("http://localhost:\\d+/cmi5/content/\\d+/au2/index\\.html\\?start=1&.*"),
                launched.url());
        assertTrue(p.get("endpoint").endsWith("/xapi/"), p.get("endpoint"));
        assertTrue(p.get("fetch").contains("/api/cmi5/fetch/"), p.get("fetch"));
        assertEquals(Cmi5LaunchFixture.CUSTODY, p.get("activityId"));
        assertTrue(p.get("registration").matches("[0-9a-f-]{36}"), p.get("registration"));
        var actor = mapper.readTree(p.get("actor"));
        assertEquals("Agent", actor.path("objectType").asText());
        assertEquals(learner.username, actor.path("account").path("name").asText());
        assertTrue(actor.path("account").path("homePage").asText().startsWith("http"));
        // The same learner keeps one registration per course: every AU and every launch.
        assertEquals(p.get("registration"), fixture.launch(learner, code, 0).registration());
        assertNotEquals(
                p.get("registration"),
                fixture.launch(fixture.learner(), code, 0).registration());
    }

    @Test
    void shouldServeThePackageFilesOfTheAuByPath() {
        String code = fixture.course();
        Cmi5LaunchFixture.Launched launched = fixture.launch(fixture.learner(), code, 0);
        String path = URI.create(launched.url()).getPath();
        // Pages need a signed-in user; the AU's files are read in the learner's browser session.
        given().redirects()
                .follow(false)
                .get(path)
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(302), equalTo(401)));
    }

    @Test
    void shouldAnswerTheFetchUrlOnceWithAnAuthTokenThenTheSpecsError() {
        Cmi5LaunchFixture.Launched launched = fixture.launch(fixture.learner(), fixture.course(), 0);
        String fetch = URI.create(launched.fetch()).getPath();
        given().get(fetch).then().statusCode(405);
        String token = given().post(fetch).then().statusCode(200).extract().path("auth-token");
        assertNotNull(token);
        assertTrue(new String(java.util.Base64.getDecoder().decode(token)).startsWith("launch-"));
        given().post(fetch)
                .then()
                .statusCode(400)
                .body("'error-code'", equalTo("1"))
                .body("'error-text'", org.hamcrest.Matchers.containsString("Already in use"));
        given().post("/api/cmi5/fetch/no-such-token").then().statusCode(400).body("'error-code'", equalTo("2"));
    }

    @Test
    void shouldRefuseAFetchUrlPastItsShortLife() {
        Cmi5LaunchFixture.Launched launched = fixture.launch(fixture.learner(), fixture.course(), 0);
        fixture.run(
                "UPDATE cmi5_session SET fetch_expires_at = launched_at - INTERVAL 1 MINUTE WHERE fetch_hash = ?",
                Cmi5Launches.sha256(launched.fetch().substring(launched.fetch().lastIndexOf('/') + 1)));
        given().post(URI.create(launched.fetch()).getPath())
                .then()
                .statusCode(400)
                .body("'error-code'", equalTo("2"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldWriteLaunchDataAndLearnerPreferencesBeforeTheLaunch() {
        String code = fixture.course();
        Cmi5LaunchFixture.Au au = fixture.start(fixture.learner(), code, 1);
        Map<String, Object> data = fixture.launchData(au);
        // cmi5 10.0: the context template (session id, the publisher's grouping), mode, parameters, rules, return.
        Map<String, Object> template = (Map<String, Object>) data.get("contextTemplate");
        assertNotNull(au.sessionId());
        assertEquals(
                Cmi5LaunchFixture.CUSTODY,
                ((List<Map<String, Object>>) ((Map<String, Object>) template.get("contextActivities")).get("grouping"))
                        .get(0)
                        .get("id"));
        assertEquals("Normal", data.get("launchMode"));
        assertEquals("{\"questions\": 1}", data.get("launchParameters"));
        assertEquals(0.8, ((Number) data.get("masteryScore")).doubleValue(), 1e-9);
        assertEquals("CompletedAndPassed", data.get("moveOn"));
        assertTrue(((String) data.get("returnURL")).endsWith("/learning/cmi5/" + code));
        // cmi5 11.0: the learner's preferences in the agent profile.
        au.xapi()
                .queryParam("agent", au.launched().parameters().get("actor"))
                .queryParam("profileId", "cmi5LearnerPreferences")
                .get("/xapi/agents/profile")
                .then()
                .statusCode(200)
                .body("languagePreference", equalTo("en"));
        // cmi5 9.3.1: the LMS stated launched, in the registration, with the session id.
        List<?> launched = fixture.rows(
                "SELECT JSON_VALUE(statement, '$.context.extensions.\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\"')"
                        + " FROM xapi_statement WHERE registration = ? AND verb = 'http://adlnet.gov/expapi/verbs/launched'",
                au.launched().registration());
        assertEquals(List.of(au.sessionId()), launched);
    }

    @Test
    void shouldLimitTheAuCredentialToItsLearnerAndRegistration() {
        String code = fixture.course();
        Cmi5LaunchFixture.Au mine = fixture.start(fixture.learner(), code, 0);
        Cmi5LaunchFixture.Au theirs = fixture.start(fixture.learner(), code, 0);
        // Another learner's state: 403, whether by their agent or their registration.
        mine.xapi()
                .queryParam("activityId", theirs.launched().activityId())
                .queryParam("agent", theirs.launched().parameters().get("actor"))
                .queryParam("registration", theirs.launched().registration())
                .queryParam("stateId", "LMS.LaunchData")
                .get("/xapi/activities/state")
                .then()
                .statusCode(403);
        mine.xapi()
                .queryParam("activityId", theirs.launched().activityId())
                .queryParam("agent", mine.launched().parameters().get("actor"))
                .queryParam("registration", theirs.launched().registration())
                .queryParam("stateId", "LMS.LaunchData")
                .get("/xapi/activities/state")
                .then()
                .statusCode(403);
        mine.xapi()
                .queryParam("agent", theirs.launched().parameters().get("actor"))
                .queryParam("profileId", "cmi5LearnerPreferences")
                .get("/xapi/agents/profile")
                .then()
                .statusCode(403);
        // Another learner's statements: 403 to write, never read.
        assertEquals(
                403,
                mine.xapi()
                        .body(theirs.statement(Cmi5Vocabulary.INITIALIZED, null))
                        .post("/xapi/statements")
                        .then()
                        .extract()
                        .statusCode());
        mine.xapi()
                .queryParam("registration", theirs.launched().registration())
                .get("/xapi/statements")
                .then()
                .statusCode(200)
                .body("statements.size()", equalTo(0));
        mine.xapi()
                .queryParam("registration", mine.launched().registration())
                .get("/xapi/statements")
                .then()
                .statusCode(200)
                .body("statements.size()", equalTo(1));
    }
}
