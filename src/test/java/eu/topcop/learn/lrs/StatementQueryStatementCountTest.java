package eu.topcop.learn.lrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A page of a statement query costs the same statements for 3 and 60 matching statements (client authentication
 * included): one read of the page, never one per statement.
 */
@QuarkusTest
class StatementQueryStatementCountTest {

    @Inject
    SessionFactory sessions;

    @Test
    void shouldAnswerAQueryPageWithTheSameStatementsForThreeAndSixtyStatements() {
        long[] few = counts(3);
        long[] many = counts(60);
        assertEquals(few[0], many[0], "a query by agent");
        assertEquals(few[1], many[1], "a query by activity, related, with a verb");
    }

    private long[] counts(int size) {
        LrsFixture.Client client = LrsFixture.client("statements/write", "statements/read");
        StatementQuerySupport test = new StatementQuerySupport(client, "2.0.0");
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(test.statement("experienced"));
        }
        client.xapi("2.0.0").body(batch).post("/xapi/statements").then().statusCode(200);
        Statistics statistics = sessions.getStatistics();
        long[] counts = new long[2];
        statistics.clear();
        test.query(Map.of("agent", test.agentJson())).body("statements", hasSize(size));
        counts[0] = statistics.getPrepareStatementCount();
        statistics.clear();
        test.query(Map.of(
                        "activity",
                        test.activity,
                        "related_activities",
                        "true",
                        "verb",
                        "http://adlnet.gov/expapi/verbs/experienced"))
                .body("statements", hasSize(size));
        counts[1] = statistics.getPrepareStatementCount();
        return counts;
    }
}
