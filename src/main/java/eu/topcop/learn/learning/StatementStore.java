package eu.topcop.learn.learning;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.lrs.SystemStatements;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The system's own xAPI statement store (xAPI 1.0.3). Statements are written whole, with ADL verbs, the learner
 * as an account agent, the activity, the attempt's registration, result where there is one, and this system
 * as the authority; the columns beside them serve queries by learner, activity and registration.
 */
@ApplicationScoped
public class StatementStore {

    /** ADL verbs used by the learning feature. */
    public enum Verb {
        LAUNCHED("launched"),
        RESUMED("resumed"),
        EXPERIENCED("experienced"),
        ATTEMPTED("attempted"),
        ANSWERED("answered"),
        PASSED("passed"),
        FAILED("failed"),
        SCORED("scored"),
        COMPLETED("completed");

        public final String id;
        public final String display;

        Verb(String display) {
            this.id = "http://adlnet.gov/expapi/verbs/" + display;
            this.display = display;
        }
    }

    /** An activity: its IRI, ADL activity type and English name. */
    public record Activity(String id, String type, String name) {}

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    SystemStatements systemStatements;

    @ConfigProperty(name = "lms.public-url")
    String home;

    public Activity module(String code, String title) {
        return new Activity(
                home + "/xapi/activities/modules/" + code, "http://adlnet.gov/expapi/activities/module", title);
    }

    public Activity course(String code, String title) {
        return new Activity(
                home + "/xapi/activities/courses/" + code, "http://adlnet.gov/expapi/activities/course", title);
    }

    public Activity curriculum(String code, String title) {
        return new Activity(
                home + "/xapi/activities/curricula/" + code, "http://adlnet.gov/expapi/activities/course", title);
    }

    public Activity lesson(String module, int position, String title) {
        return new Activity(
                home + "/xapi/activities/modules/" + module + "/lessons/" + position,
                "http://adlnet.gov/expapi/activities/lesson",
                title);
    }

    /** Writes one statement in the caller's transaction and returns its id. */
    public String record(
            Person actor,
            Verb verb,
            Activity object,
            Activity parent,
            String registration,
            Map<String, Object> result) {
        return recordAll(actor, List.of(draft(actor, verb, object, parent, registration, result)))
                .get(0);
    }

    /** Writes several drafts about one learner, made at one moment, in this order and with one write; their ids. */
    public List<String> recordAll(Person actor, List<ObjectNode> drafts) {
        // Id, times, version and the system's authority are the system's statements' own, as cmi5's are.
        return systemStatements.writeAll(actor.id, drafts);
    }

    /** A statement of the learning feature, not yet stored: for {@link #recordAll}. */
    public ObjectNode draft(
            Person actor,
            Verb verb,
            Activity object,
            Activity parent,
            String registration,
            Map<String, Object> result) {
        ObjectNode statement = mapper.createObjectNode();
        ObjectNode agent = statement.putObject("actor");
        agent.put("objectType", "Agent");
        agent.put("name", actor.name);
        ObjectNode account = agent.putObject("account");
        account.put("homePage", home);
        // Named as launch credentials name the learner, so launched content reports as the same agent.
        account.put("name", eu.topcop.learn.lrs.LearnerAgent.accountName(actor));
        ObjectNode verbNode = statement.putObject("verb");
        verbNode.put("id", verb.id);
        verbNode.putObject("display").put("en-US", verb.display);
        statement.set("object", activity(object));
        if (result != null && !result.isEmpty()) {
            statement.set("result", mapper.valueToTree(result));
        }
        ObjectNode context = statement.putObject("context");
        if (registration != null) {
            context.put("registration", registration);
        }
        context.put("platform", "TOPCOP Learn");
        if (parent != null) {
            context.putObject("contextActivities").putArray("parent").add(activity(parent));
        }
        return statement;
    }

    /** Statements of a learner, optionally about one activity, newest first: one statement. */
    public List<JsonNode> of(long personId, String activity, int limit) {
        var query = em.createNativeQuery("SELECT statement FROM xapi_statement WHERE person_id = :p"
                + (activity == null ? "" : " AND activity = :a")
                + " ORDER BY seq DESC LIMIT :limit");
        query.setParameter("p", personId).setParameter("limit", limit);
        if (activity != null) {
            query.setParameter("a", activity);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> read(r.toString())).toList();
    }

    /** Statements about one activity, by anyone, newest first: for course managers. */
    public List<JsonNode> about(String activity, int limit) {
        List<?> rows = em.createNativeQuery(
                        "SELECT statement FROM xapi_statement WHERE activity = :a ORDER BY seq DESC LIMIT :limit")
                .setParameter("a", activity)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> read(r.toString())).toList();
    }

    private ObjectNode activity(Activity activity) {
        ObjectNode node = mapper.createObjectNode();
        node.put("objectType", "Activity");
        node.put("id", activity.id());
        ObjectNode definition = node.putObject("definition");
        definition.put("type", activity.type());
        definition.putObject("name").put("en", activity.name());
        return node;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
