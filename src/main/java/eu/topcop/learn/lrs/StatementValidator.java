package eu.topcop.learn.lrs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every property rule of the xAPI Data part (1.0.3 section 2.4, 2.0.0 / IEEE 9274.1.1 section 9) for a statement
 * as it arrives: what is not allowed is refused with 400, each problem named by its property path. The walk over
 * actors and agents is in {@link AgentRules}; the value rules in {@link XapiValues}.
 */
@ApplicationScoped
public class StatementValidator {

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final Set<String> STATEMENT = Set.of(
            "id",
            "actor",
            "verb",
            "object",
            "result",
            "context",
            "timestamp",
            "stored",
            "authority",
            "version",
            "attachments");
    private static final Set<String> SUB_STATEMENT =
            Set.of("objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments");
    private static final Set<String> VERB = Set.of("id", "display");
    private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION = Set.of(
            "name",
            "description",
            "type",
            "moreInfo",
            "extensions",
            "interactionType",
            "correctResponsesPattern",
            "choices",
            "scale",
            "source",
            "target",
            "steps");
    private static final Set<String> COMPONENT = Set.of("id", "description");
    private static final Set<String> STATEMENT_REF = Set.of("objectType", "id");
    private static final Set<String> RESULT =
            Set.of("score", "success", "completion", "response", "duration", "extensions");
    private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
    private static final Set<String> CONTEXT_1 = Set.of(
            "registration",
            "instructor",
            "team",
            "contextActivities",
            "revision",
            "platform",
            "language",
            "statement",
            "extensions");
    private static final Set<String> CONTEXT_2 = union(CONTEXT_1, Set.of("contextAgents", "contextGroups"));
    private static final Set<String> CONTEXT_ACTIVITIES = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> CONTEXT_AGENT = Set.of("objectType", "agent", "relevantTypes");
    private static final Set<String> CONTEXT_GROUP = Set.of("objectType", "group", "relevantTypes");
    private static final Set<String> ATTACHMENT =
            Set.of("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");
    private static final Set<String> INTERACTION_TYPES = Set.of(
            "true-false",
            "choice",
            "fill-in",
            "long-fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
            "other");

    /** Refuses {@code statement} with every broken rule, or returns quietly. */
    public void validate(JsonNode statement, XapiVersion version) {
        List<eu.topcop.learn.platform.web.Problem.FieldError> errors = check(statement, version, "");
        if (!errors.isEmpty()) {
            throw new XapiRefusal.BadRequest("The statement breaks rules of xAPI " + version.value, errors);
        }
    }

    /** The broken rules of {@code statement}, each path prefixed with {@code path} (a batch's {@code [3]}). */
    List<eu.topcop.learn.platform.web.Problem.FieldError> check(JsonNode statement, XapiVersion version, String path) {
        XapiValues values = new XapiValues(version);
        if (values.object(statement, path.isEmpty() ? "statement" : path, STATEMENT)) {
            statement(statement, values, path);
        }
        return values.errors();
    }

    private void statement(JsonNode statement, XapiValues values, String path) {
        values.required(statement, path, "actor", "verb", "object");
        values.uuid(statement.get("id"), XapiValues.join(path, "id"));
        JsonNode version = statement.get("version");
        if (version != null && values.text(version, XapiValues.join(path, "version"))) {
            String allowed = values.version.isTwo() ? "(1\\.0(\\.\\d+)?|2\\.0(\\.\\d+)?)" : "1\\.0(\\.\\d+)?";
            if (!version.asText().matches(allowed)) {
                values.fail(
                        XapiValues.join(path, "version"),
                        "must be a version of xAPI " + values.version.value
                                + (values.version.isTwo() ? " or 1.0.x" : ""));
            }
        }
        if (statement.has("authority")) {
            authority(statement.get("authority"), XapiValues.join(path, "authority"), values);
        }
        values.timestamp(statement.get("stored"), XapiValues.join(path, "stored"));
        body(statement, values, path);
        JsonNode verb = statement.get("verb");
        if (verb != null && VOIDED.equals(verb.path("id").asText())) {
            String type = statement.path("object").path("objectType").asText();
            if (!"StatementRef".equals(type)) {
                values.fail(XapiValues.join(path, "object.objectType"), "must be StatementRef in a voiding statement");
            }
        }
    }

