package eu.topcop.learn.insight;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A round, its gaps and its imports are read with the same number of SQL statements however many capabilities,
 * answers and gaps there are (Hibernate statistics).
 */
@QuarkusTest
class InsightStatementCountTest {

    private static final String[] PRIORITIES = {
        "drug-trafficking", "firearms-trafficking", "migrant-smuggling", "trafficking-in-human-beings"
    };

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldReadARoundItsGapsImportsAndCoverageWithTheSameStatementsFor2And40Capabilities() {
        long[] few = counts(round(2));
        long[] many = counts(round(40));
        assertEquals(few[0], many[0], "the round");
        assertEquals(few[1], many[1], "its gaps");
        assertEquals(few[2], many[2], "its imports");
        assertEquals(few[3], many[3], "its coverage");
    }

    /** A round of n capabilities over four priorities, with answers of two countries for every one of them. */
    private static String round(int capabilities) {
        String code = "count-" + capabilities + "-" + System.nanoTime();
        List<Map<String, Object>> defined = new ArrayList<>();
        StringBuilder csv = new StringBuilder(OtnaImportTest.HEADER).append('\n');
        for (int i = 0; i < capabilities; i++) {
            defined.add(Map.of(
                    "code",
                    "C-" + i,
                    "priority",
                    PRIORITIES[i % PRIORITIES.length],
                    "title",
                    Map.of("en", "Capability " + i),
                    "targetGroups",
                    List.of("investigators", "analysts")));
            for (String country : List.of("GE", "UA")) {
                csv.append(country).append(",Police,R-1,C-").append(i).append(",investigators,4,high,5,1\n");
                csv.append(country).append(",Police,R-1,C-").append(i).append(",analysts,3,low,2,0\n");
            }
        }
        TestRounds.define(TestRounds.definition(code, List.of(PRIORITIES), List.of("GE", "UA"), defined));
        OtnaImportTest.importFile(code, "count.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .post("/api/insight/rounds/" + code + "/consolidation")
                .then()
                .statusCode(200);
        return code;
    }

    private long[] counts(String round) {
        return new long[] {
            statements("/api/insight/rounds/" + round),
            statements("/api/insight/rounds/" + round + "/gaps"),
            statements("/api/insight/rounds/" + round + "/imports"),
            statements("/api/insight/rounds/" + round + "/coverage")
        };
    }

    private long statements(String path) {
        given().auth().oauth2(accessToken(Tokens.MANAGER)).get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().auth().oauth2(accessToken(Tokens.MANAGER)).get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
