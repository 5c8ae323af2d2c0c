package eu.topcop.learn.cmi5;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import eu.topcop.learn.cmi5.Cmi5Attempts.Attempt;
import eu.topcop.learn.cmi5.Cmi5Attempts.AuState;
import eu.topcop.learn.cmi5.Cmi5Attempts.Session;
import eu.topcop.learn.lrs.LaunchedStatementRules;

/**
 * The rules of cmi5 9.x for what an AU sends in a cmi5 registration, checked as each statement arrives with the AU's
 * launch credential (other registrations are not ours to judge): the session id of a session the LMS launched and
 * that has not ended; initialized first and once; completed and passed at most once per registration, failed never
 * after passed, passed not below the masteryScore nor failed at or above it, none of them outside Normal mode; the
 * LMS's own verbs never. What a statement that passes means is recorded at once (the caller's transaction rolls it
 * back with the request if a later statement of a batch is refused).
 */
@ApplicationScoped
public class Cmi5Rules implements LaunchedStatementRules {

    @Inject
    Cmi5Attempts attempts;

    @Inject
    Cmi5Satisfaction satisfaction;

    @Inject
    Clock clock;

    @Override
    public Optional<String> refusal(long personId, String registration, String activity, JsonNode statement) {
        Optional<Attempt> found = attempts.locked(registration);
        if (found.isEmpty() || found.get().personId() != personId) {
            return Optional.empty();
        }
        Attempt attempt = found.get();
        String verb = statement.path("verb").path("id").asText();
        if (Cmi5Vocabulary.LMS_VERBS.contains(verb)) {
            return Optional.of("verb " + verb + " is the LMS's to state, never an AU's (cmi5 9.3).");
        }
        String sessionId = statement
                .path("context")
                .path("extensions")
                .path(Cmi5Vocabulary.SESSION_ID)
                .asText("");
        Optional<Session> open = attempts.session(sessionId, attempt.id());
        if (open.isEmpty()) {
            return Optional.of("context.extensions " + Cmi5Vocabulary.SESSION_ID
                    + " must name a session the LMS launched in this registration (cmi5 9.6.3.1).");
        }
        Session session = open.get();
        Cmi5Au au = Cmi5Au.findById(session.auId());
        boolean cmi5Defined = categories(statement);
        if (cmi5Defined && !au.iri.equals(statement.path("object").path("id").asText())) {
            return Optional.of("object.id of a cmi5 defined statement must be the AU's activityId (cmi5 9.4).");
        }
        if (session.endedAt() != null) {
            return Optional.of("the session has ended (terminated or abandoned): nothing may follow (cmi5 9.3.8).");
        }
        Instant now = Instant.now(clock);
        if (Cmi5Vocabulary.INITIALIZED.equals(verb)) {
            if (session.initializedAt() != null) {
                return Optional.of("initialized is sent once per session (cmi5 9.3.2).");
            }
            attempts.initialized(session.id(), now);
            return Optional.empty();
        }
        if (session.initializedAt() == null) {
            return Optional.of("the first statement of a session must be initialized (cmi5 9.3.2).");
        }
        if (Cmi5Vocabulary.JUDGING.contains(verb)) {
            Optional<String> refused = judge(attempt, au, session, verb, statement, cmi5Defined, now);
            if (refused.isPresent()) {
                return refused;
            }
        }
        if (Cmi5Vocabulary.TERMINATED.equals(verb)) {
            attempts.end(session.id(), "terminated", now);
        } else {
            attempts.alive(session.id(), now);
        }
        return Optional.empty();
    }

    private Optional<String> judge(
            Attempt attempt,
            Cmi5Au au,
            Session session,
            String verb,
            JsonNode statement,
            boolean cmi5Defined,
            Instant now) {
        if (!cmi5Defined) {
            return Optional.of("a " + verb + " statement is cmi5 defined: context.contextActivities.category must"
                    + " include " + Cmi5Vocabulary.CATEGORY_CMI5 + " (cmi5 9.6.2.1).");
        }
        if (!Cmi5Vocabulary.LaunchMode.Normal.name().equals(session.launchMode())) {
            return Optional.of("the AU was launched in " + session.launchMode()
                    + " mode, which records no completed, passed or failed (cmi5 10.2.2).");
        }
        AuState state = attempts.state(attempt.id(), au.id);
        JsonNode result = statement.path("result");
        JsonNode scaled = result.path("score").path("scaled");
        BigDecimal mastery = au.masteryScore;
        String column;
        switch (verb) {
            case Cmi5Vocabulary.COMPLETED -> {
                if (state.completedAt() != null) {
                    return Optional.of("completed is sent at most once per registration (cmi5 9.3.3).");
                }
                if (!result.path("completion").asBoolean(false)) {
                    return Optional.of("result.completion must be true in a completed statement (cmi5 9.5.3).");
                }
                column = "completed_at";
            }
            case Cmi5Vocabulary.PASSED -> {
                if (state.passedAt() != null) {
                    return Optional.of("passed is sent at most once per registration (cmi5 9.3.4).");
                }
                if (!result.path("success").asBoolean(false)) {
                    return Optional.of("result.success must be true in a passed statement (cmi5 9.5.2).");
                }
                if (mastery != null
                        && (!scaled.isNumber() || scaled.decimalValue().compareTo(mastery) < 0)) {
                    return Optional.of("result.score.scaled must reach the masteryScore " + mastery.toPlainString()
                            + " for passed (cmi5 9.3.4).");
                }
                column = "passed_at";
            }
            default -> {
                if (state.passedAt() != null) {
                    return Optional.of("failed cannot follow passed in the same registration (cmi5 9.3.5).");
                }
                if (result.path("success").asBoolean(true)) {
                    return Optional.of("result.success must be false in a failed statement (cmi5 9.5.2).");
                }
                if (mastery != null
                        && scaled.isNumber()
                        && scaled.decimalValue().compareTo(mastery) >= 0) {
                    return Optional.of("result.score.scaled reaches the masteryScore " + mastery.toPlainString()
                            + ": that is passed, not failed (cmi5 9.3.5).");
                }
                column = "failed_at";
            }
        }
        attempts.mark(attempt.id(), au.id, column, now);
        satisfaction.check(attempt, au, session.sessionId(), now);
        return Optional.empty();
    }

    private static boolean categories(JsonNode statement) {
        JsonNode category = statement.path("context").path("contextActivities").path("category");
        Iterable<JsonNode> each = category.isArray() ? category::elements : java.util.List.of(category)::iterator;
        return StreamSupport.stream(each.spliterator(), false)
                .anyMatch(c -> Cmi5Vocabulary.CATEGORY_CMI5.equals(c.path("id").asText()));
    }
}