    /**
     * The authority a client sends: an Agent, or a Group of exactly two Agents, the application and the user of
     * 3-legged OAuth (Data 2.4.9.s3.b1, the same in 2.0.0). The LRS replaces it with its own, but a statement that
     * breaks the rule is not a valid statement, so it is refused rather than silently repaired.
     */
    private void authority(JsonNode authority, String path, XapiValues values) {
        AgentRules.actor(authority, path, values);
        if (authority != null && "Group".equals(authority.path("objectType").asText())) {
            JsonNode members = authority.get("member");
            if (members != null && members.isArray() && members.size() != 2) {
                values.fail(path + ".member", "must hold exactly two agents in an authority (3-legged OAuth)");
            }
        }
    }

    /** What a statement and a sub-statement share. */
    private void body(JsonNode statement, XapiValues values, String path) {
        if (statement.has("actor")) {
            AgentRules.actor(statement.get("actor"), XapiValues.join(path, "actor"), values);
        }
        if (statement.has("verb")) {
            verb(statement.get("verb"), XapiValues.join(path, "verb"), values);
        }
        String objectType = "Activity";
        if (statement.has("object")) {
            objectType =
                    object(statement.get("object"), XapiValues.join(path, "object"), values, path.contains("object"));
        }
        if (statement.has("result")) {
            result(statement.get("result"), XapiValues.join(path, "result"), values);
        }
        if (statement.has("context")) {
            context(statement.get("context"), XapiValues.join(path, "context"), values, objectType);
        }
        values.timestamp(statement.get("timestamp"), XapiValues.join(path, "timestamp"));
        if (statement.has("attachments")) {
            attachments(statement.get("attachments"), XapiValues.join(path, "attachments"), values);
        }
    }

    private void verb(JsonNode verb, String path, XapiValues values) {
        if (values.object(verb, path, VERB)) {
            values.required(verb, path, "id");
            values.iri(verb.get("id"), path + ".id");
            values.languageMap(verb.get("display"), path + ".display");
        }
    }

    /** Checks the statement's object and answers its type (Activity when none is given). */
    private String object(JsonNode object, String path, XapiValues values, boolean inSubStatement) {
        if (object == null || !object.isObject()) {
            values.fail(path, "must be an object");
            return "";
        }
        JsonNode typeNode = object.get("objectType");
        String type = typeNode == null ? "Activity" : typeNode.asText();
        if (typeNode != null && !typeNode.isTextual()) {
            values.fail(path + ".objectType", "must be a string");
        }
        switch (type) {
            case "Activity" -> activity(object, path, values);
            case "Agent", "Group" -> AgentRules.actor(object, path, values);
            case "StatementRef" -> {
                if (values.object(object, path, STATEMENT_REF)) {
                    values.required(object, path, "id");
                    values.uuid(object.get("id"), path + ".id");
                }
            }
            case "SubStatement" -> {
                if (inSubStatement) {
                    values.fail(path + ".objectType", "a SubStatement must not contain a SubStatement");
                } else if (values.object(object, path, SUB_STATEMENT)) {
                    values.required(object, path, "actor", "verb", "object");
                    body(object, values, path);
                }
            }
            default ->
                values.fail(path + ".objectType", "must be Activity, Agent, Group, StatementRef or SubStatement");
        }
        return type;
    }

    void activity(JsonNode activity, String path, XapiValues values) {
        if (!values.object(activity, path, ACTIVITY)) {
            return;
        }
        values.required(activity, path, "id");
        values.iri(activity.get("id"), path + ".id");
        JsonNode definition = activity.get("definition");
        if (definition == null || !values.object(definition, path + ".definition", DEFINITION)) {
            return;
        }
        String at = path + ".definition";
        values.languageMap(definition.get("name"), at + ".name");
        values.languageMap(definition.get("description"), at + ".description");
        values.iri(definition.get("type"), at + ".type");
        values.iri(definition.get("moreInfo"), at + ".moreInfo");
        values.extensions(definition.get("extensions"), at + ".extensions");
        interaction(definition, at, values);
    }

