package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.learning.LearningService;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule for statements from outside (README, "xAPI LRS"; learning.LaunchedProgress): a statement naming one of
 * our module's lessons counts toward its progress only when sent with the learner's launch credential in that
 * attempt's registration, in order, and never passes the quiz; from a bare LRS client it is stored but never counts.
 */
@QuarkusTest
class OutsideProgressTest {

    @Inject
    LaunchFixture launches;

    @Inject
    LearningService learning;

    @Test
    void lessonExperiencedWithTheLearnersLaunchCredentialCountsAsRead() {
        LaunchFixture.Launched launched = launches.launch();
        launched.xapi("1.0.3")
                .body(launched.statement("experienced", launches.lessonActivity(1)))
                .post("/xapi/statements")
                .then()
                .statusCode(200);
        assertEquals(1, mine(launched).read());
    }

    @Test
    void everyLessonCompletedWithTheLaunchCredentialCompletesTheLessons() {
        LaunchFixture.Launched launched = launches.launch();
        int lessons = mine(launched).lessons();
        List<Map<String, Object>> batch = new java.util.ArrayList<>();
        for (int n = 1; n <= lessons; n++) {
            batch.add(launched.statement("completed", launches.lessonActivity(n)));
        }
        launched.xapi("2.0.0").body(batch).post("/xapi/statements").then().statusCode(200);
        assertEquals(lessons, mine(launched).read());
        assertTrue(mine(launched).lessonsCompleted());
    }

    @Test
    void sameStatementFromAnLrsClientIsStoredButDoesNotCount() {
        LaunchFixture.Launched launched = launches.launch();
        LrsFixture.client("statements/write")
                .xapi("1.0.3")
                .body(launched.statement("experienced", launches.lessonActivity(1)))
                .post("/xapi/statements")
                .then()
                .statusCode(200);
        assertEquals(0, mine(launched).read());
    }

    @Test
    void launchedLessonOutOfOrderDoesNotCount() {
        LaunchFixture.Launched launched = launches.launch();
        launched.xapi("1.0.3")
                .body(launched.statement("experienced", launches.lessonActivity(2)))
                .post("/xapi/statements")
                .then()
                .statusCode(200);
        assertEquals(0, mine(launched).read());
    }

    @Test
    void launchedStatementNeverPassesTheQuizNorCompletesTheModule() {
        LaunchFixture.Launched launched = launches.launch();
        Map<String, Object> passed = launched.statement("passed", launches.moduleActivity());
        passed.put("result", Map.of("success", true, "score", Map.of("scaled", 1.0)));
        launched.xapi("1.0.3")
                .body(List.of(passed, launched.statement("completed", launches.moduleActivity())))
                .post("/xapi/statements")
                .then()
                .statusCode(200);
        assertFalse(mine(launched).quizPassed());
        assertFalse(mine(launched).completed());
    }

    private LearningService.Learning mine(LaunchFixture.Launched launched) {
        return QuarkusTransaction.requiringNew()
                .call(() -> learning.mine(launched.learner(), Language.ENGLISH).get(0));
    }
}
