package eu.topcop.learn.lrs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The statements' copies clustered by agent (V72), which answer a query by the plain agent filter alone, answer what
 * the query rows answer for statements of every shape that names an agent: actor, group actor and its members, agent
 * and group objects, a sub-statement's and a context's agents (related only), a statement that targets another, a
 * voided statement and the statement voiding it. V72's back-fill of the statements stored before it names the same
 * agents as the writer.
 */
@QuarkusTest
class StatementsByAgentTest {

    private static final String VOIDED = StatementValidator.VOIDED;

    @Inject
    StatementQueries queries;

    @Inject
    EntityManager em;

    private LrsFixture.Client client;

    @BeforeEach
    void createClient() {
        client = LrsFixture.client("statements/write", "statements/read");
    }

    @Test
    void aQueryByAgentAloneAnswersWhatTheQueryRowsAnswerForEveryShapeOfStatement() {
        Shapes shapes = new Shapes(client);
        for (Map<String, Object> agent : shapes.agents) {
            String identifier = AgentRules.identifier(new ObjectMapper().valueToTree(agent));
            StatementQuery.Filter filter = new StatementQuery.Filter(
                    StatementRefs.Kind.AGENT, StatementRefs.key(StatementRefs.Kind.AGENT, identifier), false);
            List<String> fromCopies = ids(QuarkusTransaction.requiringNew()
                    .call(() -> queries.find(query(List.of(filter)), null).statements()));
            // The same filter twice: the query rows drive and are probed, as for any agent filter with another.
            List<String> fromRows = ids(QuarkusTransaction.requiringNew()
                    .call(() ->
                            queries.find(query(List.of(filter, filter)), null).statements()));
            assertEquals(fromRows, fromCopies, identifier);
            assertFalse(fromCopies.isEmpty(), identifier);
            assertFalse(fromCopies.contains(shapes.voided), identifier);
        }
        // The learner's own query: every statement with the learner as actor, object or member, and the voiding one.
        StatementQuery.Filter learner = new StatementQuery.Filter(
                StatementRefs.Kind.AGENT,
                StatementRefs.key(StatementRefs.Kind.AGENT, "mbox:" + shapes.learnerMbox),
                false);
        Set<String> found = new TreeSet<>(ids(QuarkusTransaction.requiringNew()
                .call(() -> queries.find(query(List.of(learner)), null).statements())));
        assertEquals(new TreeSet<>(shapes.matchingTheLearner), found);
    }

