package eu.topcop.learn.learning;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
