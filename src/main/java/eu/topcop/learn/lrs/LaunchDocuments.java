package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Documents the system writes for content it launches before the content starts (cmi5 10.0: LMS.LaunchData in the
 * state resource; 11.0: cmi5LearnerPreferences in the agent profile), in the caller's transaction, exactly where the
 * content reads them through /xapi.
 */
@ApplicationScoped
public class LaunchDocuments {

    private static final String JSON = "application/json";

    @Inject
    XapiDocuments documents;

    /** Replaces the state document {@code stateId} of the learner at the activity in the registration. */
    public void putState(
            String activityId, JsonNode agent, long personId, String registration, String stateId, ObjectNode json) {
        DocumentAddress address = new DocumentAddress(
                XapiDocument.Kind.STATE, activityId, AgentRules.identifier(agent), personId, registration, stateId);
        documents.put(address, bytes(json), JSON, new Preconditions(null, null), false);
    }

    /** Stores the agent profile document {@code profileId} unless the learner (or their content) already has one. */
    public void putAgentProfileIfAbsent(JsonNode agent, long personId, String profileId, ObjectNode json) {
        DocumentAddress address = new DocumentAddress(
                XapiDocument.Kind.AGENT_PROFILE, null, AgentRules.identifier(agent), personId, null, profileId);
        if (documents.find(address).isEmpty()) {
            documents.put(address, bytes(json), JSON, new Preconditions(null, null), false);
        }
    }

    private static byte[] bytes(ObjectNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