    /** The interaction properties: each list of components belongs to the interaction types that use it. */
    private void interaction(JsonNode definition, String path, XapiValues values) {
        JsonNode typeNode = definition.get("interactionType");
        String type = typeNode == null ? null : typeNode.asText();
        if (typeNode != null && (!typeNode.isTextual() || !INTERACTION_TYPES.contains(type))) {
            values.fail(path + ".interactionType", "must be one of " + INTERACTION_TYPES);
        }
        JsonNode pattern = definition.get("correctResponsesPattern");
        // A correct response only means something for an interaction, and interaction activities MUST have an
        // interactionType (Data 2.4.4.1.s13.b1; the conformance requirement XAPI-00064): without it the pattern
        // cannot be read.
        if (pattern != null && typeNode == null) {
            values.fail(path + ".interactionType", "is required when correctResponsesPattern is given");
        }
        if (pattern != null) {
            if (!pattern.isArray()) {
                values.fail(path + ".correctResponsesPattern", "must be an array of strings");
            } else {
                for (int i = 0; i < pattern.size(); i++) {
                    values.text(pattern.get(i), path + ".correctResponsesPattern[" + i + "]");
                }
            }
        }
        components(definition, "choices", Set.of("choice", "sequencing"), type, path, values);
        components(definition, "scale", Set.of("likert"), type, path, values);
        components(definition, "source", Set.of("matching"), type, path, values);
        components(definition, "target", Set.of("matching"), type, path, values);
        components(definition, "steps", Set.of("performance"), type, path, values);
    }

    private void components(
            JsonNode definition, String list, Set<String> types, String type, String path, XapiValues values) {
        JsonNode components = definition.get(list);
        if (components == null) {
            return;
        }
        String at = path + "." + list;
        if (type == null || !types.contains(type)) {
            values.fail(at, "is only used with the interaction types " + types);
        }
        if (!components.isArray()) {
            values.fail(at, "must be an array of interaction components");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            String item = at + "[" + i + "]";
            if (values.object(component, item, COMPONENT)) {
                values.required(component, item, "id");
                if (values.text(component.get("id"), item + ".id")
                        && !ids.add(component.get("id").asText())) {
                    values.fail(item + ".id", "is given twice in " + list);
                }
                values.languageMap(component.get("description"), item + ".description");
            }
        }
    }

    private void result(JsonNode result, String path, XapiValues values) {
        if (!values.object(result, path, RESULT)) {
            return;
        }
        values.bool(result.get("success"), path + ".success");
        values.bool(result.get("completion"), path + ".completion");
        values.text(result.get("response"), path + ".response");
        values.duration(result.get("duration"), path + ".duration");
        values.extensions(result.get("extensions"), path + ".extensions");
        JsonNode score = result.get("score");
        if (score == null || !values.object(score, path + ".score", SCORE)) {
            return;
        }
        for (String number : SCORE) {
            if (score.has(number) && !score.get(number).isNumber()) {
                values.fail(path + ".score." + number, "must be a number");
            }
        }
        JsonNode scaled = score.get("scaled");
        if (scaled != null && scaled.isNumber() && (scaled.asDouble() < -1 || scaled.asDouble() > 1)) {
            values.fail(path + ".score.scaled", "must be between -1 and 1");
        }
        JsonNode raw = score.get("raw");
        JsonNode min = score.get("min");
        JsonNode max = score.get("max");
        if (min != null && max != null && min.isNumber() && max.isNumber() && min.asDouble() >= max.asDouble()) {
            values.fail(path + ".score.min", "must be less than max");
        }
        if (raw != null && raw.isNumber()) {
            if (min != null && min.isNumber() && raw.asDouble() < min.asDouble()) {
                values.fail(path + ".score.raw", "must not be less than min");
            }
            if (max != null && max.isNumber() && raw.asDouble() > max.asDouble()) {
                values.fail(path + ".score.raw", "must not be greater than max");
            }
        }
    }

