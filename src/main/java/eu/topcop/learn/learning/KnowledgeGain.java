package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.persistence.InList;

/**
 * What learners gained from a module: the score of the pre-test (attempt 0, before the lessons) against that of
 * the post-test (attempt 1, the first quiz attempt after them), in percentage points. Only pairs where both
 * were submitted in time count: a late paper says nothing about knowledge. Later attempts are not the
 * post-test, because a learner who retakes the quiz has seen its feedback.
 */
@ApplicationScoped
public class KnowledgeGain {

    /** One learner's pair. */
    public record Pair(BigDecimal preTest, BigDecimal postTest) {

        public BigDecimal gain() {
            return postTest.subtract(preTest);
        }
    }

    /** A cohort's averages over the learners with both tests; null averages when there are none. */
    public record Summary(long pairs, BigDecimal preTest, BigDecimal postTest, BigDecimal gain) {}

    @Inject
    EntityManager em;

    /** Whether an attempt is a test that counts: submitted in time. */
    static boolean counts(QuizAttempt attempt) {
        return attempt != null && attempt.isSubmitted() && !attempt.late;
    }

    /** The pairs of these module progresses (one statement), by progress id; those without a pair are absent. */
    Map<Long, Pair> of(List<Long> progressIds) {
        Map<Long, Pair> pairs = new HashMap<>();
        if (progressIds.isEmpty()) {
            return pairs;
        }
        InList idsIn = InList.of("ids", progressIds);
        InList.bind(
                        em.createQuery(
                                "select pre.progress.id, pre.score, post.score from QuizAttempt pre, QuizAttempt post"
                                        + " where pre.progress.id in " + idsIn + " and post.progress = pre.progress"
                                        + " and pre.number = 0 and post.number = 1"
                                        + " and pre.submittedAt is not null and post.submittedAt is not null"
                                        + " and pre.late = false and post.late = false",
                                Object[].class),
                        idsIn)
                .getResultList()
                .forEach(r -> pairs.put((Long) r[0], new Pair((BigDecimal) r[1], (BigDecimal) r[2])));
        return pairs;
    }

    /** The module's averages, over everyone or over these people only (one statement). */
    public Summary ofModule(String module, List<Long> people) {
        if (people != null && people.isEmpty()) {
            return new Summary(0, null, null, null);
        }
        InList peopleIn = people == null ? null : InList.of("people", people);
        var query = em.createQuery(
                "select count(p), avg(pre.score), avg(post.score) from ModuleProgress p, QuizAttempt pre, QuizAttempt post"
                        + " where pre.progress = p and post.progress = p and p.moduleCode = :m"
                        + " and pre.number = 0 and post.number = 1"
                        + " and pre.submittedAt is not null and post.submittedAt is not null"
                        + " and pre.late = false and post.late = false"
                        + (people == null ? "" : " and p.person.id in " + peopleIn),
                Object[].class);
        query.setParameter("m", module);
        if (peopleIn != null) {
            InList.bind(query, peopleIn);
        }
        Object[] row = query.getSingleResult();
        long pairs = (Long) row[0];
        if (pairs == 0) {
            return new Summary(0, null, null, null);
        }
        BigDecimal pre = round((Number) row[1]);
        BigDecimal post = round((Number) row[2]);
        return new Summary(pairs, pre, post, post.subtract(pre));
    }

    private static BigDecimal round(Number value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
