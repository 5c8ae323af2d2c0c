package eu.topcop.learn.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.content.ContentService;
import eu.topcop.learn.content.ContentViews.LessonView;
import eu.topcop.learn.content.ContentViews.ModuleDetail;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.StatementStore.Verb;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;

/**
 * The module player: start or resume a module, read its lessons in order, and have each lesson recorded as
 * read when the learner moves on, so that a lost connection loses at most the lesson being read. A learner
 * keeps the module version they started.
 */
@ApplicationScoped
public class LearningService {

    /** A lesson as the player shows it: the lesson, which lessons are read, where the learner is. */
    public record PlayerLesson(LessonView lesson, List<Integer> read, boolean lessonsCompleted) {

        public boolean isRead(int position) {
            return read.contains(position);
        }
    }

    /** A module in "my learning". */
    public record Learning(
            String module,
            String title,
            int version,
            int lessons,
            int read,
            int currentLesson,
            boolean lessonsCompleted,
            boolean quizPassed,
            boolean completed,
            Instant completedAt,
            java.math.BigDecimal bestScore,
            Instant updatedAt) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ContentService content;

    @Inject
    StatementStore statements;

    @Inject
    ModuleCompletion completion;

    /** Starts the module at its current version, or resumes it: returns the lesson to go to. */
    @Transactional
    public int startOrResume(String module, Person learner) {
        Person person = em.merge(learner);
        ModuleProgress progress = progress(module, person);
        ModuleDetail detail = content.module(module, progress == null ? null : progress.version, Language.ENGLISH);
        StatementStore.Activity activity = statements.module(module, detail.title());
        if (progress == null) {
            if (detail.lessons().isEmpty()) {
                throw new DomainException.Conflict("Module '" + module + "' has no lessons");
            }
            progress = new ModuleProgress();
            progress.registration = UUID.randomUUID().toString();
            progress.person = person;
            progress.moduleCode = module;
            progress.version = detail.version();
            progress.lessons = (short) detail.lessons().size();
            progress.currentLesson = 1;
            progress.startedAt = Instant.now(clock);
            progress.updatedAt = progress.startedAt;
            progress.persist();
            statements.record(person, Verb.LAUNCHED, activity, null, progress.registration, null);
        } else {
            statements.record(person, Verb.RESUMED, activity, null, progress.registration, null);
        }
        return progress.currentLesson;
    }

    /** A lesson of the version the learner started; nothing changes by reading it. */
    public PlayerLesson lesson(String module, int position, Person learner, Language language) {
        ModuleProgress progress = started(module, learner);
        return new PlayerLesson(
                content.lesson(module, progress.version, position, language),
                read(progress),
                progress.lessonsCompleted());
    }

    /**
     * The learner has read a lesson and moves on: recorded once (reading it again changes nothing but where
     * to resume). Returns the lesson to go to next, or 0 when all lessons are read. Holds the progress row, as
     * every writer of it does: a last lesson read while a passing quiz is submitted loses neither fact.
     */
    @Transactional
    public int read(String module, int position, Person learner) {
        ModuleProgress progress = learner.id == null
                ? null
                : ModuleProgress.locked(learner.id, module).orElse(null);
        if (progress == null) {
            throw new DomainException.NotFound("You have not started module '" + module + "'");
        }
        if (position < 1 || position > progress.lessons) {
            throw new DomainException.NotFound("Module '" + module + "' has no lesson " + position);
        }
        int inserted = em.createNativeQuery("INSERT IGNORE INTO lesson_progress (progress_id, position, experienced_at)"
                        + " VALUES (:p, :n, :at)")
                .setParameter("p", progress.id)
                .setParameter("n", position)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        long count = (Long) em.createQuery("select count(*) from LessonRead r where r.progressId = :p")
                .setParameter("p", progress.id)
                .getSingleResult();
        if (inserted > 0) {
            LessonView lesson = content.lesson(module, progress.version, position, Language.ENGLISH);
            statements.record(
                    progress.person,
                    Verb.EXPERIENCED,
                    statements.lesson(module, position, lesson.title()),
                    statements.module(module, lesson.moduleTitle()),
                    progress.registration,
                    null);
        }
        progress.experienced(position, (int) count, Instant.now(clock));
        completion.completeIfDone(progress, Instant.now(clock));
        return position < progress.lessons ? position + 1 : 0;
    }

    /** The learner's modules, most recently used first: two statements. */
    public List<Learning> mine(Person learner, Language language) {
        if (learner.id == null) {
            return List.of();
        }
        List<ModuleProgress> progresses = em.createQuery(
                        "select p from ModuleProgress p where p.person.id = :person order by p.updatedAt desc",
                        ModuleProgress.class)
                .setParameter("person", learner.id)
                .setMaxResults(100)
                .getResultList();
        java.util.Map<Long, Long> readCounts = new java.util.HashMap<>();
        if (!progresses.isEmpty()) {
            em.createQuery(
                            "select r.progressId, count(r) from LessonRead r where r.progressId in :ids group by r.progressId",
                            Object[].class)
                    .setParameter("ids", progresses.stream().map(p -> p.id).toList())
                    .getResultList()
                    .forEach(r -> readCounts.put((Long) r[0], (Long) r[1]));
        }
        java.util.Map<Long, java.math.BigDecimal> best = new java.util.HashMap<>();
        if (!progresses.isEmpty()) {
            em.createQuery(
                            "select a.progress.id, max(a.score) from QuizAttempt a where a.progress.id in :ids"
                                    + " and a.number > 0 group by a.progress.id",
                            Object[].class)
                    .setParameter("ids", progresses.stream().map(p -> p.id).toList())
                    .getResultList()
                    .forEach(r -> best.put((Long) r[0], (java.math.BigDecimal) r[1]));
        }
        java.util.Map<String, String> titles =
                content.moduleTitles(progresses.stream().map(p -> p.moduleCode).toList(), language);
        return progresses.stream()
                .map(p -> new Learning(
                        p.moduleCode,
                        titles.getOrDefault(p.moduleCode, p.moduleCode),
                        p.version,
                        p.lessons,
                        readCounts.getOrDefault(p.id, 0L).intValue(),
                        p.currentLesson,
                        p.lessonsCompleted(),
                        p.quizPassedAt != null,
                        p.completedAt != null,
                        p.completedAt,
                        best.get(p.id),
                        p.updatedAt))
                .toList();
    }

    private List<Integer> read(ModuleProgress progress) {
        return em
                .createQuery(
                        "select r.position from LessonRead r where r.progressId = :p order by r.position", Short.class)
                .setParameter("p", progress.id)
                .getResultList()
                .stream()
                .map(Short::intValue)
                .toList();
    }

    private ModuleProgress started(String module, Person learner) {
        ModuleProgress progress = learner.id == null ? null : progress(module, learner);
        if (progress == null) {
            throw new DomainException.NotFound("You have not started module '" + module + "'");
        }
        return progress;
    }

    private ModuleProgress progress(String module, Person person) {
        return em.createQuery(
                        "select p from ModuleProgress p join fetch p.person where p.person.id = :person and p.moduleCode = :m",
                        ModuleProgress.class)
                .setParameter("person", person.id)
                .setParameter("m", module)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
