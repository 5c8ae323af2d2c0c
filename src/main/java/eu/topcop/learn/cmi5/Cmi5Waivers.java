package eu.topcop.learn.cmi5;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.cmi5.Cmi5Attempts.Attempt;
import eu.topcop.learn.cmi5.Cmi5Attempts.AuState;
import eu.topcop.learn.cmi5.Cmi5Views.WaiverView;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.web.DomainException;

/**
 * Waivers (cmi5 9.3.7): a course manager decides that a learner need not take an AU, for prior learning or an
 * administrative reason. The LMS states {@code waived} once per AU and registration, in a session of its own, and
 * the waiver meets the AU's moveOn (9.3.9): waiving the last AU the learner lacks satisfies the course and completes
 * the module and its certificate exactly as a launch does.
 */
@ApplicationScoped
public class Cmi5Waivers {

    public static final String TESTED_OUT = "Tested Out";
    public static final String EQUIVALENT_AU = "Equivalent AU";
    public static final String EQUIVALENT_OUTSIDE_ACTIVITY = "Equivalent Outside Activity";
    public static final String ADMINISTRATIVE = "Administrative";

    /** The reasons cmi5 9.3.7 names, as a pattern for the API's Bean Validation (exactly one of them). */
    public static final String REASONS =
            TESTED_OUT + "|" + EQUIVALENT_AU + "|" + EQUIVALENT_OUTSIDE_ACTIVITY + "|" + ADMINISTRATIVE;

    /** The longest reason; the column waived_reason holds it. */
    public static final int REASON_LENGTH = 40;

    /** Why an AU was waived: the spec's words go into the statement; the learner's page names it in their language. */
    public enum Reason {
        TESTED_OUT(Cmi5Waivers.TESTED_OUT),
        EQUIVALENT_AU(Cmi5Waivers.EQUIVALENT_AU),
        EQUIVALENT_OUTSIDE_ACTIVITY(Cmi5Waivers.EQUIVALENT_OUTSIDE_ACTIVITY),
        ADMINISTRATIVE(Cmi5Waivers.ADMINISTRATIVE);

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public static Optional<Reason> of(String words) {
            return Arrays.stream(values()).filter(r -> r.words.equals(words)).findFirst();
        }
    }

    @Inject
    Cmi5Attempts attempts;

    @Inject
    Cmi5LmsStatements statements;

    @Inject
    Cmi5Satisfaction satisfaction;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Waives the AU of the course whose publisher id (its id in cmi5.xml) is {@code auId} for the person, as decided
     * by {@code by}; begins their registration if they have none. 404 for an unknown course, person or AU; 409 when
     * the AU is already waived or satisfied in the registration; 422 for a reason the spec does not name (the API
     * refuses one with a 400 before it gets here).
     */
    @Transactional
    public WaiverView waive(String courseCode, long personId, String auId, String reason, String by) {
        Reason why = Reason.of(reason)
                .orElseThrow(() ->
                        new DomainException.RuleViolation("reason", "must be one of " + REASONS.replace("|", ", ")));
        Cmi5Course course = Cmi5Course.<Cmi5Course>find("code", courseCode)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No cmi5 course " + courseCode));
        Person learner = em.find(Person.class, personId);
        if (learner == null) {
            throw new DomainException.NotFound("No person " + personId);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        // Locked: a launch's statements and a waiver of the same registration take turns, so that the AU is judged
        // once and the course satisfied once.
        Attempt attempt = attempts.locked(attempts.begin(personId, course, now).registration())
                .orElseThrow();
        // The AU of the version the learner started: a newer version's AUs are not theirs to meet.
        Cmi5Au au = Cmi5Au.<Cmi5Au>find("version.id = ?1 and iri = ?2", attempt.versionId(), auId)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No AU " + auId + " in " + courseCode));
        AuState state = attempts.state(attempt.id(), au.id);
        if (state.waivedAt() != null) {
            throw new DomainException.Conflict(
                    "The AU " + auId + " is already waived in this registration: cmi5 allows one waiver per AU.");
        }
        if (state.satisfiedAt() != null) {
            throw new DomainException.Conflict(
                    "The AU " + auId + " is already satisfied in this registration: there is nothing to waive.");
        }
        attempts.waived(attempt.id(), au.id, why.words(), by, now);
        // 9.3.7: a session id of its own, which only the satisfied statements it triggers share (9.3.9).
        String sessionId = UUID.randomUUID().toString();
        statements.waived(learner, attempt, au, sessionId, why.words());
        satisfaction.check(attempt, au, sessionId, now);
        boolean courseSatisfied =
                attempts.byRegistrationId(attempt.id()).orElseThrow().satisfiedAt() != null;
        return new WaiverView(
                course.code,
                personId,
                au.iri,
                au.position,
                why.words(),
                now,
                by,
                attempt.registration(),
                sessionId,
                courseSatisfied);
    }
}
