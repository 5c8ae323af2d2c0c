package eu.topcop.learn.cmi5;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.CompletionRecords;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Waivers (cmi5 9.3.7): a course manager waives an AU for a learner; the LMS states waived once, in a session of its
 * own, with success, completion and the reason; the waiver meets moveOn, so waiving every AU satisfies the course
 * and completes the module as launches do. Only course managers and administrators may waive.
 */
@QuarkusTest
class Cmi5WaiverTest {

    @Inject
    Cmi5LaunchFixture fixture;

    @Inject
    Cmi5Waivers waivers;

    @Inject
    CompletionRecords completions;

    @Test
    @SuppressWarnings("unchecked")
    void shouldWriteOneWaivedStatementWithSuccessCompletionReasonAndItsOwnSession() {
        Person learner = fixture.learner();
        String code = fixture.course();
        Cmi5LaunchFixture.Au seizing = fixture.start(learner, code, 0);
        String registration = seizing.launched().registration();
        waive(Tokens.MANAGER, code, learner.id, Cmi5LaunchFixture.CUSTODY, Cmi5Waivers.EQUIVALENT_OUTSIDE_ACTIVITY)
                .statusCode(201)
                .body("course", equalTo(code))
                .body("au", equalTo(Cmi5LaunchFixture.CUSTODY))
                .body("position", equalTo(1))
                .body("reason", equalTo("Equivalent Outside Activity"))
                .body("waivedBy", equalTo(Tokens.MANAGER))
                .body("registration", equalTo(registration))
                .body("courseSatisfied", equalTo(false));
        // Read back through the LRS as the learner's AU reads its registration's statements.
        List<Map<String, Object>> waived = seizing.xapi()
                .queryParam("registration", registration)
                .queryParam("verb", Cmi5Vocabulary.WAIVED)
                .get("/xapi/statements")
                .then()
                .statusCode(200)
                .extract()
                .path("statements");
        assertEquals(1, waived.size(), waived::toString);
        Map<String, Object> statement = waived.get(0);
        assertEquals(Cmi5LaunchFixture.CUSTODY, ((Map<String, Object>) statement.get("object")).get("id"));
        Map<String, Object> result = (Map<String, Object>) statement.get("result");
        assertEquals(true, result.get("success"));
        assertEquals(true, result.get("completion"));
        assertEquals(
                "Equivalent Outside Activity",
                ((Map<String, Object>) result.get("extensions")).get(Cmi5Vocabulary.REASON));
        Map<String, Object> context = (Map<String, Object>) statement.get("context");
        assertEquals(registration, context.get("registration"));
        Map<String, Object> activities = (Map<String, Object>) context.get("contextActivities");
        Set<Object> categories = Set.copyOf(((List<Map<String, Object>>) activities.get("category"))
                .stream().map(c -> c.get("id")).toList());
        assertEquals(Set.of(Cmi5Vocabulary.CATEGORY_CMI5, Cmi5Vocabulary.CATEGORY_MOVE_ON), categories);
        assertEquals(
                List.of(fixture.rows("SELECT iri FROM cmi5_course WHERE code = ?", code)
                        .get(0)),
                ((List<Map<String, Object>>) activities.get("grouping"))
                        .stream().map(g -> g.get("id")).toList());
        // 9.3.7: a session id of its own, no launch's.
        String session = (String) ((Map<String, Object>) context.get("extensions")).get(Cmi5Vocabulary.SESSION_ID);
        assertTrue(session.matches("[0-9a-f-]{36}"), session);
        assertNotEquals(seizing.sessionId(), session);
        assertEquals(
                0,
                fixture.rows("SELECT 1 FROM cmi5_session WHERE session_id = ?", session)
                        .size());
        // The AU is satisfied by the waiver, in the waiver's session; the course is not yet.
        assertEquals(List.of(session), satisfiedSessions(registration, Cmi5LaunchFixture.CUSTODY));
        assertEquals(
                List.of(List.of("Equivalent Outside Activity", Tokens.MANAGER)),
                fixture
                        .rows(
                                "SELECT s.waived_reason, s.waived_by FROM cmi5_au_state s JOIN cmi5_au a ON a.id = s.au_id"
                                        + " JOIN cmi5_registration r ON r.id = s.registration_id"
                                        + " WHERE r.registration = ? AND a.iri = ?",
                                registration,
                                Cmi5LaunchFixture.CUSTODY)
                        .stream()
                        .map(r -> List.of((Object[]) r))
                        .toList());
    }

