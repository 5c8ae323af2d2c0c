package eu.topcop.learn.cmi5;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.cmi5.Cmi5Attempts.AuState;
import eu.topcop.learn.enrolment.CompletionRecords;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cmi5 rules for an AU's statements (9.x), moveOn for each value (13.1.4), abandonment (9.3.7), and the course's
 * satisfaction counted as a module's completion: the gate's record, the online course, its certificate.
 */
@QuarkusTest
class Cmi5RulesTest {

    private static final java.time.Instant AT = java.time.Instant.parse("2026-01-01T00:00:00Z");

    @Inject
    Cmi5LaunchFixture fixture;

    @Inject
    Cmi5Sessions sessions;

    @Inject
    CompletionRecords completions;

    @Test
    void shouldRequireInitializedFirstAndOnlyOnce() {
        Cmi5LaunchFixture.Au au = fixture.start(fixture.learner(), fixture.course(), 0);
        assertEquals(400, au.send(Cmi5Vocabulary.COMPLETED, Map.of("completion", true)));
        assertEquals(200, au.send(Cmi5Vocabulary.INITIALIZED, null));
        assertEquals(400, au.send(Cmi5Vocabulary.INITIALIZED, null));
    }

    @Test
    void shouldRefuseASessionTheLmsDidNotLaunchAndAnotherActivity() {
        Cmi5LaunchFixture.Au au = fixture.start(fixture.learner(), fixture.course(), 0);
        Cmi5LaunchFixture.Au stranger = new Cmi5LaunchFixture.Au(
                au.launched(), au.authorization(), java.util.UUID.randomUUID().toString(), au.actor());
        assertEquals(400, stranger.send(Cmi5Vocabulary.INITIALIZED, null));
        Map<String, Object> elsewhere = au.statement(Cmi5Vocabulary.INITIALIZED, null);
        elsewhere.put("object", Map.of("objectType", "Activity", "id", "https://elsewhere.example/au"));
        assertEquals(
                400,
                au.xapi()
                        .body(elsewhere)
                        .post("/xapi/statements")
                        .then()
                        .extract()
                        .statusCode());
    }

    @Test
    void shouldRefuseTheLmsVerbsFromAnAu() {
        Cmi5LaunchFixture.Au au = fixture.start(fixture.learner(), fixture.course(), 0);
        assertEquals(200, au.send(Cmi5Vocabulary.INITIALIZED, null));
        for (String verb : List.of(Cmi5Vocabulary.SATISFIED, Cmi5Vocabulary.WAIVED, Cmi5Vocabulary.ABANDONED)) {
            assertEquals(400, au.send(verb, null), verb);
        }
    }

    @Test
    void shouldAcceptCompletedAndPassedOncePerRegistrationAndNothingAfterTerminated() {
        Person learner = fixture.learner();
        String code = fixture.course();
        Cmi5LaunchFixture.Au au = fixture.start(learner, code, 1);
        assertEquals(200, au.send(Cmi5Vocabulary.INITIALIZED, null));
        assertEquals(400, au.send(Cmi5Vocabulary.COMPLETED, Map.of("completion", false)));
        assertEquals(200, au.send(Cmi5Vocabulary.COMPLETED, Map.of("completion", true)));
        assertEquals(400, au.send(Cmi5Vocabulary.COMPLETED, Map.of("completion", true)));
        // masteryScore 0.8: passed below it, failed at or above it, are refused.
        assertEquals(400, au.send(Cmi5Vocabulary.PASSED, Map.of("success", true, "score", Map.of("scaled", 0.5))));
        assertEquals(400, au.send(Cmi5Vocabulary.FAILED, Map.of("success", false, "score", Map.of("scaled", 0.9))));
        assertEquals(200, au.send(Cmi5Vocabulary.FAILED, Map.of("success", false, "score", Map.of("scaled", 0.5))));
        assertEquals(200, au.send(Cmi5Vocabulary.PASSED, Map.of("success", true, "score", Map.of("scaled", 0.9))));
        assertEquals(400, au.send(Cmi5Vocabulary.PASSED, Map.of("success", true, "score", Map.of("scaled", 0.9))));
        assertEquals(400, au.send(Cmi5Vocabulary.FAILED, Map.of("success", false, "score", Map.of("scaled", 0.1))));
        assertEquals(200, au.send(Cmi5Vocabulary.TERMINATED, null));
        assertEquals(400, au.send("http://adlnet.gov/expapi/verbs/experienced", null));
    }

