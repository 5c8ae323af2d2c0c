package eu.topcop.learn.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.CompletionRecords;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests of one learner that arrive at the same moment, against the real database: a double (or tenfold)
 * click has one effect, and two facts recorded at once (the last lesson read, a passing submission) are both
 * kept, so the module completes.
 */
@QuarkusTest
class LearningConcurrencyTest {

    private static final String MODULE = "drugs-ilp";

    @Inject
    LearningService learning;

    @Inject
    QuizService quizzes;

    @Inject
    CompletionRecords completions;

    @Inject
    EnrolmentFixture people;

    @Inject
    EntityManager em;

    @Test
    void shouldStartAModuleOnceForTenParallelStarts() throws Exception {
        Person learner = people.person("AZ");
        assertEquals(List.of(1), distinct(atOnce(10, () -> learning.startOrResume(MODULE, learner))));
        long progresses = QuarkusTransaction.requiringNew().call(() -> ModuleProgress.count("person.id", learner.id));
        assertEquals(1, progresses);
        long launched = QuarkusTransaction.requiringNew()
                .call(() -> ((Number)
                                em.createNativeQuery("SELECT COUNT(*) FROM xapi_statement WHERE person_id = :person"
                                                + " AND verb LIKE '%/launched'")
                                        .setParameter("person", learner.id)
                                        .getSingleResult())
                        .longValue());
        assertEquals(1, launched, "launched once, resumed nine times");
    }

    @Test
    void shouldStartOneAttemptForTenParallelStarts() throws Exception {
        for (int round = 0; round < 5; round++) {
            Person learner = people.person("GE");
            learning.startOrResume(MODULE, learner);
            assertEquals(List.of(0), distinct(atOnce(10, () -> quizzes.startPreTest(MODULE, learner))));
            assertEquals(1, attempts(learner), "one pre-test");
            assertEquals(List.of(1), distinct(atOnce(10, () -> quizzes.start(MODULE, learner))));
            assertEquals(2, attempts(learner), "the pre-test and one quiz attempt");
        }
    }

    @Test
    void shouldCompleteTheModuleWhenTheLastLessonAndAPassingSubmissionArriveTogether() throws Exception {
        for (int round = 0; round < 8; round++) {
            Person learner = people.person("MD");
            learning.startOrResume(MODULE, learner);
            for (int n = 1; n <= 4; n++) {
                Reading.read(learning, MODULE, n, learner);
            }
            learning.lesson(MODULE, 5, learner, Language.ENGLISH);
            int number = quizzes.start(MODULE, learner);
            Map<String, List<String>> right =
                    RightAnswers.of(em, MODULE, quizzes.attempt(MODULE, number, learner, Language.ENGLISH));

            atOnce(List.<Callable<Object>>of(
                    () -> learning.read(MODULE, 5, learner),
                    () -> quizzes.submit(MODULE, number, learner, right, Language.ENGLISH)
                            .passed()));

            ModuleProgress progress = QuarkusTransaction.requiringNew()
                    .call(() -> ModuleProgress.<ModuleProgress>find(
                                    "person.id = ?1 and moduleCode = ?2", learner.id, MODULE)
                            .firstResult());
            assertNotNull(progress.lessonsCompletedAt, "round " + round + ": the lessons are read");
            assertNotNull(progress.quizPassedAt, "round " + round + ": the quiz is passed");
            assertNotNull(progress.completedAt, "round " + round + ": so the module is complete");
            assertEquals(Set.of(MODULE), completions.completed(learner.id, List.of(MODULE)), "and the gate knows");
        }
    }

    @Test
    void shouldRecordALessonOnceWhenItIsMarkedReadTenTimesAtOnce() throws Exception {
        Person learner = people.person("UA");
        learning.startOrResume(MODULE, learner);
        learning.lesson(MODULE, 1, learner, Language.ENGLISH);
        assertEquals(List.of(2), distinct(atOnce(10, () -> learning.read(MODULE, 1, learner))));
        long reads = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select count(r) from LessonRead r where r.progressId in"
                                        + " (select p.id from ModuleProgress p where p.person.id = :person)",
                                Long.class)
                        .setParameter("person", learner.id)
                        .getSingleResult());
        assertEquals(1, reads);
        long experienced = QuarkusTransaction.requiringNew()
                .call(() -> ((Number)
                                em.createNativeQuery("SELECT COUNT(*) FROM xapi_statement WHERE person_id = :person"
                                                + " AND verb LIKE '%/experienced'")
                                        .setParameter("person", learner.id)
                                        .getSingleResult())
                        .longValue());
        assertEquals(1, experienced, "one statement for one lesson read");
    }

    private long attempts(Person learner) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select count(a) from QuizAttempt a where a.progress.person.id = :person", Long.class)
                        .setParameter("person", learner.id)
                        .getSingleResult());
    }

    private static <T> List<T> distinct(List<T> values) {
        return values.stream().distinct().toList();
    }

    private static <T> List<T> atOnce(int times, Callable<T> work) throws Exception {
        List<Callable<T>> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.add(work);
        }
        return atOnce(all);
    }

    /** Runs the calls on their own threads, released together; every call must succeed. */
    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