    @Test
    void theMigrationsBackFillNamesTheAgentsTheWriterNames() throws IOException {
        Shapes shapes = new Shapes(client);
        String backFill = backFillSelect();
        List<String> seqs = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> found = em.createNativeQuery("SELECT seq FROM xapi_statement WHERE id IN (:ids)")
                    .setParameter("ids", shapes.ownShapes)
                    .getResultList();
            return found.stream().map(String::valueOf).toList();
        });
        String ofThem = " WHERE statement_seq IN (" + String.join(", ", seqs) + ")";
        Set<String> written = rows("SELECT HEX(ref), statement_seq FROM xapi_statement_by_agent" + ofThem);
        assertEquals(15, written.size(), written::toString);
        assertEquals(written, rows("SELECT HEX(ref), statement_seq FROM (" + backFill + ") b" + ofThem));
    }

    /** V72's first INSERT's SELECT, as the migration runs it on the statements stored before it. */
    private static String backFillSelect() throws IOException {
        try (InputStream in =
                StatementsByAgentTest.class.getResourceAsStream("/db/migration/V72__lrs_statements_by_agent.sql")) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String head =
                    "INSERT IGNORE INTO xapi_statement_by_agent (ref, stored, statement_seq, voided, statement)\n";
            int start = migration.indexOf(head) + head.length();
            String select = migration.substring(start, migration.indexOf(';', start));
            // Named columns, for the comparison
            return select.replaceFirst("^SELECT ", "SELECT DISTINCT ")
                    .replace("s.stored, s.seq, s.voided, s.statement", "s.seq AS statement_seq")
                    .replaceFirst("END\\)\\)\\),", "END))) AS ref,");
        }
    }

    private Set<String> rows(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery(sql).getResultList();
            Set<String> rows = new TreeSet<>();
            found.forEach(row -> rows.add(row[0] + "@" + row[1]));
            return rows;
        });
    }

    private static StatementQuery query(List<StatementQuery.Filter> filters) {
        return new StatementQuery(filters, null, null, StatementQuery.MAXIMUM, false, "exact", false, null);
    }

    /** The ids of a page in format exact: each statement its text as stored, not a tree. */
    private static List<String> ids(List<JsonNode> statements) {
        ObjectMapper mapper = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (JsonNode statement : statements) {
            try {
                RawValue text = (RawValue) ((POJONode) statement).getPojo();
                ids.add(mapper.readTree(text.rawValue().toString()).path("id").asText());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        assertFalse(ids.contains(""), ids::toString);
        return ids;
    }

    /** One statement of each shape that names agents, about one learner among others, stored through the API. */
    private static final class Shapes {

        final String learnerMbox = "mailto:learner-" + UUID.randomUUID() + "@academy.example";
        final Map<String, Object> learner = StatementQuerySupport.agent(learnerMbox);
        final Map<String, Object> peer = Map.of(
                "objectType",
                "Agent",
                "mbox_sha1sum",
                HexFormat.of()
                        .formatHex(UUID.randomUUID().toString().substring(0, 20).getBytes(StandardCharsets.UTF_8)));
        final Map<String, Object> trainer =
                Map.of("objectType", "Agent", "openid", "https://id.example/" + UUID.randomUUID());
        final Map<String, Object> account = Map.of(
                "objectType",
                "Agent",
                "account",
                Map.of("homePage", "https://academy.example", "name", "acc-" + UUID.randomUUID()));
        final Map<String, Object> team = Map.of(
                "objectType",
                "Group",
                "mbox",
                "mailto:team-" + UUID.randomUUID() + "@academy.example",
                "member",
                List.of(learner, peer));
        final List<Map<String, Object>> agents = List.of(learner, peer, trainer, account, team);
        final List<String> ownShapes = new ArrayList<>();
        final List<String> matchingTheLearner = new ArrayList<>();
        final String voided;

        Shapes(LrsFixture.Client client) {
            StatementQuerySupport test = new StatementQuerySupport(client, "2.0.0");
            matchingTheLearner.add(own(test, statement(test, learner, activity(test))));
            matchingTheLearner.add(own(test, statement(test, peer, learner)));
            matchingTheLearner.add(own(test, statement(test, team, activity(test))));
            matchingTheLearner.add(own(test, statement(test, trainer, team)));
            own(test, statement(test, account, trainer));
            Map<String, Object> sub = statement(
                    test,
                    trainer,
                    Map.of(
                            "objectType",
                            "SubStatement",
                            "actor",
                            learner,
                            "verb",
                            Map.of("id", "http://adlnet.gov/expapi/verbs/attempted"),
                            "object",
                            activity(test)));
            sub.put("context", Map.of("instructor", account));
            own(test, sub);
            voided = own(test, statement(test, learner, account));
            Map<String, Object> voiding = statement(test, peer, Map.of("objectType", "StatementRef", "id", voided));
            voiding.put("verb", Map.of("id", VOIDED, "display", Map.of("en-US", "voided")));
            matchingTheLearner.add(test.store(voiding));
            String target = matchingTheLearner.get(0);
            matchingTheLearner.add(
                    test.store(statement(test, trainer, Map.of("objectType", "StatementRef", "id", target))));
        }

        private String own(StatementQuerySupport test, Map<String, Object> statement) {
            String id = test.store(statement);
            ownShapes.add(id);
            return id;
        }

        private static Map<String, Object> activity(StatementQuerySupport test) {
            return Map.of("objectType", "Activity", "id", test.activity);
        }

        private static Map<String, Object> statement(
                StatementQuerySupport test, Map<String, Object> actor, Map<String, Object> object) {
            Map<String, Object> statement = test.statement("experienced");
            statement.put("actor", actor);
            statement.put("object", object);
            return statement;
        }
    }
}
