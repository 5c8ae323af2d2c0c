package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.content.QuizQuestion;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.ResultPage;

/**
 * How a module's learners are doing, for course managers: each learner's lessons read, best quiz score and
 * completion, the knowledge gain (pre-test against post-test), and the questions most often answered wrong
 * (read from the xAPI statement store). A fixed number of statements, however many learners.
 */
@ApplicationScoped
public class CohortService {

    public record Learner(
            String name,
            String country,
            int read,
            int lessons,
            BigDecimal bestScore,
            int attempts,
            boolean completed,
            Instant updatedAt,
            KnowledgeGain.Pair knowledgeGain) {}

    /** A question by its key in the bank and its text in the reader's language (English when not translated). */
    public record FailedQuestion(String question, long wrong, String text, boolean translated) {}

    public record Cohort(
            String module,
            ResultPage<Learner> learners,
            long completed,
            List<FailedQuestion> mostFailed,
            KnowledgeGain.Summary knowledgeGain) {}

    @Inject
    EntityManager em;

    @Inject
    StatementStore statements;

    @Inject
    KnowledgeGain gains;

    /** Every learner of the module: for course managers. */
    public Cohort of(String module, int page, int size, Language language) {
        return of(module, null, page, size, language);
    }

    /**
     * The learners of the module whom a trainer teaches: approved participants of the offerings the trainer runs
     * whose online phase includes the module. A trainer sees no one else.
     */
    public Cohort ofTrainer(String module, String trainer, int page, int size, Language language) {
        List<Long> people = ((List<?>) em.createNativeQuery("SELECT DISTINCT a.person_id FROM application a"
                                + " JOIN offering_trainer t ON t.offering_id = a.offering_id AND t.username = :u"
                                + " JOIN offering o ON o.id = a.offering_id JOIN course k ON k.id = o.course_id"
                                + " JOIN course prior ON prior.curriculum_id = k.curriculum_id AND prior.position < k.position"
                                + " JOIN course_module cm ON cm.course_id = prior.id AND cm.module_code = :m"
                                + " WHERE a.status = 'APPROVED'")
                        .setParameter("u", trainer)
                        .setParameter("m", module)
                        .getResultList())
                .stream().map(n -> ((Number) n).longValue()).toList();
        return of(module, people, page, size, language);
    }

    private Cohort of(String module, List<Long> people, int page, int size, Language language) {
        if (people != null && people.isEmpty()) {
            return new Cohort(
                    module, new ResultPage<>(List.of(), page, size, 0), 0, List.of(), gains.ofModule(module, people));
        }
        InList peopleIn = people == null ? null : InList.of("people", people);
        String only = peopleIn == null ? "" : " and p.person.id in " + peopleIn;
        var count = em.createQuery("select count(p) from ModuleProgress p where p.moduleCode = :m" + only);
        var done = em.createQuery(
                "select count(p) from ModuleProgress p where p.moduleCode = :m and p.completedAt is not null" + only);
        var list = em.createQuery(
                "select p from ModuleProgress p join fetch p.person where p.moduleCode = :m" + only
                        + " order by p.updatedAt desc, p.id",
                ModuleProgress.class);
        for (var query : List.of(count, done, list)) {
            query.setParameter("m", module);
            if (peopleIn != null) {
                InList.bind(query, peopleIn);
            }
        }
        long total = (Long) count.getSingleResult();
        long completed = (Long) done.getSingleResult();
        List<ModuleProgress> progresses =
                list.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<Long> ids = progresses.stream().map(p -> p.id).toList();
        Map<Long, Long> read = LessonRead.countsOf(ids);
        Map<Long, Object[]> quiz = new HashMap<>();
        Map<Long, KnowledgeGain.Pair> pairs = new HashMap<>();
        if (!progresses.isEmpty()) {
            InList idsIn = InList.of("ids", ids);
            InList.bind(
                            em.createQuery(
                                    "select a.progress.id, max(a.score), count(a) from QuizAttempt a where a.progress.id in "
                                            + idsIn + " and a.number > 0 group by a.progress.id",
                                    Object[].class),
                            idsIn)
                    .getResultList()
                    .forEach(r -> quiz.put((Long) r[0], r));
            pairs.putAll(gains.of(ids));
        }
        List<Learner> learners = new ArrayList<>();
        for (ModuleProgress p : progresses) {
            Object[] q = quiz.get(p.id);
            learners.add(new Learner(
                    p.person.name,
                    p.person.country,
                    read.getOrDefault(p.id, 0L).intValue(),
                    p.lessons,
                    q == null ? null : (BigDecimal) q[1],
                    q == null ? 0 : ((Long) q[2]).intValue(),
                    p.completedAt != null,
                    p.updatedAt,
                    pairs.get(p.id)));
        }
        return new Cohort(
                module,
                new ResultPage<>(learners, page, size, total),
                completed,
                mostFailed(module, people, language),
                gains.ofModule(module, people));
    }

    /** The questions of the module's quiz most often answered not quite right, from the statements. */
    private List<FailedQuestion> mostFailed(String module, List<Long> people, Language language) {
        String prefix = statements.module(module, module).id() + "/quiz/questions/";
        var query = em.createNativeQuery("SELECT SUBSTRING(activity, :from), COUNT(*) FROM xapi_statement"
                + " WHERE verb = :verb AND activity LIKE :prefix AND success = FALSE"
                + (people == null ? "" : " AND person_id IN (:people)")
                + " GROUP BY activity ORDER BY COUNT(*) DESC, activity LIMIT 10");
        query.setParameter("from", prefix.length() + 1)
                .setParameter("verb", StatementStore.Verb.ANSWERED.id)
                .setParameter("prefix", prefix.replace("%", "\\%").replace("_", "\\_") + "%");
        if (people != null) {
            query.setParameter("people", people);
        }
        List<Object[]> rows = ((List<?>) query.getResultList())
                .stream().map(r -> (Object[]) r).toList();
        Map<String, QuizQuestion> questions =
                questions(module, rows.stream().map(r -> (String) r[0]).toList());
        return rows.stream()
                .map(r -> {
                    String key = (String) r[0];
                    QuizQuestion q = questions.get(key);
                    return new FailedQuestion(
                            key,
                            ((Number) r[1]).longValue(),
                            q == null ? key : QuizPapers.text(q.definition.get("text"), language),
                            q == null || QuizPapers.translated(q, language));
                })
                .toList();
    }

    /**
     * The questions of the module's banks by key, in one statement: a key's text from the newest version that has
     * it, since the statements of every version the learners took are counted together.
     */
    private Map<String, QuizQuestion> questions(String module, List<String> keys) {
        Map<String, QuizQuestion> byKey = new HashMap<>();
        if (keys.isEmpty()) {
            return byKey;
        }
        InList keysIn = InList.of("keys", keys);
        InList.bind(
                        em.createQuery(
                                "select q from QuizQuestion q where q.quiz.moduleVersion.module.code = :m and q.key in "
                                        + keysIn + " order by q.quiz.moduleVersion.version desc",
                                QuizQuestion.class),
                        keysIn)
                .setParameter("m", module)
                .getResultList()
                .forEach(q -> byKey.putIfAbsent(q.key, q));
        return byKey;
    }
}
