package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A statement query as GET /xapi/statements states it (xAPI 1.0.3 Communication 2.1.3; 2.0 the same): the filters,
 * each checked as the specification types it (400 naming the parameter otherwise), the page size and direction, and
 * where the previous page ended ({@code more}).
 *
 * @param filters what the statements must be about: the row keys of {@link StatementRefs}, each with its breadth
 * @param since only statements stored after it (exclusive), or null
 * @param until only statements stored at or before it, or null
 * @param limit at most this many statements, 1 to {@link #MAXIMUM}
 * @param format ids, exact or canonical
 * @param after where the previous page ended, or null for the first page
 */
record StatementQuery(
        List<Filter> filters,
        Instant since,
        Instant until,
        int limit,
        boolean ascending,
        String format,
        boolean attachments,
        Cursor after) {

    /**
     * The most statements one page answers: {@code limit=0}, no limit or a larger one get this many (the
     * specification lets the LRS choose). A page of 100 statements is a few hundred kilobytes at most.
     */
    static final int MAXIMUM = 100;

    static final Set<String> PARAMETERS = Set.of(
            "agent",
            "verb",
            "activity",
            "registration",
            "related_activities",
            "related_agents",
            "since",
            "until",
            "limit",
            "format",
            "attachments",
            "ascending",
            "more");

    static final Set<String> FORMATS = Set.of("ids", "exact", "canonical");

    /** One filter: the key of the thing and whether a related (broad) row matches, in the order queries drive by. */
    record Filter(StatementRefs.Kind kind, byte[] key, boolean related) {}

    /**
     * Where a page ended: the last statement's stored and seq (the store's order of storing, V71), the keyset the next
     * page continues after.
     */
    record Cursor(Instant stored, long seq) {

        String token() {
            String plain = stored.toEpochMilli() + ":" + seq;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor of(String token) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                int colon = plain.indexOf(':');
                String seq = plain.substring(colon + 1);
                if (colon < 1 || !seq.matches("[0-9]{1,18}")) {
                    throw new IllegalArgumentException(plain);
                }
                return new Cursor(Instant.ofEpochMilli(Long.parseLong(plain.substring(0, colon))), Long.parseLong(seq));
            } catch (IllegalArgumentException notOurs) {
                throw new XapiRefusal.BadRequest("more", "is not a continuation this LRS gave");
            }
        }
    }

    /** Reads the query parameters; every one the specification does not name is refused. */
    static StatementQuery of(Map<String, List<String>> parameters, XapiVersion version, ObjectMapper mapper) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!PARAMETERS.contains(parameter.getKey())) {
                throw new XapiRefusal.BadRequest(parameter.getKey(), "is not a parameter of a statement query");
            }
            if (parameter.getValue().size() > 1) {
                throw new XapiRefusal.BadRequest(parameter.getKey(), "must be given once");
            }
        }
        XapiValues values = new XapiValues(version);
        boolean relatedAgents = bool(parameters, "related_agents", values);
        boolean relatedActivities = bool(parameters, "related_activities", values);
        List<Filter> filters = new ArrayList<>();
        String registration = one(parameters, "registration");
        if (registration != null) {
            values.uuid(mapper.getNodeFactory().textNode(registration), "registration");
            filters.add(filter(StatementRefs.Kind.REGISTRATION, registration.toLowerCase(Locale.ROOT), false));
        }
        String agent = one(parameters, "agent");
        if (agent != null) {
            String identifier = agent(agent, values, mapper);
            if (identifier != null) {
                filters.add(filter(StatementRefs.Kind.AGENT, identifier, relatedAgents));
            }
        }
        String activity = one(parameters, "activity");
        if (activity != null) {
            values.iri(mapper.getNodeFactory().textNode(activity), "activity");
            filters.add(filter(StatementRefs.Kind.ACTIVITY, activity, relatedActivities));
        }
        String verb = one(parameters, "verb");
        if (verb != null) {
            values.iri(mapper.getNodeFactory().textNode(verb), "verb");
            filters.add(filter(StatementRefs.Kind.VERB, verb, false));
        }
        Instant since = time(parameters, "since", values);
        Instant until = time(parameters, "until", values);
        int limit = limit(one(parameters, "limit"), values);
        String format = one(parameters, "format");
        if (format == null) {
            format = "exact";
        } else if (!FORMATS.contains(format)) {
            values.fail("format", "must be ids, exact or canonical");
        }
        boolean ascending = bool(parameters, "ascending", values);
        boolean attachments = bool(parameters, "attachments", values);
        if (!values.errors().isEmpty()) {
            throw new XapiRefusal.BadRequest(
                    "The statement query breaks rules of xAPI " + version.value, values.errors());
        }
        String more = one(parameters, "more");
        return new StatementQuery(
                filters, since, until, limit, ascending, format, attachments, more == null ? null : Cursor.of(more));
    }

    private static Filter filter(StatementRefs.Kind kind, String identifier, boolean related) {
        return new Filter(kind, StatementRefs.key(kind, identifier), related);
    }

    /** An Agent or identified Group (JSON), by its inverse functional identifier. */
    private static String agent(String json, XapiValues values, ObjectMapper mapper) {
        JsonNode agent;
        try {
            agent = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            values.fail("agent", "must be an Agent or identified Group as JSON");
            return null;
        }
        int before = values.errors().size();
        AgentRules.actor(agent, "agent", values);
        if (values.errors().size() > before) {
            return null;
        }
        String identifier = AgentRules.identifier(agent);
        if (identifier == null) {
            values.fail("agent", "must be an Agent or an identified Group (an anonymous group cannot be matched)");
        }
        return identifier;
    }

    private static Instant time(Map<String, List<String>> parameters, String name, XapiValues values) {
        String time = one(parameters, name);
        if (time == null) {
            return null;
        }
        int before = values.errors().size();
        values.timestamp(new com.fasterxml.jackson.databind.node.TextNode(time), name);
        return values.errors().size() > before ? null : Statements.instant(time);
    }

    private static int limit(String limit, XapiValues values) {
        if (limit == null) {
            return MAXIMUM;
        }
        try {
            int asked = Integer.parseInt(limit);
            if (asked < 0) {
                values.fail("limit", "must be a non-negative integer");
                return MAXIMUM;
            }
            return asked == 0 ? MAXIMUM : Math.min(asked, MAXIMUM);
        } catch (NumberFormatException e) {
            // A number too large for an int still asks for "as many as you allow".
            if (limit.matches("\\d+")) {
                return MAXIMUM;
            }
            values.fail("limit", "must be a non-negative integer");
            return MAXIMUM;
        }
    }

    private static boolean bool(Map<String, List<String>> parameters, String name, XapiValues values) {
        String value = one(parameters, name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (!value.equals("true")) {
            values.fail(name, "must be true or false");
        }
        return true;
    }

    private static String one(Map<String, List<String>> parameters, String name) {
        List<String> given = parameters.get(name);
        return given == null || given.isEmpty() ? null : given.get(0);
    }
}
