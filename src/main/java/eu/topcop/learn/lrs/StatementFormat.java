package eu.topcop.learn.lrs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The formats a statement is answered in (xAPI 1.0.3 Communication 2.1.3, {@code format}): {@code exact} as it was
 * stored; {@code ids} with agents, groups, activities and verbs reduced to what identifies them (an anonymous group
 * to its members' identifiers); {@code canonical} with every language map of activities and verbs reduced to the
 * one language the request's Accept-Language prefers (the LRS keeps no other canonical definition than the one in
 * the statement). Works on a copy: the stored statement is never changed.
 */
final class StatementFormat {

    private static final List<String> DEFINITION_MAPS = List.of("name", "description");
    private static final List<String> COMPONENTS = List.of("choices", "scale", "source", "target", "steps");
    private static final List<String> CONTEXT_ACTIVITIES = List.of("parent", "grouping", "category", "other");

    private StatementFormat() {}

    static JsonNode apply(JsonNode statement, String format, List<Locale> languages) {
        if ("exact".equals(format)) {
            return statement;
        }
        ObjectNode copy = statement.deepCopy();
        if ("ids".equals(format)) {
            ids(copy);
        } else {
            canonical(copy, languages);
        }
        return copy;
    }

    private static void ids(ObjectNode statement) {
        agent(statement.get("actor"));
        agent(statement.get("authority"));
        verb(statement.get("verb"));
        object(statement.get("object"));
        context(statement.get("context"));
        if (statement.path("object") instanceof ObjectNode sub
                && "SubStatement".equals(sub.path("objectType").asText())) {
            agent(sub.get("actor"));
            verb(sub.get("verb"));
            object(sub.get("object"));
            context(sub.get("context"));
        }
    }

    private static void object(JsonNode object) {
        if (!(object instanceof ObjectNode node)) {
            return;
        }
        String type = node.path("objectType").asText("Activity");
        if ("Agent".equals(type) || "Group".equals(type)) {
            agent(node);
        } else if ("Activity".equals(type)) {
            // Its id alone identifies an activity: an object without objectType is an Activity (Data 2.4.4), so
            // "only the minimum information necessary" (Communication 2.1.3, format) leaves objectType out.
            node.retain("id");
        }
    }

    private static void verb(JsonNode verb) {
        if (verb instanceof ObjectNode node) {
            node.retain("id");
        }
    }

    /** An agent or identified group keeps objectType and its identifier; an anonymous group its members'. */
    private static void agent(JsonNode agent) {
        if (!(agent instanceof ObjectNode node)) {
            return;
        }
        boolean identified = AgentRules.IDENTIFIERS.stream().anyMatch(node::has);
        List<String> kept = new ArrayList<>(AgentRules.IDENTIFIERS);
        kept.add("objectType");
        if (!identified) {
            kept.add("member");
            for (JsonNode member : node.path("member")) {
                agent(member);
            }
        }
        node.retain(kept);
    }

    private static void context(JsonNode context) {
        if (!(context instanceof ObjectNode node)) {
            return;
        }
        agent(node.get("instructor"));
        agent(node.get("team"));
        for (JsonNode contextAgent : node.path("contextAgents")) {
            agent(contextAgent.get("agent"));
        }
        for (JsonNode contextGroup : node.path("contextGroups")) {
            agent(contextGroup.get("group"));
        }
        for (JsonNode activity : contextActivities(node)) {
            object(activity);
        }
    }

    private static void canonical(ObjectNode statement, List<Locale> languages) {
        List<JsonNode> parts = new ArrayList<>(List.of(statement));
        if ("SubStatement".equals(statement.path("object").path("objectType").asText())) {
            parts.add(statement.get("object"));
        }
        for (JsonNode part : parts) {
            reduce(part.path("verb").get("display"), languages);
            activity(part.get("object"), languages);
            for (JsonNode activity : contextActivities(part.path("context"))) {
                activity(activity, languages);
            }
        }
    }

    private static void activity(JsonNode activity, List<Locale> languages) {
        JsonNode definition = activity == null ? null : activity.get("definition");
        if (definition == null) {
            return;
        }
        for (String map : DEFINITION_MAPS) {
            reduce(definition.get(map), languages);
        }
        for (String list : COMPONENTS) {
            for (JsonNode component : definition.path(list)) {
                reduce(component.get("description"), languages);
            }
        }
    }

    /** Keeps the one entry of a language map that the reader prefers: exact tag, then language, then the first. */
    static void reduce(JsonNode map, List<Locale> languages) {
        if (!(map instanceof ObjectNode node) || node.size() <= 1) {
            return;
        }
        String chosen = null;
        for (Locale wanted : languages) {
            chosen = match(node, wanted);
            if (chosen != null) {
                break;
            }
        }
        if (chosen == null) {
            chosen = node.fieldNames().next();
        }
        node.retain(chosen);
    }

    private static String match(ObjectNode map, Locale wanted) {
        if (wanted.getLanguage().isEmpty() || "*".equals(wanted.getLanguage())) {
            return null;
        }
        String tag = wanted.toLanguageTag();
        String byLanguage = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (key.equalsIgnoreCase(tag)) {
                return key;
            }
            if (byLanguage == null && Locale.forLanguageTag(key).getLanguage().equalsIgnoreCase(wanted.getLanguage())) {
                byLanguage = key;
            }
        }
        return byLanguage;
    }

    private static List<JsonNode> contextActivities(JsonNode context) {
        List<JsonNode> all = new ArrayList<>();
        JsonNode activities = context.path("contextActivities");
        for (String name : CONTEXT_ACTIVITIES) {
            JsonNode list = activities.path(name);
            if (list instanceof ArrayNode array) {
                array.forEach(all::add);
            } else if (list.isObject()) {
                all.add(list);
            }
        }
        return all;
    }
}
