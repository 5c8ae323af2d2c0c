package eu.topcop.learn.lrs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import eu.topcop.learn.platform.web.StoredTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Statements from LRS clients, into the same store the learning feature writes ({@code xapi_statement}): validated
 * whole (a batch is stored entirely or not at all), given their id, {@code stored} and {@code authority} here, and
 * read back one at a time. A voiding statement marks its target voided.
 */
@ApplicationScoped
public class Statements {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    StatementValidator validator;

    @Inject
    Event<LaunchedStatement> launched;

    @Inject
    StatementWriter writer;

    @ConfigProperty(name = "lms.public-url")
    String home;

    /** Stores the statements and answers their ids, in order; a statement already stored as it is stays as it is. */
    @Transactional
    public List<String> store(List<ObjectNode> statements, LrsClients.Caller client, XapiVersion version) {
        return store(statements, client, version, null);
    }

    /**
     * As {@link #store(List, LrsClients.Caller, XapiVersion)}, sent by an LRS client or, with {@code launch}, by
     * content the system launched: then each statement must be the launch's learner's in its registration (403), is
     * stored as that person's, and is announced as a {@link LaunchedStatement}.
     */
    @Transactional
    public List<String> store(
            List<ObjectNode> statements,
            LrsClients.Caller client,
            XapiVersion version,
            LaunchCredentials.Launch launch) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            errors.addAll(validator.check(statements.get(i), version, statements.size() == 1 ? "" : "[" + i + "]"));
        }
        if (!errors.isEmpty()) {
            throw new XapiRefusal.BadRequest("The statements break rules of xAPI " + version.value, errors);
        }
        if (launch != null) {
            for (int i = 0; i < statements.size(); i++) {
                launch.admit(statements.get(i), statements.size() == 1 ? "" : "[" + i + "]");
            }
        }
        Instant stored = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<String> answer = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            ObjectNode statement = statements.get(i);
            String id = statement.has("id")
                    ? statement.get("id").asText().toLowerCase(java.util.Locale.ROOT)
                    : StatementIds.next();
            if (answer.contains(id)) {
                throw new XapiRefusal.BadRequest(
                        statements.size() == 1 ? "id" : "[" + i + "].id", "is given to two statements of the batch");
            }
            statement.put("id", id);
            answer.add(id);
        }
        Map<String, JsonNode> existing = existing(answer);
        List<ObjectNode> arriving = new ArrayList<>();
        List<StatementWriter.Row> rows = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            ObjectNode statement = statements.get(i);
            String id = answer.get(i);
            if (existing.containsKey(id)) {
                if (!Comparison.same(existing.get(id), statement)) {
                    throw new DomainException.Conflict(
                            "A different statement is already stored with the id " + id + ".");
                }
                continue;
            }
            String path = statements.size() == 1 ? "id" : "[" + i + "].id";
            arriving.add(statement);
            rows.add(row(complete(statement, client, launch, version, stored, path), client, launch, stored));
        }
        writer.write(rows);
        // After the whole batch is stored: a voiding statement may target one earlier in the same batch.
        for (ObjectNode statement : arriving) {
            announce(statement, launch);
        }
        return answer;
    }

    /**
     * The statement with this id, unless voided; or with {@code voided}, only if voided. A client with
     * statements/read/mine only reads what it stored itself.
     */
    public Optional<JsonNode> one(String id, boolean voided, LrsClients.Caller client, boolean onlyMine) {
        var query = em.createNativeQuery("SELECT statement FROM xapi_statement WHERE id = :id AND voided = :voided"
                        + (onlyMine ? " AND authority_client_id = :client" : ""))
                .setParameter("id", id.toLowerCase(java.util.Locale.ROOT))
                .setParameter("voided", voided);
        if (onlyMine) {
            query.setParameter("client", client.id());
        }
        List<?> rows = query.getResultList();
        return rows.stream().findFirst().map(r -> read(r.toString()));
    }

    private Optional<JsonNode> find(String id) {
        List<?> rows = em.createNativeQuery("SELECT statement FROM xapi_statement WHERE id = :id")
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(r -> read(r.toString()));
    }

    /** What the LRS sets: stored, authority (the client), version, a timestamp if none, single context activities as arrays. */
    private ObjectNode complete(
            ObjectNode statement,
            LrsClients.Caller client,
            LaunchCredentials.Launch launch,
            XapiVersion version,
            Instant stored,
            String path) {
        statement.put("stored", stored.toString());
        if (!statement.has("timestamp")) {
            statement.put("timestamp", stored.toString());
        }
        if (!statement.has("version")) {
            statement.put("version", version.isTwo() ? "2.0.0" : "1.0.0");
        }
        statement.set("authority", launch == null ? authority(client) : authority(statement));
        Comparison.activitiesAsArrays(statement);
        Instant at = instant(statement.get("timestamp").asText());
        if (!StoredTime.storable(at)) {
            throw new XapiRefusal.BadRequest(
                    path.replace("id", "timestamp"), "must be between 1970-01-01T00:00:01Z and 2038-01-19T03:14:07Z");
        }
        return statement;
    }

    private ObjectNode authority(LrsClients.Caller client) {
        ObjectNode authority = mapper.createObjectNode();
        authority.put("objectType", "Agent");
        authority.put("name", client.name());
        authority.putObject("account").put("homePage", home + "/xapi/clients").put("name", client.key());
        return authority;
    }

    /**
     * Content launched by the system speaks for the learner with the system's leave, as an application with a user's
     * consent does under OAuth: its authority is the group of the two (xAPI Data 2.4.9).
     */
    private ObjectNode authority(ObjectNode statement) {
        ObjectNode authority = mapper.createObjectNode();
        authority.put("objectType", "Group");
        ArrayNode members = authority.putArray("member");
        ObjectNode system = members.addObject();
        system.put("objectType", "Agent");
        system.putObject("account").put("homePage", home).put("name", "topcop-learn");
        members.add(statement.get("actor").deepCopy());
        return authority;
    }

    /** The stored statements among these ids, by id: one query for a batch. */
    private Map<String, JsonNode> existing(List<String> ids) {
        Map<String, JsonNode> found = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT id, statement FROM xapi_statement WHERE id IN (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            found.put(columns[0].toString(), read(columns[1].toString()));
        }
        return found;
    }

    private StatementWriter.Row row(
            ObjectNode statement, LrsClients.Caller client, LaunchCredentials.Launch launch, Instant stored) {
        JsonNode object = statement.get("object");
        JsonNode success = statement.path("result").get("success");
        JsonNode registration = statement.path("context").get("registration");
        return new StatementWriter.Row(
                statement.get("id").asText(),
                launch == null ? null : launch.personId(),
                // One of our people is named by person_id (as the system's own statements are), never by the column.
                launch == null ? AgentRules.identifier(statement.get("actor")) : null,
                statement.get("verb").get("id").asText(),
                "Activity".equals(object.path("objectType").asText("Activity"))
                        ? object.get("id").asText()
                        : null,
                registration == null ? null : registration.asText().toLowerCase(java.util.Locale.ROOT),
                instant(statement.get("timestamp").asText()),
                stored,
                statement,
                success != null && success.isBoolean() ? success.asBoolean() : null,
                client == null ? null : client.id());
    }

    /** What a stored statement sets off: launched content's progress, a voiding statement's target. */
    private void announce(ObjectNode statement, LaunchCredentials.Launch launch) {
        JsonNode object = statement.get("object");
        String objectType = object.path("objectType").asText("Activity");
        String verb = statement.get("verb").get("id").asText();
        if (launch != null) {
            launched.fire(new LaunchedStatement(
                    launch.personId(),
                    launch.registration(),
                    verb,
                    "Activity".equals(objectType) ? object.get("id").asText() : null));
        }
        if (StatementValidator.VOIDED.equals(verb)) {
            voidTarget(object.get("id").asText().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A voiding statement voids its target; it cannot void another voiding statement. */
    private void voidTarget(String target) {
        Optional<JsonNode> voided = find(target);
        if (voided.isPresent()
                && StatementValidator.VOIDED.equals(
                        voided.get().path("verb").path("id").asText())) {
            throw new XapiRefusal.BadRequest("object.id", "names a voiding statement, which cannot be voided");
        }
        writer.voided(target);
    }

    static Instant instant(String time) {
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (java.time.format.DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(time).toInstant(ZoneOffset.UTC);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether two statements with the same id are the same statement (xAPI Data 2.3.1, statement comparison). */
    static final class Comparison {

        private static final List<String> SET_BY_THE_LRS = List.of("stored", "authority", "version", "id");

        private Comparison() {}

        static boolean same(JsonNode stored, ObjectNode arriving) {
            ObjectNode a = stored.deepCopy();
            ObjectNode b = arriving.deepCopy();
            a.remove(SET_BY_THE_LRS);
            b.remove(SET_BY_THE_LRS);
            if (!b.has("timestamp")) {
                a.remove("timestamp");
            }
            activitiesAsArrays(a);
            activitiesAsArrays(b);
            return a.equals(b);
        }

        /** 1.0.3 allows one context activity without an array; it is kept (and returned) as an array of one. */
        static void activitiesAsArrays(ObjectNode statement) {
            List<JsonNode> contexts = new ArrayList<>();
            contexts.add(statement.path("context"));
            contexts.add(statement.path("object").path("context"));
            for (JsonNode context : contexts) {
                if (context.path("contextActivities") instanceof ObjectNode activities) {
                    List<String> names = new ArrayList<>();
                    activities.fieldNames().forEachRemaining(names::add);
                    for (String name : names) {
                        JsonNode value = activities.get(name);
                        if (value.isObject()) {
                            ArrayNode array = activities.arrayNode().add(value);
                            activities.set(name, array);
                        }
                    }
                }
            }
        }
    }
}
