package eu.topcop.learn.lrs;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The parameters of a document request, checked as the specification says: each resource's own parameters and no
 * other (400 for one it does not know), the activity an IRI, the agent an Agent object in JSON with one inverse
 * functional identifier, the registration a UUID, {@code since} a timestamp of the request's version, and every
 * value within its column.
 */
@ApplicationScoped
public class DocumentRequests {

    static final int IRI_MAX = 500;
    static final int ID_MAX = 255;
    static final int CONTENT_TYPE_MAX = 255;

    /** A request's address, and its {@code since} when it asks for the ids. */
    record Parsed(DocumentAddress address, Instant since) {}

    @Inject
    ObjectMapper mapper;

    @Inject
    XapiPeople people;

    /**
     * Reads the parameters of a request to the {@code kind} resource. The document id is optional here: whether a
     * method needs it (PUT, POST) or takes none (the ids list) is the caller's rule.
     */
    Parsed parse(XapiDocument.Kind kind, Map<String, List<String>> query, XapiVersion version) {
        String idName = kind == XapiDocument.Kind.STATE ? "stateId" : "profileId";
        Set<String> allowed = new LinkedHashSet<>(List.of(idName, "since"));
        if (kind != XapiDocument.Kind.AGENT_PROFILE) {
            allowed.add("activityId");
        }
        if (kind != XapiDocument.Kind.ACTIVITY_PROFILE) {
            allowed.add("agent");
        }
        if (kind == XapiDocument.Kind.STATE) {
            allowed.add("registration");
        }
        XapiValues values = new XapiValues(version);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!allowed.contains(parameter.getKey())) {
                values.fail(parameter.getKey(), "is not a parameter of this resource");
            } else if (parameter.getValue().size() > 1) {
                values.fail(parameter.getKey(), "must be given once");
            }
        }
        String activityId = allowed.contains("activityId") ? activity(one(query, "activityId"), values) : null;
        JsonNode agent = allowed.contains("agent") ? agent(one(query, "agent"), values) : null;
        String registration = one(query, "registration");
        if (registration != null) {
            values.uuid(TextNode.valueOf(registration), "registration");
            registration = registration.toLowerCase(Locale.ROOT);
        }
        String documentId = one(query, idName);
        if (documentId != null && (documentId.isEmpty() || documentId.length() > ID_MAX)) {
            values.fail(idName, "must have 1 to " + ID_MAX + " characters");
        }
        String since = one(query, "since");
        if (since != null) {
            // With an id, since is checked but has no effect: the ADL conformance suite sends both and expects the
            // document (1.0.3 Communication 2.3.s4.table1.row4; the specification says nothing of since with an id).
            values.timestamp(TextNode.valueOf(since), "since");
        }
        String identifier = agent == null || !values.errors().isEmpty() ? null : AgentRules.identifier(agent);
        if (identifier != null && identifier.length() > IRI_MAX) {
            values.fail("agent", "has an identifier longer than " + IRI_MAX + " characters");
        }
        if (!values.errors().isEmpty()) {
            throw new XapiRefusal.BadRequest(
                    "The request's parameters break rules of xAPI " + version.value, values.errors());
        }
        Long personId = agent == null ? null : people.of(agent).map(p -> p.id).orElse(null);
        return new Parsed(
                new DocumentAddress(kind, activityId, identifier, personId, registration, documentId),
                since == null || documentId != null ? null : Statements.instant(since));
    }

    /** The {@code agent} parameter of /agents: a valid Agent, or 400. */
    JsonNode agent(Map<String, List<String>> query, XapiVersion version) {
        XapiValues values = new XapiValues(version);
        for (String parameter : query.keySet()) {
            if (!parameter.equals("agent")) {
                values.fail(parameter, "is not a parameter of this resource");
            }
        }
        JsonNode agent = agent(one(query, "agent"), values);
        if (!values.errors().isEmpty()) {
            throw new XapiRefusal.BadRequest(
                    "The agent parameter breaks rules of xAPI " + version.value, values.errors());
        }
        return agent;
    }

    /** The {@code activityId} parameter of /activities: an IRI, or 400. */
    String activity(Map<String, List<String>> query, XapiVersion version) {
        XapiValues values = new XapiValues(version);
        for (String parameter : query.keySet()) {
            if (!parameter.equals("activityId")) {
                values.fail(parameter, "is not a parameter of this resource");
            }
        }
        String activityId = activity(one(query, "activityId"), values);
        if (!values.errors().isEmpty()) {
            throw new XapiRefusal.BadRequest(
                    "The activityId parameter breaks rules of xAPI " + version.value, values.errors());
        }
        return activityId;
    }

    /** The content type a document is stored with: the request's, or bytes of no stated type. */
    static String contentType(String header) {
        String type = header == null || header.isBlank() ? "application/octet-stream" : header.strip();
        if (type.length() > CONTENT_TYPE_MAX) {
            throw new XapiRefusal.BadRequest("Content-Type", "must have at most " + CONTENT_TYPE_MAX + " characters");
        }
        return type;
    }

    private String activity(String activityId, XapiValues values) {
        if (activityId == null) {
            values.fail("activityId", "is required");
        } else if (activityId.length() > IRI_MAX) {
            values.fail("activityId", "must have at most " + IRI_MAX + " characters");
        } else {
            values.iri(TextNode.valueOf(activityId), "activityId");
        }
        return activityId;
    }

    private JsonNode agent(String json, XapiValues values) {
        if (json == null) {
            values.fail("agent", "is required: an Agent object in JSON");
            return null;
        }
        JsonNode agent;
        try {
            agent = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            values.fail("agent", "is not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        // An Agent, never a Group (1.0.3 Communication 2.6: a group's data is kept under its identifier as an agent).
        AgentRules.agent(agent, "agent", values);
        return agent;
    }

    private static String one(Map<String, List<String>> query, String name) {
        List<String> given = query.get(name);
        return given == null || given.isEmpty() ? null : given.get(0);
    }
}
