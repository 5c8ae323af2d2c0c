package eu.topcop.learn.learning;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a quiz submission may store: the answers to its paper's questions, and no more. */
@QuarkusTest
class QuizAnswersTest {

    private static final String MODULE = "drugs-ilp";

    @Inject
    QuizService quizzes;

    @Inject
    LearningService learning;

    @Inject
    EnrolmentFixture people;

    @Inject
    EntityManager em;

    @Test
    void shouldKeepOnlyTheAnswersToThePapersQuestions() {
        Person learner = people.person("MD");
        learning.startOrResume(MODULE, learner);
        int number = quizzes.start(MODULE, learner);
        QuizService.AttemptView paper = quizzes.attempt(MODULE, number, learner, Language.ENGLISH);
        Map<String, List<String>> sent = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            sent.put("not-a-question-" + i, List.of("x".repeat(500)));
        }
        String first = paper.questions().get(0).key();
        sent.put(first, Collections.nCopies(10_000, "1"));

        quizzes.submit(MODULE, number, learner, sent, Language.ENGLISH);

        String stored = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT CAST(a.answers AS CHAR) FROM quiz_attempt a"
                                + " JOIN module_progress p ON p.id = a.progress_id"
                                + " WHERE p.person_id = :p AND a.number = :n")
                        .setParameter("p", learner.id)
                        .setParameter("n", number)
                        .getSingleResult());
        assertTrue(!stored.contains("not-a-question"), "only the paper's questions are kept");
        assertTrue(stored.length() < 1_000, "at most 50 values per question: " + stored.length() + " characters");
    }

    @Test
    void shouldRefuseASubmissionLargerThanAQuizOverTheApi() {
        StringBuilder body = new StringBuilder("{\"answers\":{");
        for (int i = 0; i < 300; i++) {
            body.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":[\"1\"]");
        }
        body.append("}}");
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(body.toString())
                .when()
                .post("/api/learning/modules/" + MODULE + "/quiz/attempts/1/submission")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("answers"));
    }
}
