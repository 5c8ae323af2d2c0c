package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ids list of a document resource and an activity's definition cost the same statements for 3 and 60 rows. */
@QuarkusTest
class XapiDocumentStatementCountTest {

    @Inject
    SessionFactory sessions;

    @Inject
    XapiDocuments documents;

    @Inject
    XapiActivities activities;

    @Test
    void shouldListIdsAndDefineAnActivityWithTheSameStatementsForThreeAndSixtyRows() {
        long[] few = counts(3);
        long[] many = counts(60);
        assertEquals(few[0], many[0], "the ids of an agent's states in an activity");
        assertEquals(few[1], many[1], "an activity's definition");
    }

    private long[] counts(int size) {
        String activity = "https://academy.example/counted/" + UUID.randomUUID();
        String agent = "mbox:mailto:counted-" + UUID.randomUUID() + "@academy.example";
        LrsFixture.Client client = LrsFixture.client("statements/write");
        for (int i = 0; i < size; i++) {
            DocumentAddress address =
                    new DocumentAddress(XapiDocument.Kind.STATE, activity, agent, null, null, "state-" + i);
            documents.put(
                    address,
                    "{}".getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    new Preconditions(null, null),
                    false);
            java.util.Map<String, Object> statement = LrsFixture.statement();
            statement.put(
                    "object",
                    java.util.Map.of(
                            "id", activity, "definition", java.util.Map.of("name", java.util.Map.of("en", "n" + i))));
            client.xapi("1.0.3").body(statement).post("/xapi/statements").then().statusCode(200);
        }
        DocumentAddress owner = new DocumentAddress(XapiDocument.Kind.STATE, activity, agent, null, null, null);
        Statistics statistics = sessions.getStatistics();
        long[] counts = new long[2];
        statistics.clear();
        QuarkusTransaction.requiringNew()
                .run(() -> assertEquals(size, documents.ids(owner, null).size()));
        counts[0] = statistics.getPrepareStatementCount();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> activities.activity(activity));
        counts[1] = statistics.getPrepareStatementCount();
        return counts;
    }
}
