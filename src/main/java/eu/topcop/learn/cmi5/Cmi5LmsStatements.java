package eu.topcop.learn.cmi5;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.cmi5.Cmi5Attempts.Attempt;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.lrs.LaunchCredentials;
import eu.topcop.learn.lrs.SystemStatements;

/**
 * The statements the LMS itself makes in a cmi5 registration (9.3: launched, waived, satisfied, abandoned), with the context
 * the spec asks of them: the registration, the cmi5 category (and moveon for satisfied), the course as the publisher's
 * grouping, and the session id extension of the session they belong to.
 */
@ApplicationScoped
class Cmi5LmsStatements {

    @Inject
    SystemStatements store;

    @Inject
    LaunchCredentials credentials;

    @Inject
    ObjectMapper mapper;

    /** {@code launched} (9.3.1), with what the AU was launched with (9.6.3). */
    void launched(Person learner, Attempt attempt, Cmi5Au au, String sessionId, String mode, String url) {
        ObjectNode statement =
                statement(learner, Cmi5Vocabulary.LAUNCHED, "launched", au.iri, null, attempt, sessionId);
        ObjectNode extensions = (ObjectNode) statement.path("context").path("extensions");
        extensions.put(Cmi5Vocabulary.LAUNCH_MODE, mode);
        extensions.put(Cmi5Vocabulary.LAUNCH_URL, url);
        extensions.put(Cmi5Vocabulary.MOVE_ON, au.moveOn);
        if (au.launchParameters != null) {
            extensions.put(Cmi5Vocabulary.LAUNCH_PARAMETERS, au.launchParameters);
        }
        store.write(learner.id, statement);
    }

    /** {@code satisfied} (9.3.9) of an AU, a block or the course, in the session whose statement met its moveOn. */
    void satisfied(Person learner, Attempt attempt, String activity, String type, String sessionId) {
        ObjectNode statement =
                statement(learner, Cmi5Vocabulary.SATISFIED, "satisfied", activity, type, attempt, sessionId);
        ((ArrayNode) statement.path("context").path("contextActivities").path("category"))
                .addObject()
                .put("id", Cmi5Vocabulary.CATEGORY_MOVE_ON);
        store.write(learner.id, statement);
    }

    /**
     * {@code waived} (9.3.7) in a session of its own: success and completion (9.5.2, 9.5.3), the reason in the
     * result's extensions, and the moveon category (9.6.2.2), since the waiver meets the AU's moveOn.
     */
    void waived(Person learner, Attempt attempt, Cmi5Au au, String sessionId, String reason) {
        ObjectNode statement = statement(learner, Cmi5Vocabulary.WAIVED, "waived", au.iri, null, attempt, sessionId);
        ((ArrayNode) statement.path("context").path("contextActivities").path("category"))
                .addObject()
                .put("id", Cmi5Vocabulary.CATEGORY_MOVE_ON);
        ObjectNode result = statement.putObject("result");
        result.put("success", true);
        result.put("completion", true);
        result.putObject("extensions").put(Cmi5Vocabulary.REASON, reason);
        store.write(learner.id, statement);
    }

    /** {@code abandoned} (9.3.6): the session ended without terminated; its duration up to its last sign of life. */
    void abandoned(Person learner, Attempt attempt, Cmi5Au au, String sessionId, Instant launched, Instant last) {
        ObjectNode statement =
                statement(learner, Cmi5Vocabulary.ABANDONED, "abandoned", au.iri, null, attempt, sessionId);
        statement
                .putObject("result")
                .put("duration", Duration.between(launched, last).toString());
        store.write(learner.id, statement);
    }

    private ObjectNode statement(
            Person learner,
            String verb,
            String display,
            String activity,
            String type,
            Attempt attempt,
            String session) {
        ObjectNode statement = mapper.createObjectNode();
        statement.set("actor", credentials.agent(learner));
        ObjectNode v = statement.putObject("verb");
        v.put("id", verb);
        v.putObject("display").put("en-US", display);
        ObjectNode object = statement.putObject("object");
        object.put("objectType", "Activity");
        object.put("id", activity);
        if (type != null) {
            object.putObject("definition").put("type", type);
        }
        ObjectNode context = statement.putObject("context");
        context.put("registration", attempt.registration());
        ObjectNode activities = context.putObject("contextActivities");
        activities.putArray("category").addObject().put("id", Cmi5Vocabulary.CATEGORY_CMI5);
        activities.putArray("grouping").addObject().put("id", attempt.courseIri());
        context.putObject("extensions").put(Cmi5Vocabulary.SESSION_ID, session);
        return statement;
    }
}