    @Test
    void shouldRecordNoJudgementInReviewMode() {
        Person learner = fixture.learner();
        String code = fixture.course();
        Cmi5LaunchFixture.Au first = fixture.start(learner, code, 0);
        first.send(Cmi5Vocabulary.INITIALIZED, null);
        assertEquals(200, first.send(Cmi5Vocabulary.COMPLETED, Map.of("completion", true)));
        first.send(Cmi5Vocabulary.TERMINATED, null);
        // Satisfied: the next launch is for review, which judges nothing (cmi5 10.2.2).
        Cmi5LaunchFixture.Au again = fixture.start(learner, code, 0);
        assertEquals("Review", fixture.launchData(again).get("launchMode"));
        assertEquals(200, again.send(Cmi5Vocabulary.INITIALIZED, null));
        assertEquals(400, again.send(Cmi5Vocabulary.COMPLETED, Map.of("completion", true)));
    }

    @Test
    void shouldMeetEachMoveOnByItsOwnFacts() {
        AuState none = AuState.NONE;
        AuState completed = new AuState(AT, null, null, null, null);
        AuState passed = new AuState(null, AT, null, null, null);
        AuState both = new AuState(AT, AT, null, null, null);
        AuState failed = new AuState(null, null, AT, null, null);
        assertTrue(Cmi5Satisfaction.met("Completed", completed));
        assertFalse(Cmi5Satisfaction.met("Completed", passed));
        assertTrue(Cmi5Satisfaction.met("Passed", passed));
        assertFalse(Cmi5Satisfaction.met("Passed", failed));
        assertFalse(Cmi5Satisfaction.met("CompletedAndPassed", completed));
        assertFalse(Cmi5Satisfaction.met("CompletedAndPassed", passed));
        assertTrue(Cmi5Satisfaction.met("CompletedAndPassed", both));
        assertTrue(Cmi5Satisfaction.met("CompletedOrPassed", completed));
        assertTrue(Cmi5Satisfaction.met("CompletedOrPassed", passed));
        assertFalse(Cmi5Satisfaction.met("CompletedOrPassed", failed));
        assertTrue(Cmi5Satisfaction.met("NotApplicable", none));
        // A waiver meets any moveOn (9.3.9), even after a failure.
        assertTrue(Cmi5Satisfaction.met("CompletedAndPassed", new AuState(null, null, AT, null, AT)));
    }

    @Test
    void shouldSatisfyANotApplicableAuAtItsFirstLaunch() {
        String code = fixture.course(Map.of("moveOn=\"Completed\"", "moveOn=\"NotApplicable\""));
        Cmi5LaunchFixture.Launched launched = fixture.launch(fixture.learner(), code, 0);
        assertEquals(1, satisfied(launched.registration(), Cmi5LaunchFixture.SEIZING));
    }

    @Test
    void shouldSatisfyAPassedOrCompletedOrPassedAuByPassedAlone() {
        for (String moveOn : List.of("Passed", "CompletedOrPassed")) {
            String code = fixture.course(Map.of("moveOn=\"CompletedAndPassed\"", "moveOn=\"" + moveOn + "\""));
            Cmi5LaunchFixture.Au au = fixture.start(fixture.learner(), code, 1);
            au.send(Cmi5Vocabulary.INITIALIZED, null);
            assertEquals(200, au.send(Cmi5Vocabulary.PASSED, Map.of("success", true, "score", Map.of("scaled", 1))));
            assertEquals(1, satisfied(au.launched().registration(), Cmi5LaunchFixture.CUSTODY), moveOn);
        }
    }

