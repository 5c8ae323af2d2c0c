package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a statement is about, written beside it into {@code xapi_statement_ref} (V61) so that the statement queries
 * read one index range in stored order: its agents and activities (plain: actor, object; related: also authority,
 * instructor, team, context agents and groups, context activities, a sub-statement's), its verb and registration.
 * Every statement that enters the store passes here, through {@link StatementWriter}.
 */
@ApplicationScoped
public class StatementRefs {

    /** The kinds of thing a query filters on; the prefix of what is hashed. */
    enum Kind {
        AGENT("agent"),
        ACTIVITY("activity"),
        VERB("verb"),
        REGISTRATION("registration");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    /** A thing a statement is about: its kind and identifier. */
    private record Thing(Kind kind, String identifier) {}

    private static final List<String> CONTEXT_ACTIVITIES = List.of("parent", "grouping", "category", "other");

    @Inject
    EntityManager em;

    /**
     * One query row of a statement: the key of a thing it is about, and the breadth that matches it; the kind of thing
     * says whether the statement is copied beside it too (an agent the plain filter matches: V72).
     */
    public record Ref(Kind kind, byte[] key, boolean related) {

        /** Whether the statement is also stored clustered by this row's agent ({@code xapi_statement_by_agent}). */
        public boolean byAgent() {
            return kind == Kind.AGENT && !related;
        }
    }

    /**
     * The query rows of one statement; a StatementRef's target's rows are added by {@link #targets} once stored. Public
     * for the bench's generator, which writes its statements' rows exactly as the store does.
     */
    public static List<Ref> of(JsonNode statement) {
        // thing -> related: a thing matched by the plain filter (FALSE) also gets its related (TRUE) row.
        Map<Thing, Boolean> things = new LinkedHashMap<>();
        agent(things, statement.get("actor"), false);
        JsonNode object = statement.path("object");
        String type = object.path("objectType").asText("Activity");
        switch (type) {
            case "Agent", "Group" -> agent(things, object, false);
            case "Activity" -> thing(things, Kind.ACTIVITY, object.path("id").asText(null), false);
            case "SubStatement" -> {
                agent(things, object.get("actor"), true);
                JsonNode inner = object.path("object");
                String innerType = inner.path("objectType").asText("Activity");
                if ("Activity".equals(innerType)) {
                    thing(things, Kind.ACTIVITY, inner.path("id").asText(null), true);
                } else if ("Agent".equals(innerType) || "Group".equals(innerType)) {
                    agent(things, inner, true);
                }
                context(things, object.path("context"));
            }
            default -> {
                // A StatementRef: its target's rows, by targets().
            }
        }
        agent(things, statement.get("authority"), true);
        context(things, statement.path("context"));
        thing(things, Kind.VERB, statement.path("verb").path("id").asText(null), false);
        String registration = statement.path("context").path("registration").asText(null);
        thing(things, Kind.REGISTRATION, registration == null ? null : registration.toLowerCase(Locale.ROOT), false);
        List<Ref> rows = new ArrayList<>();
        things.forEach((thing, relatedOnly) -> {
            byte[] key = key(thing.kind(), thing.identifier());
            rows.add(new Ref(thing.kind(), key, true));
            if (!relatedOnly) {
                rows.add(new Ref(thing.kind(), key, false));
            }
        });
        return rows;
    }

    /**
     * A statement that targets another (StatementRef) meets every filter but since, until and limit that its target
     * meets (xAPI 1.0.3 Communication 2.1.3, filter conditions for StatementRefs): it takes its target's rows, at its
     * own stored time. A target stored later than the statement naming it is not followed.
     */
    void targets(long seq, String target) {
        // Its copies by agent too: the target's, whether or not the target is voided by now (a voiding statement
        // matches what its target matched), written as the statement itself was stored.
        em.createNativeQuery(
                        "INSERT IGNORE INTO xapi_statement_by_agent (ref, stored, statement_seq, voided, statement)"
                                + " SELECT t.ref, s.stored, s.seq, s.voided, s.statement FROM xapi_statement s"
                                + " JOIN xapi_statement target ON target.id = :target"
                                + " JOIN xapi_statement_by_agent t ON t.statement_seq = target.seq WHERE s.seq = :seq")
                .setParameter("target", target.toLowerCase(Locale.ROOT))
                .setParameter("seq", seq)
                .executeUpdate();
        em.createNativeQuery("INSERT IGNORE INTO xapi_statement_ref (ref, related, stored, statement_seq)"
                        + " SELECT t.ref, t.related, s.stored, s.seq FROM xapi_statement s"
                        + " JOIN xapi_statement target ON target.id = :target"
                        + " JOIN xapi_statement_ref t ON t.statement_seq = target.seq WHERE s.seq = :seq")
                .setParameter("target", target.toLowerCase(Locale.ROOT))
                .setParameter("seq", seq)
                .executeUpdate();
    }

    /** The agents of a context: instructor, team, and 2.0's contextAgents and contextGroups; its activities. */
    private static void context(Map<Thing, Boolean> things, JsonNode context) {
        agent(things, context.get("instructor"), true);
        agent(things, context.get("team"), true);
        for (JsonNode contextAgent : context.path("contextAgents")) {
            agent(things, contextAgent.get("agent"), true);
        }
        for (JsonNode contextGroup : context.path("contextGroups")) {
            agent(things, contextGroup.get("group"), true);
        }
        JsonNode activities = context.path("contextActivities");
        for (String name : CONTEXT_ACTIVITIES) {
            // 1.0.3 allows one context activity without an array.
            JsonNode list = activities.path(name);
            List<JsonNode> each = new ArrayList<>();
            if (list.isObject()) {
                each.add(list);
            } else {
                list.forEach(each::add);
            }
            for (JsonNode activity : each) {
                thing(things, Kind.ACTIVITY, activity.path("id").asText(null), true);
            }
        }
    }

    /** An agent or group by its identifier, and a group's members: the agent filter matches a group they are in. */
    private static void agent(Map<Thing, Boolean> things, JsonNode agent, boolean relatedOnly) {
        if (agent == null || !agent.isObject()) {
            return;
        }
        thing(things, Kind.AGENT, AgentRules.identifier(agent), relatedOnly);
        for (JsonNode member : agent.path("member")) {
            thing(things, Kind.AGENT, AgentRules.identifier(member), relatedOnly);
        }
    }

    private static void thing(Map<Thing, Boolean> things, Kind kind, String identifier, boolean relatedOnly) {
        if (identifier != null) {
            things.merge(new Thing(kind, identifier), relatedOnly, Boolean::logicalAnd);
        }
    }

    /** The row key of a thing: what queries look up. */
    static byte[] key(Kind kind, String identifier) {
        return key(kind.prefix + "|" + identifier);
    }

    private static byte[] key(String thing) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(thing.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
