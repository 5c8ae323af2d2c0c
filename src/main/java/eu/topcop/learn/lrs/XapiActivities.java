package eu.topcop.learn.lrs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Activity object of /activities and the Person object of /agents.
 *
 * <p>An activity's definition is not kept apart: it is read from the statements whose object it is, the newest
 * {@value #DEFINITIONS_READ} that are not voided (through {@code ix_xapi_statement_activity_seq}), merged from the
 * oldest to the newest: each property takes its newest value, and language maps gather every language, the newest
 * text of each winning. An activity no statement names is still answered, with its id alone (1.0.3 Communication
 * 2.5.s2.b1).
 */
@ApplicationScoped
public class XapiActivities {

    static final int DEFINITIONS_READ = 50;
    private static final List<String> LANGUAGE_MAPS = List.of("name", "description");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    XapiPeople people;

    public ObjectNode activity(String activityId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT statement FROM xapi_statement WHERE activity = :a"
                        + " AND voided = FALSE ORDER BY seq DESC LIMIT " + DEFINITIONS_READ)
                .setParameter("a", activityId)
                .getResultList();
        List<Object> oldestFirst = new ArrayList<>(rows);
        Collections.reverse(oldestFirst);
        ObjectNode definition = mapper.createObjectNode();
        for (Object row : oldestFirst) {
            JsonNode object = read(row.toString()).path("object");
            if (object.path("definition") instanceof ObjectNode newer
                    && activityId.equals(object.path("id").asText())) {
                merge(definition, newer);
            }
        }
        ObjectNode activity = mapper.createObjectNode();
        activity.put("objectType", "Activity");
        activity.put("id", activityId);
        if (!definition.isEmpty()) {
            activity.set("definition", definition);
        }
        return activity;
    }

    /**
     * The Person object of an agent (1.0.3 Communication 2.4): every identifier the LRS knows for it. For an agent
     * that is one of our people, their name and the account our statements name them by, nothing more (no e-mail:
     * a client sees of our people only what their statements show); for any other agent, what the request said.
     */
    public ObjectNode person(JsonNode agent) {
        ObjectNode person = mapper.createObjectNode();
        person.put("objectType", "Person");
        var ours = people.of(agent);
        if (ours.isPresent()) {
            person.putArray("name").add(ours.get().name);
            person.putArray("account")
                    .addObject()
                    .put("homePage", agent.path("account").path("homePage").asText())
                    .put("name", people.accountName(ours.get()));
            return person;
        }
        if (agent.hasNonNull("name")) {
            person.putArray("name").add(agent.get("name").asText());
        }
        for (String identifier : AgentRules.IDENTIFIERS) {
            if (agent.has(identifier)) {
                person.putArray(identifier).add(agent.get(identifier).deepCopy());
            }
        }
        return person;
    }

    private static void merge(ObjectNode into, ObjectNode newer) {
        newer.fields().forEachRemaining(property -> {
            String name = property.getKey();
            if (LANGUAGE_MAPS.contains(name)
                    && into.get(name) instanceof ObjectNode older
                    && property.getValue() instanceof ObjectNode texts) {
                older.setAll(texts);
            } else {
                into.set(name, property.getValue().deepCopy());
            }
        });
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
