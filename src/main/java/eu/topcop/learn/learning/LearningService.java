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
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;

/**
 * The module player: start or resume a module, read its lessons in order, and have each lesson recorded as
 * read when the learner moves on, so that a lost connection loses at most the lesson being read. A learner
 * keeps the module version they started.
 *
 * <p>"Read" is a fact the module's completion, the enrolment gate and the certificates stand on, so the
 * player records it only for a lesson it has served to that learner (in the version they started) and only
 * in order: lesson n after lessons 1 to n-1. The modules are written as a sequence (each lesson builds on the
 * one before, and the player's button is "done, next"), so reading in order is how the player is used
 * anyway; a request that marks lesson 5 read before lesson 2 is not a reader's. There is deliberately no
 * minimum reading time: officers who know a topic skim, slow links make any threshold unfair, and a timer
 * is defeated by leaving the tab open, so it would annoy readers without stopping anyone. The quiz measures
 * what was learnt.
 */
@ApplicationScoped
public class LearningService {

    /**
     * A lesson as the player shows it: the lesson, which lessons are read, and the first lesson not read yet
     * (0 when all are), the only one besides those already read that may be marked read next.
     */
    public record PlayerLesson(
            LessonView lesson, List<Integer> read, boolean lessonsCompleted, int nextToRead, boolean quizPassed) {

        public boolean isRead(int position) {
            return read.contains(position);
        }

        /** Whether this lesson may be marked read now: the lessons before it are read. */
        public boolean isReadable() {
            return nextToRead == 0 || lesson.position() <= nextToRead;
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
            Instant updatedAt,
            boolean translated) {}

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

    /**
     * Starts the module at its current version, or resumes it: returns the lesson to go to. A double click
     * starts it once: the second insert meets the unique (person, module) key, does nothing, and resumes.
     */
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
            String registration = UUID.randomUUID().toString();
            em.createNativeQuery("INSERT INTO module_progress (registration, person_id, module_code,"
                            + " version, lessons, current_lesson, started_at, updated_at)"
                            + " VALUES (:registration, :person, :module, :version, :lessons, 1, :at, :at)"
                            + " ON DUPLICATE KEY UPDATE id = id")
                    .setParameter("registration", registration)
                    .setParameter("person", person.id)
                    .setParameter("module", module)
                    .setParameter("version", detail.version())
                    .setParameter("lessons", detail.lessons().size())
                    .setParameter("at", Instant.now(clock))
                    .executeUpdate();
            progress = progress(module, person);
            // Whose insert made the progress is told by its registration (the driver counts a duplicate as found).
            statements.record(
                    person,
                    progress.registration.equals(registration) ? Verb.LAUNCHED : Verb.RESUMED,
                    activity,
                    null,
                    progress.registration,
                    null);
        } else {
            statements.record(person, Verb.RESUMED, activity, null, progress.registration, null);
        }
        return progress.currentLesson;
    }

    /**
     * A lesson of the version the learner started. Serving it is recorded (once), since only a served lesson
     * can be marked read; nothing else changes.
     */
    @Transactional
    public PlayerLesson lesson(String module, int position, Person learner, Language language) {
        ModuleProgress progress = started(module, learner);
        LessonView lesson = content.lesson(module, progress.version, position, language);
        em.createNativeQuery("INSERT IGNORE INTO lesson_served (progress_id, position, served_at) VALUES (:p, :n, :at)")
                .setParameter("p", progress.id)
                .setParameter("n", position)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        List<Integer> read = read(progress);
        return new PlayerLesson(
                lesson,
                read,
                progress.lessonsCompleted(),
                nextToRead(read, progress.lessons),
                progress.quizPassedAt != null);
    }

    /**
     * The learner has read a lesson and moves on: recorded once (reading it again changes nothing but where
     * to resume). Returns the lesson to go to next, or 0 when all lessons are read. Refused (409) for a lesson
     * the player has not served to this learner, and for a lesson whose predecessors are not all read.
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
        List<Integer> read = read(progress);
        if (!read.contains(position)) {
            if (!served(progress, position)) {
                throw new DomainException.Conflict("Lesson " + position + " of module '" + module
                        + "' has not been opened: a lesson is recorded as read after it is shown");
            }
            int next = nextToRead(read, progress.lessons);
            if (position != next) {
                throw new DomainException.Conflict(
                        "Lessons are read in order: read lesson " + next + " of module '" + module + "' first");
            }
            em.createNativeQuery(
                            "INSERT INTO lesson_progress (progress_id, position, experienced_at) VALUES (:p, :n, :at)")
                    .setParameter("p", progress.id)
                    .setParameter("n", position)
                    .setParameter("at", Instant.now(clock))
                    .executeUpdate();
            LessonView lesson = content.lesson(module, progress.version, position, Language.ENGLISH);
            statements.record(
                    progress.person,
                    Verb.EXPERIENCED,
                    statements.lesson(module, position, lesson.title()),
                    statements.module(module, lesson.moduleTitle()),
                    progress.registration,
                    null);
        }
        progress.experienced(position, read.contains(position) ? read.size() : read.size() + 1, Instant.now(clock));
        completion.completeIfDone(progress, Instant.now(clock));
        return position < progress.lessons ? position + 1 : 0;
    }

    /**
     * A lesson that content launched by the system reported read (LaunchedProgress): counted as the player's "done,
     * next" is, in order, once; the content, not the player, showed it. Returns whether it counted.
     */
    boolean readLaunched(ModuleProgress progress, int position) {
        if (position < 1 || position > progress.lessons) {
            return false;
        }
        List<Integer> read = read(progress);
        if (read.contains(position) || position != nextToRead(read, progress.lessons)) {
            return false;
        }
        em.createNativeQuery("INSERT INTO lesson_progress (progress_id, position, experienced_at) VALUES (:p, :n, :at)")
                .setParameter("p", progress.id)
                .setParameter("n", position)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        progress.experienced(position, read.size() + 1, Instant.now(clock));
        completion.completeIfDone(progress, Instant.now(clock));
        return true;
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
        java.util.Map<Long, Long> readCounts =
                LessonRead.countsOf(progresses.stream().map(p -> p.id).toList());
        java.util.Map<Long, java.math.BigDecimal> best = new java.util.HashMap<>();
        if (!progresses.isEmpty()) {
            InList idsIn = InList.of("ids", progresses.stream().map(p -> p.id).toList());
            InList.bind(
                            em.createQuery(
                                    "select a.progress.id, max(a.score) from QuizAttempt a where a.progress.id in "
                                            + idsIn + " and a.number > 0 group by a.progress.id",
                                    Object[].class),
                            idsIn)
                    .getResultList()
                    .forEach(r -> best.put((Long) r[0], (java.math.BigDecimal) r[1]));
        }
        java.util.Map<String, eu.topcop.learn.platform.i18n.Localized> titles = content.localizedModuleTitles(
                progresses.stream().map(p -> p.moduleCode).toList(), language);
        return progresses.stream()
                .map(p -> new Learning(
                        p.moduleCode,
                        titles.containsKey(p.moduleCode)
                                ? titles.get(p.moduleCode).text()
                                : p.moduleCode,
                        p.version,
                        p.lessons,
                        readCounts.getOrDefault(p.id, 0L).intValue(),
                        p.currentLesson,
                        p.lessonsCompleted(),
                        p.quizPassedAt != null,
                        p.completedAt != null,
                        p.completedAt,
                        best.get(p.id),
                        p.updatedAt,
                        !titles.containsKey(p.moduleCode)
                                || titles.get(p.moduleCode).translated()))
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

    private boolean served(ModuleProgress progress, int position) {
        return !em.createNativeQuery("SELECT 1 FROM lesson_served WHERE progress_id = :p AND position = :n")
                .setParameter("p", progress.id)
                .setParameter("n", position)
                .getResultList()
                .isEmpty();
    }

    /** The first lesson not read (positions from 1), or 0 when every lesson is read. */
    private static int nextToRead(List<Integer> read, int lessons) {
        for (int position = 1; position <= lessons; position++) {
            if (!read.contains(position)) {
                return position;
            }
        }
        return 0;
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