    @Test
    void shouldAbandonAnOpenSessionAtTheNextLaunchAndAfterTheTimeout() {
        Person learner = fixture.learner();
        String code = fixture.course();
        Cmi5LaunchFixture.Au first = fixture.start(learner, code, 0);
        first.send(Cmi5Vocabulary.INITIALIZED, null);
        Cmi5LaunchFixture.Au second = fixture.start(learner, code, 0);
        assertEquals(List.of("abandoned"), endedBy(first.sessionId()));
        assertEquals(400, first.send(Cmi5Vocabulary.COMPLETED, Map.of("completion", true)));
        assertEquals(1, verbs(first.launched().registration(), Cmi5Vocabulary.ABANDONED));
        // Silent past lms.cmi5.session-timeout: the job abandons it.
        fixture.run(
                "UPDATE cmi5_session SET last_at = last_at - INTERVAL 1 DAY, launched_at = launched_at - INTERVAL 1 DAY"
                        + " WHERE session_id = ?",
                second.sessionId());
        assertTrue(sessions.abandonIdle() >= 1);
        assertEquals(List.of("abandoned"), endedBy(second.sessionId()));
        assertEquals(2, verbs(first.launched().registration(), Cmi5Vocabulary.ABANDONED));
    }

    @Test
    void shouldCompleteTheOnlineCourseAndGiveItsCertificateWhenTheCourseIsSatisfied() {
        Person learner = fixture.learner();
        String code = fixture.course();
        Cmi5LaunchFixture.Au seizing = fixture.start(learner, code, 0);
        seizing.send(Cmi5Vocabulary.INITIALIZED, null);
        seizing.send(Cmi5Vocabulary.COMPLETED, Map.of("completion", true));
        seizing.send(Cmi5Vocabulary.TERMINATED, null);
        String registration = seizing.launched().registration();
        assertEquals(1, satisfied(registration, Cmi5LaunchFixture.SEIZING));
        assertEquals(0, certificates(learner, code));
        Cmi5LaunchFixture.Au custody = fixture.start(learner, code, 1);
        custody.send(Cmi5Vocabulary.INITIALIZED, null);
        custody.send(Cmi5Vocabulary.COMPLETED, Map.of("completion", true));
        assertEquals(0, certificates(learner, code));
        custody.send(Cmi5Vocabulary.PASSED, Map.of("success", true, "score", Map.of("scaled", 0.8)));
        custody.send(Cmi5Vocabulary.TERMINATED, null);
        // The AU, the block and the course, each satisfied once.
        assertEquals(4, verbs(registration, Cmi5Vocabulary.SATISFIED));
        assertEquals(1, satisfied(registration, "https://w3id.org/xapi/cmi5/activitytype/course", true));
        // Counted as the module's completion: the gate's record, the course's completion, its certificate.
        assertEquals(java.util.Set.of(code), completions.completed(learner.id, List.of(code)));
        assertEquals(
                1,
                fixture.rows(
                                "SELECT 1 FROM course_completion cc JOIN course k ON k.id = cc.course_id"
                                        + " WHERE cc.person_id = ? AND k.code = ?",
                                learner.id,
                                code)
                        .size());
        assertEquals(1, certificates(learner, code));
    }

    private int satisfied(String registration, String activity) {
        return satisfied(registration, activity, false);
    }

    /** Satisfied statements of the registration about the activity (or, by type, the course). */
    private int satisfied(String registration, String activityOrType, boolean byType) {
        return fixture.rows(
                        "SELECT 1 FROM xapi_statement WHERE registration = ? AND verb = ? AND "
                                + (byType ? "JSON_VALUE(statement, '$.object.definition.type') = ?" : "activity = ?"),
                        registration,
                        Cmi5Vocabulary.SATISFIED,
                        activityOrType)
                .size();
    }

    private int verbs(String registration, String verb) {
        return fixture.rows("SELECT 1 FROM xapi_statement WHERE registration = ? AND verb = ?", registration, verb)
                .size();
    }

    private List<?> endedBy(String sessionId) {
        return fixture.rows("SELECT ended_by FROM cmi5_session WHERE session_id = ?", sessionId);
    }

    private int certificates(Person learner, String code) {
        return fixture.rows("SELECT 1 FROM certificate WHERE person_id = ? AND course_code = ?", learner.id, code)
                .size();
    }
}
