package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import eu.topcop.learn.enrolment.CompletionRecords;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quiz attempts on a shipped module: the paper, the limits, double submission, passing and completion. */
@QuarkusTest
class QuizTest {

    private static final String MODULE = "drugs-ilp";

    @Inject
    QuizService quizzes;

    @Inject
    LearningService learning;

    @Inject
    StatementStore statements;

    @Inject
    CompletionRecords completions;

    @Inject
    EnrolmentFixture people;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldPassCompleteTheModuleAndRecordItForTheGate() {
        Person learner = people.person("GE");
        learning.startOrResume(MODULE, learner);
        int number = quizzes.start(MODULE, learner);
        assertEquals(number, quizzes.start(MODULE, learner), "a second start returns the open attempt");
        QuizService.AttemptView paper = quizzes.attempt(MODULE, number, learner, Language.ENGLISH);
        assertEquals(10, paper.questions().size());
        assertEquals(
                10,
                paper.questions().stream()
                        .map(QuizService.PaperQuestion::key)
                        .distinct()
                        .count());
        assertEquals(paper, quizzes.attempt(MODULE, number, learner, Language.ENGLISH), "the paper is fixed");

        QuizService.Result result =
                quizzes.submit(MODULE, number, learner, RightAnswers.of(em, MODULE, paper), Language.ENGLISH);
        assertEquals(0, new BigDecimal("100.00").compareTo(result.score()));
        assertTrue(result.passed());
        assertFalse(result.moduleCompleted(), "the lessons are not read yet");
        QuizService.Result again = quizzes.submit(MODULE, number, learner, Map.of(), Language.ENGLISH);
        assertEquals(result.score(), again.score(), "a double submission has one effect");
        assertThrows(DomainException.Conflict.class, () -> quizzes.start(MODULE, learner));

        IntStream.rangeClosed(1, 5).forEach(n -> Reading.read(learning, MODULE, n, learner));
        assertEquals(java.util.Set.of(MODULE), completions.completed(learner.id, List.of(MODULE)));
        List<String> verbs = statements.of(learner.id, null, 50).stream()
                .map(s -> s.at("/verb/display/en-US").asText())
                .toList();
        assertEquals("completed", verbs.get(0));
        assertTrue(verbs.containsAll(List.of("launched", "experienced", "attempted", "answered", "passed")));
        JsonNode passed = statements.of(learner.id, null, 50).stream()
                .filter(s -> s.at("/verb/display/en-US").asText().equals("passed"))
                .findFirst()
                .orElseThrow();
        assertEquals(1.0, passed.at("/result/score/scaled").asDouble());
        assertTrue(passed.at("/result/success").asBoolean());
    }

    @Test
    void shouldRefuseAFourthAttemptAndScoreEmptyAnswersZero() {
        Person learner = people.person("AM");
        learning.startOrResume(MODULE, learner);
        for (int i = 1; i <= 3; i++) {
            int number = quizzes.start(MODULE, learner);
            QuizService.Result failed = quizzes.submit(MODULE, number, learner, Map.of(), Language.ENGLISH);
            assertFalse(failed.passed());
            assertEquals(0, BigDecimal.ZERO.compareTo(failed.score()));
            assertTrue(failed.outcomes().stream().noneMatch(QuizService.Outcome::right));
        }
        assertThrows(DomainException.Conflict.class, () -> quizzes.start(MODULE, learner));
    }

    @Test
    void shouldReadTheQuizAndItsQuestionsOnceASubmission() {
        Person learner = people.person("MD");
        learning.startOrResume(MODULE, learner);
        int number = quizzes.start(MODULE, learner);
        QuizService.AttemptView paper = quizzes.attempt(MODULE, number, learner, Language.ENGLISH);
        Map<String, List<String>> answers = RightAnswers.of(em, MODULE, paper);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        quizzes.submit(MODULE, number, learner, answers, Language.ENGLISH);
        // Graded and then answered with its feedback: one read of each for both (issue 17, P3's round trips).
        assertEquals(1, executions(statistics, "from Quiz q where"), "reads of the quiz");
        assertEquals(1, executions(statistics, "from QuizQuestion q where q.quiz"), "reads of its questions");
    }

    private static long executions(Statistics statistics, String query) {
        return java.util.Arrays.stream(statistics.getQueries())
                .filter(q -> q.contains(query))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount())
                .sum();
    }

    @Test
    void shouldRefuseALateSubmissionAsAFailedAttempt() {
        Person learner = people.person("AZ");
        learning.startOrResume(MODULE, learner);
        int number = quizzes.start(MODULE, learner);
        QuizService.AttemptView paper = quizzes.attempt(MODULE, number, learner, Language.ENGLISH);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery(
                                "update QuizAttempt a set a.deadlineAt = :past where a.progress.person.id = :p")
                        .setParameter("past", Instant.now().minusSeconds(120))
                        .setParameter("p", learner.id)
                        .executeUpdate());
        QuizService.Result late =
                quizzes.submit(MODULE, number, learner, RightAnswers.of(em, MODULE, paper), Language.ENGLISH);
        assertTrue(late.late());
        assertFalse(late.passed());
    }
}
