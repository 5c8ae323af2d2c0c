package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pre-test before the lessons and the first quiz attempt after them measure what a module taught: the
 * pre-test is neither passed nor failed, gives no answers away and costs no quiz attempt.
 */
@QuarkusTest
class KnowledgeGainTest {

    private static final String MODULE = "firearms-ilp";

    @Inject
    QuizService quizzes;

    @Inject
    LearningService learning;

    @Inject
    KnowledgeGain gains;

    @Inject
    StatementStore statements;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    People people;

    @Inject
    EntityManager em;

    @Test
    void shouldMeasureTheGainFromThePreTestToTheFirstQuizAttempt() {
        Person learner = fixture.person("MD");
        learning.startOrResume(MODULE, learner);
        assertTrue(quizzes.preTestOffered(MODULE, learner));
        assertEquals(0, quizzes.startPreTest(MODULE, learner));
        assertEquals(0, quizzes.startPreTest(MODULE, learner), "a double click starts one pre-test");
        QuizService.AttemptView pre = quizzes.attempt(MODULE, 0, learner, Language.ENGLISH);
        assertTrue(pre.preTest());
        assertFalse(pre.questions().isEmpty());

        QuizService.Result before = quizzes.submit(MODULE, 0, learner, Map.of(), Language.ENGLISH);
        assertTrue(before.preTest());
        assertFalse(before.passed(), "a pre-test is not passed");
        assertTrue(before.outcomes().isEmpty(), "no feedback: it would give the answers away");
        assertFalse(quizzes.preTestOffered(MODULE, learner));

        int lessons =
                learning.lesson(MODULE, 1, learner, Language.ENGLISH).lesson().lessons();
        IntStream.rangeClosed(1, lessons).forEach(n -> Reading.read(learning, MODULE, n, learner));
        assertEquals(1, quizzes.start(MODULE, learner), "the pre-test is not a quiz attempt");
        QuizService.AttemptView paper = quizzes.attempt(MODULE, 1, learner, Language.ENGLISH);
        QuizService.Result after =
                quizzes.submit(MODULE, 1, learner, RightAnswers.of(em, MODULE, paper), Language.ENGLISH);
        assertTrue(after.passed());
        assertEquals(0, before.score().compareTo(after.preTestScore()));
        assertEquals(0, after.score().subtract(before.score()).compareTo(after.gain()));

        KnowledgeGain.Summary summary =
                QuarkusTransaction.requiringNew().call(() -> gains.ofModule(MODULE, List.of(learner.id)));
        assertEquals(1, summary.pairs());
        assertEquals(0, new BigDecimal("100.00").compareTo(summary.postTest()));
        assertEquals(0, after.gain().compareTo(summary.gain()));

        List<JsonNode> mine = QuarkusTransaction.requiringNew().call(() -> statements.of(learner.id, null, 100));
        JsonNode scored = mine.stream()
                .filter(s -> s.at("/verb/id").asText().endsWith("/scored"))
                .findFirst()
                .orElseThrow();
        assertTrue(scored.at("/object/id").asText().endsWith("/modules/" + MODULE + "/pre-test"));
        assertTrue(scored.at("/result/success").isMissingNode(), "a pre-test has no success");
    }

    @Test
    void shouldRefuseThePreTestOnceTheLessonsHaveBegun() {
        Person learner = fixture.person("AM");
        learning.startOrResume(MODULE, learner);
        Reading.read(learning, MODULE, 1, learner);
        assertFalse(quizzes.preTestOffered(MODULE, learner));
        assertThrows(DomainException.Conflict.class, () -> quizzes.startPreTest(MODULE, learner));

        Person other = fixture.person("AM");
        learning.startOrResume(MODULE, other);
        quizzes.startPreTest(MODULE, other);
        Reading.read(learning, MODULE, 1, other);
        assertThrows(
                DomainException.Conflict.class,
                () -> quizzes.submit(MODULE, 0, other, Map.of(), Language.ENGLISH),
                "a pre-test left open while reading the lessons no longer measures what was known before");
        KnowledgeGain.Summary none =
                QuarkusTransaction.requiringNew().call(() -> gains.ofModule(MODULE, List.of(other.id)));
        assertEquals(0, none.pairs());
        assertNull(none.gain());
    }

    @Test
    @TestSecurity(user = "pre-test-learner", roles = Roles.TRAINEE)
    void shouldOfferThePreTestOnThePagesBeforeTheFirstLesson() {
        people.current();
        given().cookie("topcop-csrf", "pre-test-token")
                .formParam("_csrf", "pre-test-token")
                .redirects()
                .follow(false)
                .when()
                .post("/learning/modules/" + MODULE + "/start")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/learning/modules/" + MODULE + "/pre-test"));
        given().when()
                .get("/learning/modules/" + MODULE + "/pre-test")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"take-pre-test\""))
                .body(containsString("data-testid=\"skip-pre-test\""));
        given().cookie("topcop-csrf", "pre-test-token")
                .formParam("_csrf", "pre-test-token")
                .redirects()
                .follow(false)
                .when()
                .post("/learning/modules/" + MODULE + "/pre-test")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/quiz/attempts/0"));
        given().cookie("topcop-csrf", "pre-test-token")
                .formParam("_csrf", "pre-test-token")
                .redirects()
                .follow(false)
                .when()
                .post("/learning/modules/" + MODULE + "/quiz/attempts/0")
                .then()
                .statusCode(303);
        given().when()
                .get("/learning/modules/" + MODULE + "/quiz/attempts/0/result")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"pre-test-score\""))
                .body(not(containsString("class=\"right\"")));
        // Taken: starting again goes to the first lesson.
        given().cookie("topcop-csrf", "pre-test-token")
                .formParam("_csrf", "pre-test-token")
                .redirects()
                .follow(false)
                .when()
                .post("/learning/modules/" + MODULE + "/start")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/lessons/1"));
    }
}
