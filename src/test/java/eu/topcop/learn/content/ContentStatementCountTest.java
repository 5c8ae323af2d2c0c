package eu.topcop.learn.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The content imports, as a page and on the API, cost the same SQL statements for 3 and 30 imports, and the list of
 * modules the same for one module shown and for every shipped one (Hibernate statistics).
 */
@QuarkusTest
class ContentStatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(user = "count-content-author", roles = Roles.CONTENT_AUTHOR)
    void shouldListImportsWithTheSameStatementsFor3And30() {
        List<String> lists = List.of("/content/imports", "/api/content/imports?size=100");
        imports(3);
        long[] few = lists.stream().mapToLong(this::statementsFor).toArray();
        imports(27);
        long[] many = lists.stream().mapToLong(this::statementsFor).toArray();
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(few[i], many[i], "statements for " + lists.get(i) + " grew with the imports");
        }
    }

    @Test
    @TestSecurity(user = "count-content-reader", roles = Roles.TRAINEE)
    void shouldListModulesWithTheSameStatementsForOneAndAll() {
        assertEquals(statementsFor("/api/content/modules?size=1"), statementsFor("/api/content/modules?size=100"));
    }

    /**
     * Finished imports with a report line each, dated long ago so that they never count as the latest import of
     * other tests or the home pages.
     */
    private static void imports(int count) {
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                ContentImport run = new ContentImport();
                run.startedAt = longAgo.plus(i, ChronoUnit.MINUTES);
                run.finishedAt = run.startedAt.plusSeconds(30);
                run.requestedBy = "count-content-author";
                run.status = ContentImport.Status.FINISHED;
                run.total = 1;
                run.published = 1;
                run.report = List.of(new ContentImport.Entry("module", "counted-" + i, "published", 1, List.of()));
                run.persist();
            }
        });
    }

    private long statementsFor(String path) {
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
