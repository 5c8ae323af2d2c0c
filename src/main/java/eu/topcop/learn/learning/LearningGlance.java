package eu.topcop.learn.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.content.ContentService;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;

/**
 * A learner's state at a glance, for the home page: how many modules are in progress and where to resume the most
 * recent few, the deadline of an open quiz attempt, certificates earned. A fixed number of statements each.
 */
@ApplicationScoped
public class LearningGlance {

    /** A module in progress and the page that continues it: the next lesson, or the module once all are read. */
    public record Resume(String module, String title, int lessons, int currentLesson, boolean lessonsCompleted) {

        public String link() {
            return lessonsCompleted
                    ? "/modules/" + module
                    : "/learning/modules/" + module + "/lessons/" + currentLesson;
        }
    }

    public record InProgress(long total, List<Resume> latest) {}

    /** A quiz attempt the learner has started and not submitted, due at {@code deadlineAt}. */
    public record QuizDue(String module, String title, int attempt, Instant deadlineAt) {

        public String link() {
            return "/learning/modules/" + module + "/quiz/attempts/" + attempt;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ContentService content;

    /** Modules started and not completed, most recently used first: three statements. */
    public InProgress inProgress(Person learner, int limit, Language language) {
        if (learner.id == null) {
            return new InProgress(0, List.of());
        }
        long total = em.createQuery(
                        "select count(p) from ModuleProgress p where p.person.id = :p and p.completedAt is null",
                        Long.class)
                .setParameter("p", learner.id)
                .getSingleResult();
        if (total == 0) {
            return new InProgress(0, List.of());
        }
        List<ModuleProgress> latest = em.createQuery(
                        "select p from ModuleProgress p where p.person.id = :p and p.completedAt is null"
                                + " order by p.updatedAt desc, p.id desc",
                        ModuleProgress.class)
                .setParameter("p", learner.id)
                .setMaxResults(limit)
                .getResultList();
        Map<String, String> titles =
                content.moduleTitles(latest.stream().map(p -> p.moduleCode).toList(), language);
        return new InProgress(
                total,
                latest.stream()
                        .map(p -> new Resume(
                                p.moduleCode,
                                titles.getOrDefault(p.moduleCode, p.moduleCode),
                                p.lessons,
                                p.currentLesson,
                                p.lessonsCompleted()))
                        .toList());
    }

    /** The open quiz attempt due soonest, or null: one statement, two with its module's title. */
    public QuizDue nextQuizDeadline(Person learner, Language language) {
        if (learner.id == null) {
            return null;
        }
        List<Object[]> due = em.createQuery(
                        "select a.progress.moduleCode, a.deadlineAt, a.number from QuizAttempt a where a.progress.person.id = :p"
                                + " and a.submittedAt is null and a.deadlineAt > :now order by a.deadlineAt",
                        Object[].class)
                .setParameter("p", learner.id)
                .setParameter("now", Instant.now(clock))
                .setMaxResults(1)
                .getResultList();
        if (due.isEmpty()) {
            return null;
        }
        String module = (String) due.get(0)[0];
        String title = content.moduleTitles(List.of(module), language).getOrDefault(module, module);
        return new QuizDue(module, title, ((Number) due.get(0)[2]).intValue(), (Instant) due.get(0)[1]);
    }

    /** How many certificates the person holds: one statement. */
    public long certificates(Person person) {
        if (person.id == null) {
            return 0;
        }
        return em.createQuery(
                        "select count(c) from Certificate c where c.person.id = :p and c.revokedAt is null", Long.class)
                .setParameter("p", person.id)
                .getSingleResult();
    }
}