    private void context(JsonNode context, String path, XapiValues values, String objectType) {
        if (!values.object(context, path, values.version.isTwo() ? CONTEXT_2 : CONTEXT_1)) {
            return;
        }
        values.uuid(context.get("registration"), path + ".registration");
        if (context.has("instructor")) {
            AgentRules.actor(context.get("instructor"), path + ".instructor", values);
        }
        if (context.has("team")) {
            AgentRules.group(context.get("team"), path + ".team", values);
        }
        // Revision and platform say something about an activity: with any other object they mean nothing.
        for (String activityOnly : List.of("revision", "platform")) {
            if (context.has(activityOnly)) {
                values.text(context.get(activityOnly), path + "." + activityOnly);
                if (!"Activity".equals(objectType)) {
                    values.fail(path + "." + activityOnly, "is only allowed when the object is an Activity");
                }
            }
        }
        values.languageTag(context.get("language"), path + ".language");
        JsonNode statement = context.get("statement");
        if (statement != null) {
            if (values.object(statement, path + ".statement", STATEMENT_REF)) {
                values.required(statement, path + ".statement", "id");
                values.uuid(statement.get("id"), path + ".statement.id");
                if (!"StatementRef".equals(statement.path("objectType").asText())) {
                    values.fail(path + ".statement.objectType", "must be StatementRef");
                }
            }
        }
        values.extensions(context.get("extensions"), path + ".extensions");
        contextActivities(context.get("contextActivities"), path + ".contextActivities", values);
        if (values.version.isTwo()) {
            contextActors(context.get("contextAgents"), path + ".contextAgents", "contextAgent", "agent", values);
            contextActors(context.get("contextGroups"), path + ".contextGroups", "contextGroup", "group", values);
        }
    }

    private void contextActivities(JsonNode activities, String path, XapiValues values) {
        if (activities == null || !values.object(activities, path, CONTEXT_ACTIVITIES)) {
            return;
        }
        activities.fields().forEachRemaining(entry -> {
            String at = path + "." + entry.getKey();
            JsonNode value = entry.getValue();
            // 1.0.3 allows a single activity here, which the LRS returns as an array of one.
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    activityOnly(value.get(i), at + "[" + i + "]", values);
                }
            } else if (!value.isNull()) {
                activityOnly(value, at, values);
            }
        });
    }

    private void activityOnly(JsonNode activity, String path, XapiValues values) {
        JsonNode type = activity == null ? null : activity.get("objectType");
        if (type != null && !"Activity".equals(type.asText())) {
            values.fail(path + ".objectType", "must be Activity");
        }
        activity(activity, path, values);
    }

    /** 2.0.0's contextAgents and contextGroups: who else took part, with IRIs that say how. */
    private void contextActors(JsonNode list, String path, String objectType, String member, XapiValues values) {
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            values.fail(path, "must be an array");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String at = path + "[" + i + "]";
            if (!values.object(item, at, objectType.equals("contextAgent") ? CONTEXT_AGENT : CONTEXT_GROUP)) {
                continue;
            }
            values.required(item, at, "objectType", member);
            if (item.has("objectType")
                    && !objectType.equals(item.get("objectType").asText())) {
                values.fail(at + ".objectType", "must be " + objectType);
            }
            if (item.has(member)) {
                if (member.equals("group")) {
                    AgentRules.group(item.get(member), at + "." + member, values);
                } else {
                    AgentRules.agent(item.get(member), at + "." + member, values);
                }
            }
            JsonNode types = item.get("relevantTypes");
            if (types != null) {
                if (!types.isArray() || types.isEmpty()) {
                    values.fail(at + ".relevantTypes", "must be a non-empty array of IRIs");
                } else {
                    for (int t = 0; t < types.size(); t++) {
                        values.iri(types.get(t), at + ".relevantTypes[" + t + "]");
                    }
                }
            }
        }
    }

    private void attachments(JsonNode attachments, String path, XapiValues values) {
        if (!attachments.isArray()) {
            values.fail(path, "must be an array");
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            JsonNode attachment = attachments.get(i);
            String at = path + "[" + i + "]";
            if (!values.object(attachment, at, ATTACHMENT)) {
                continue;
            }
            values.required(attachment, at, "usageType", "display", "contentType", "length", "sha2");
            values.iri(attachment.get("usageType"), at + ".usageType");
            values.languageMap(attachment.get("display"), at + ".display");
            values.languageMap(attachment.get("description"), at + ".description");
            JsonNode type = attachment.get("contentType");
            if (type != null
                    && values.text(type, at + ".contentType")
                    && !type.asText().matches("[\\w!#$&^.+-]+/[\\w!#$&^.+-]+(\\s*;.*)?")) {
                values.fail(at + ".contentType", "must be an Internet media type");
            }
            JsonNode length = attachment.get("length");
            if (length != null && (!length.canConvertToLong() || !length.isIntegralNumber() || length.asLong() < 0)) {
                values.fail(at + ".length", "must be a whole number of octets");
            }
            values.sha2(attachment.get("sha2"), at + ".sha2");
            values.iri(attachment.get("fileUrl"), at + ".fileUrl");
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