    @Test
    void shouldSatisfyTheCourseAndCompleteTheModuleWhenEveryAuIsWaived() {
        Person learner = fixture.learner();
        String code = fixture.course();
        // No launch at all: the first waiver begins the learner's registration.
        waive(Tokens.MANAGER, code, learner.id, Cmi5LaunchFixture.SEIZING, Cmi5Waivers.TESTED_OUT)
                .statusCode(201)
                .body("courseSatisfied", equalTo(false));
        String last = waive(Tokens.ADMIN, code, learner.id, Cmi5LaunchFixture.CUSTODY, Cmi5Waivers.ADMINISTRATIVE)
                .statusCode(201)
                .body("courseSatisfied", equalTo(true))
                .extract()
                .path("sessionId");
        String registration = (String) fixture.rows(
                        "SELECT r.registration FROM cmi5_registration r JOIN cmi5_course c ON c.id = r.course_id"
                                + " WHERE r.person_id = ? AND c.code = ?",
                        learner.id,
                        code)
                .get(0);
        // The AU, the block and the course satisfied by the last waiver, in its session (9.3.9).
        List<?> sessions = fixture.rows(
                "SELECT JSON_VALUE(statement, '$.context.extensions.\"" + Cmi5Vocabulary.SESSION_ID + "\"')"
                        + " FROM xapi_statement WHERE registration = ? AND verb = ? AND activity <> ?",
                registration,
                Cmi5Vocabulary.SATISFIED,
                Cmi5LaunchFixture.SEIZING);
        assertEquals(List.of(last, last, last), sessions);
        assertEquals(
                4,
                fixture.rows(
                                "SELECT 1 FROM xapi_statement WHERE registration = ? AND verb = ?",
                                registration,
                                Cmi5Vocabulary.SATISFIED)
                        .size());
        // Counted as the module's completion, as launches are: the gate's record, the course, its certificate.
        assertEquals(Set.of(code), completions.completed(learner.id, List.of(code)));
        assertEquals(
                1,
                fixture.rows(
                                "SELECT 1 FROM course_completion cc JOIN course k ON k.id = cc.course_id"
                                        + " WHERE cc.person_id = ? AND k.code = ?",
                                learner.id,
                                code)
                        .size());
        assertEquals(
                1,
                fixture.rows("SELECT 1 FROM certificate WHERE person_id = ? AND course_code = ?", learner.id, code)
                        .size());
    }

    @Test
    void shouldRefuseASecondWaiverOfTheSameAuAndWriteNothing() {
        Person learner = fixture.learner();
        String code = fixture.course();
        waive(Tokens.MANAGER, code, learner.id, Cmi5LaunchFixture.SEIZING, Cmi5Waivers.EQUIVALENT_AU)
                .statusCode(201);
        long statements = statements(learner);
        waive(Tokens.MANAGER, code, learner.id, Cmi5LaunchFixture.SEIZING, Cmi5Waivers.TESTED_OUT)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already waived"));
        assertEquals(statements, statements(learner));
        assertEquals(
                List.of("Equivalent AU"),
                fixture.rows(
                        "SELECT s.waived_reason FROM cmi5_au_state s JOIN cmi5_registration r"
                                + " ON r.id = s.registration_id WHERE r.person_id = ? AND s.waived_at IS NOT NULL",
                        learner.id));
    }

    @Test
    void shouldRefuseToWaiveAnAuTheLearnerHasAlreadySatisfied() {
        Person learner = fixture.learner();
        String code = fixture.course();
        Cmi5LaunchFixture.Au au = fixture.start(learner, code, 0);
        au.send(Cmi5Vocabulary.INITIALIZED, null);
        au.send(Cmi5Vocabulary.COMPLETED, Map.of("completion", true));
        long statements = statements(learner);
        waive(Tokens.MANAGER, code, learner.id, Cmi5LaunchFixture.SEIZING, Cmi5Waivers.TESTED_OUT)
                .statusCode(409)
                .body("detail", containsString("already satisfied"));
        assertEquals(statements, statements(learner));
    }

