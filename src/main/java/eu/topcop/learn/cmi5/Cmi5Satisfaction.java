package eu.topcop.learn.cmi5;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.cmi5.Cmi5Attempts.Attempt;
import eu.topcop.learn.cmi5.Cmi5Attempts.AuState;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.ModuleCompletion;

/**
 * moveOn (cmi5 13.1.4): when an AU's criterion is met it is satisfied; a block is when all of its AUs are, and the
 * course when all of its AUs are. Each is stated once ({@code satisfied}); the course's satisfaction completes the
 * learner's module of the same code, and through it the online course, the gate and the certificate, exactly as a
 * module's completion does.
 */
@ApplicationScoped
class Cmi5Satisfaction {

    @Inject
    Cmi5Attempts attempts;

    @Inject
    Cmi5LmsStatements statements;

    @Inject
    ModuleCompletion modules;

    @Inject
    EntityManager em;

    /**
     * Whether the AU's moveOn is met by what it reached; NotApplicable is met by being launched at all, and a waived
     * AU meets any moveOn (cmi5 9.3.9: the LMS must consider it met).
     */
    static boolean met(String moveOn, AuState state) {
        if (state.waivedAt() != null) {
            return true;
        }
        return switch (moveOn) {
            case "Passed" -> state.passedAt() != null;
            case "Completed" -> state.completedAt() != null;
            case "CompletedAndPassed" -> state.completedAt() != null && state.passedAt() != null;
            case "CompletedOrPassed" -> state.completedAt() != null || state.passedAt() != null;
            case "NotApplicable" -> true;
            default -> false;
        };
    }

    /**
     * After the AU reached something (or was launched, or was waived): states whatever is newly satisfied, up to the
     * course, in {@code sessionId} (the launch's, or the waiver's own: 9.3.9 outside a launch).
     */
    void check(Attempt attempt, Cmi5Au au, String sessionId, Instant now) {
        AuState state = attempts.state(attempt.id(), au.id);
        if (state.satisfiedAt() != null || !met(au.moveOn, state)) {
            return;
        }
        Person learner = em.find(Person.class, attempt.personId());
        attempts.mark(attempt.id(), au.id, "satisfied_at", now);
        statements.satisfied(learner, attempt, au.iri, null, sessionId);
        Set<Long> satisfied = new HashSet<>(attempts.satisfiedAus(attempt.id()));
        List<Cmi5Au> aus = Cmi5Au.list("version.id", attempt.versionId());
        for (Cmi5Block block = au.block; block != null; block = block.parent) {
            if (within(aus, block).stream().allMatch(a -> satisfied.contains(a.id))
                    && attempts.blockSatisfied(attempt.id(), block.id, now)) {
                statements.satisfied(learner, attempt, block.iri, Cmi5Vocabulary.TYPE_BLOCK, sessionId);
            }
        }
        if (attempt.satisfiedAt() == null && aus.stream().allMatch(a -> satisfied.contains(a.id))) {
            attempts.satisfied(attempt.id(), now);
            statements.satisfied(learner, attempt, attempt.courseIri(), Cmi5Vocabulary.TYPE_COURSE, sessionId);
            Cmi5CourseVersion version = em.find(Cmi5CourseVersion.class, attempt.versionId());
            modules.completeOutside(
                    learner.id,
                    attempt.courseCode(),
                    version.version,
                    attempt.registration(),
                    attempt.startedAt(),
                    now);
        }
    }

    /** The AUs in a block or any block inside it. */
    private static List<Cmi5Au> within(List<Cmi5Au> aus, Cmi5Block block) {
        return aus.stream()
                .filter(a -> {
                    for (Cmi5Block b = a.block; b != null; b = b.parent) {
                        if (b.id.equals(block.id)) {
                            return true;
                        }
                    }
                    return false;
                })
                .toList();
    }
}
