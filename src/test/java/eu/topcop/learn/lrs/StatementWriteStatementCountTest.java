package eu.topcop.learn.lrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.StatementStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Storing statements costs the same SQL statements for a few and for many (issue 17, P3 and P5): a client's batch and
 * the system's statements of one moment (a quiz paper's answers and its result) are written together, never one
 * statement, or one query row, at a time.
 */
@QuarkusTest
class StatementWriteStatementCountTest {

    @Inject
    SessionFactory sessions;

    @Inject
    StatementStore store;

    @Inject
    EnrolmentFixture people;

    @Test
    void shouldStoreAClientsBatchOfThreeOrFiftyStatementsWithTheSameStatements() {
        assertEquals(clientBatch(3), clientBatch(50));
    }

    @Test
    void shouldStoreTheSystemsStatementsOfOneMomentWithTheSameStatementsForTwoOrForty() {
        assertEquals(systemStatements(2), systemStatements(40));
    }

    private long clientBatch(int size) {
        LrsFixture.Client client = LrsFixture.client("statements/write", "statements/read");
        StatementQuerySupport test = new StatementQuerySupport(client, "2.0.0");
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(test.statement(i % 2 == 0 ? "experienced" : "answered"));
        }
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        client.xapi("2.0.0").body(batch).post("/xapi/statements").then().statusCode(200);
        long count = statistics.getPrepareStatementCount();
        // And all of them are found, through their query rows.
        test.query(Map.of("agent", test.agentJson(), "limit", "100")).body("statements", hasSize(size));
        return count;
    }

    private long systemStatements(int size) {
        Person learner = people.person("GE");
        StatementStore.Activity module = store.module("drugs-ilp", "Drugs: intelligence-led policing");
        String registration = java.util.UUID.randomUUID().toString();
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            List<ObjectNode> drafts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                drafts.add(store.draft(
                        learner,
                        StatementStore.Verb.ANSWERED,
                        store.lesson("drugs-ilp", i + 1, "Question " + i),
                        module,
                        registration,
                        Map.of("success", true)));
            }
            assertEquals(size, store.recordAll(learner, drafts).size());
        });
        long count = statistics.getPrepareStatementCount();
        assertEquals(
                size,
                QuarkusTransaction.requiringNew()
                        .call(() -> store.of(learner.id, null, 100))
                        .size());
        return count;
    }
}