    @Test
    void shouldRefuseAnUnknownReasonNamingTheField() {
        Person learner = fixture.learner();
        String code = fixture.course();
        waive(Tokens.MANAGER, code, learner.id, Cmi5LaunchFixture.SEIZING, "Felt like it")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("person", learner.id, "au", Cmi5LaunchFixture.SEIZING))
                .post("/api/content/cmi5/" + code + "/waivers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        assertEquals(0, statements(learner));
    }

    @Test
    void shouldAnswer404ForAnUnknownCoursePersonOrAu() {
        Person learner = fixture.learner();
        String code = fixture.course();
        waive(Tokens.MANAGER, "cmi5-nothing", learner.id, Cmi5LaunchFixture.SEIZING, Cmi5Waivers.TESTED_OUT)
                .statusCode(404)
                .contentType("application/problem+json");
        waive(Tokens.MANAGER, code, 999_999_999L, Cmi5LaunchFixture.SEIZING, Cmi5Waivers.TESTED_OUT)
                .statusCode(404)
                .contentType("application/problem+json");
        waive(Tokens.MANAGER, code, learner.id, "https://elsewhere.example/au", Cmi5Waivers.TESTED_OUT)
                .statusCode(404)
                .contentType("application/problem+json");
        // The registration begun for the unknown AU went with its refusal.
        assertEquals(
                0,
                fixture.rows("SELECT 1 FROM cmi5_registration WHERE person_id = ?", learner.id)
                        .size());
    }

    @Test
    void shouldForbidATraineeAndRefuseAnonymousWaivers() {
        Person learner = fixture.learner();
        String code = fixture.course();
        waive(Tokens.TRAINEE, code, learner.id, Cmi5LaunchFixture.SEIZING, Cmi5Waivers.TESTED_OUT)
                .statusCode(403)
                .contentType("application/problem+json");
        waive(Tokens.AUTHOR, code, learner.id, Cmi5LaunchFixture.SEIZING, Cmi5Waivers.TESTED_OUT)
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(body(learner.id, Cmi5LaunchFixture.SEIZING, Cmi5Waivers.TESTED_OUT))
                .post("/api/content/cmi5/" + code + "/waivers")
                .then()
                .statusCode(401);
        assertEquals(0, statements(learner));
    }

    @Test
    @TestSecurity(user = "cmi5-waived-learner", roles = Roles.TRAINEE)
    void shouldShowTheWaivedAuWithItsReasonOnTheLearnersPage() {
        String code = fixture.course();
        given().get("/learning/cmi5/" + code).then().statusCode(200);
        long me = ((Number) fixture.rows("SELECT id FROM person WHERE username = ?", "cmi5-waived-learner")
                        .get(0))
                .longValue();
        waivers.waive(code, me, Cmi5LaunchFixture.CUSTODY, Cmi5Waivers.EQUIVALENT_OUTSIDE_ACTIVITY, Tokens.MANAGER);
        given().get("/learning/cmi5/" + code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"cmi5-au-status-1\">Waived (equivalent outside activity)"))
                .body(containsString("data-testid=\"cmi5-au-status-0\">Not attempted"));
        given().header("Accept-Language", "ro")
                .cookie("topcop-lang", "ro")
                .get("/learning/cmi5/" + code)
                .then()
                .statusCode(200)
                .body(containsString("Echivalat (activitate externă echivalentă)"));
    }

    private static ValidatableResponse waive(String user, String code, long person, String au, String reason) {
        return given().auth()
                .oauth2(accessToken(user))
                .contentType(ContentType.JSON)
                .body(body(person, au, reason))
                .post("/api/content/cmi5/" + code + "/waivers")
                .then();
    }

    private static Map<String, Object> body(long person, String au, String reason) {
        return Map.of("person", person, "au", au, "reason", reason);
    }

    /** The xAPI statements about the learner. */
    private long statements(Person learner) {
        return fixture.rows("SELECT 1 FROM xapi_statement WHERE person_id = ?", learner.id)
                .size();
    }

    private List<?> satisfiedSessions(String registration, String activity) {
        return fixture.rows(
                "SELECT JSON_VALUE(statement, '$.context.extensions.\"" + Cmi5Vocabulary.SESSION_ID + "\"')"
                        + " FROM xapi_statement WHERE registration = ? AND verb = ? AND activity = ?",
                registration,
                Cmi5Vocabulary.SATISFIED,
                activity);
    }
}
