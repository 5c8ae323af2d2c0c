package eu.topcop.learn.learning;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.CompletionRecords;

/**
 * A module is complete when every lesson is read and its quiz passed, whichever comes last. Completion is
 * recorded for the enrolment gate, stated in xAPI, and may complete an online course (and its curriculum).
 */
@ApplicationScoped
public class ModuleCompletion {

    @Inject
    StatementStore statements;

    @Inject
    CompletionRecords completions;

    @Inject
    CompletionService courses;

    @Inject
    EntityManager em;

    /**
     * A module the learner completed outside the player: a cmi5 course whose moveOn rules are met, its own module in
     * its online course. It becomes a module attempt done from the start (no lessons, nothing left to pass) in the
     * attempt's registration, and completes as any module does: the gate's record, the statement, the online course
     * and its certificate. Idempotent; in the caller's transaction.
     */
    public void completeOutside(
            long personId, String module, int version, String registration, Instant startedAt, Instant now) {
        em.createNativeQuery("INSERT INTO module_progress (registration, person_id, module_code, version, lessons,"
                        + " current_lesson, started_at, updated_at, lessons_completed_at, quiz_passed_at)"
                        + " VALUES (:registration, :person, :module, :version, 0, 0, :started, :now, :now, :now)"
                        + " ON DUPLICATE KEY UPDATE lessons_completed_at = COALESCE(lessons_completed_at, :now),"
                        + " quiz_passed_at = COALESCE(quiz_passed_at, :now)")
                .setParameter("registration", registration)
                .setParameter("person", personId)
                .setParameter("module", module)
                .setParameter("version", version)
                .setParameter("started", startedAt)
                .setParameter("now", now)
                .executeUpdate();
        ModuleProgress.locked(personId, module).ifPresent(progress -> completeIfDone(progress, now));
    }

    /** Completes the module if both conditions now hold (in the caller's transaction). */
    boolean completeIfDone(ModuleProgress progress, Instant now) {
        if (!progress.completeIfDone(now)) {
            return false;
        }
        completions.record(progress.person.id, progress.moduleCode, now);
        statements.record(
                progress.person,
                StatementStore.Verb.COMPLETED,
                statements.module(progress.moduleCode, progress.moduleCode),
                null,
                progress.registration,
                Map.of("completion", true));
        courses.afterModule(progress);
        return true;
    }
}
