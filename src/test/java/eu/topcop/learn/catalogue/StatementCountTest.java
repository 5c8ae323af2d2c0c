package eu.topcop.learn.catalogue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.persistence.KeptWhileUnchanged;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages' SQL statement count does not grow with the data: measured with Hibernate statistics before and
 * after a cycle gets 40 more priorities, each translated and served by the portfolio.
 */
@QuarkusTest
class StatementCountTest {

    private static final String CYCLE = "2026-2029";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldRenderHomePageWithTheSameStatementsForManyMorePriorities() {
        long before = statementsFor("/home");
        addPriorities(40);
        long after = statementsFor("/home");
        assertEquals(before, after, "statements for /home grew with the data");
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.COURSE_MANAGER)
    void shouldRenderManagerAreaWithTheSameStatementsForManyMorePriorities() {
        long before = statementsFor("/manager");
        addPriorities(40);
        long after = statementsFor("/manager");
        assertEquals(before, after, "statements for /manager grew with the data");
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.COURSE_MANAGER)
    void shouldReportCoverageWithTheSameStatementsForManyMorePriorities() {
        long before = statementsFor("/api/manager/coverage");
        addPriorities(40);
        long after = statementsFor("/api/manager/coverage");
        assertEquals(before, after, "statements for /api/manager/coverage grew with the data");
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldListPrioritiesWithTheSameStatementsForManyMorePriorities() {
        List<String> paths = List.of(
                "/home/empact",
                "/api/catalogue/portfolio-priorities",
                "/api/catalogue/cycles",
                "/api/catalogue/cycles/" + CYCLE + "/priorities");
        long[] before = paths.stream().mapToLong(this::statementsFor).toArray();
        addPriorities(40);
        long[] after = paths.stream().mapToLong(this::statementsFor).toArray();
        for (int i = 0; i < paths.size(); i++) {
            assertEquals(before[i], after[i], "statements for " + paths.get(i) + " grew with the data");
        }
    }

    private long statementsFor(String path) {
        // The first visit may record the signed-in person (the home page asks who they are); counted in neither.
        given().when().get(path).then().statusCode(200);
        // What pages keep while unchanged (reference data) is forgotten: the whole read is counted.
        KeptWhileUnchanged.forgetAll();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().header("Accept-Language", "ru").when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private void addPriorities(int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                String code = "test-extra-" + i;
                em.createNativeQuery("INSERT INTO crime_priority (code, cycle_id, portfolio, horizontal_goal, position)"
                                + " SELECT ?1, id, FALSE, FALSE, ?2 FROM empact_cycle WHERE code = ?3")
                        .setParameter(1, code)
                        .setParameter(2, 100 + i)
                        .setParameter(3, CYCLE)
                        .executeUpdate();
                em.createNativeQuery(
                                "INSERT INTO crime_priority_translation (crime_priority_id, language, name)"
                                        + " SELECT p.id, l.language, CONCAT('Extra ', ?1, ' ', l.language) FROM crime_priority p"
                                        + " CROSS JOIN (SELECT DISTINCT language FROM crime_priority_translation) l WHERE p.code = ?1")
                        .setParameter(1, code)
                        .executeUpdate();
                em.createNativeQuery("INSERT INTO crime_priority_link (portfolio_priority_id, empact_priority_id)"
                                + " SELECT p.id, e.id FROM crime_priority p, crime_priority e"
                                + " WHERE p.code = 'drug-trafficking' AND e.code = ?1")
                        .setParameter(1, code)
                        .executeUpdate();
            }
        });
    }

    @AfterEach
    void removeExtraPriorities() {
        QuarkusTransaction.requiringNew().run(() -> {
            String extra = "(SELECT id FROM crime_priority WHERE code LIKE 'test-extra-%')";
            em.createNativeQuery("DELETE FROM crime_priority_link WHERE empact_priority_id IN " + extra)
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM crime_priority_translation WHERE crime_priority_id IN " + extra)
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM crime_priority WHERE code LIKE 'test-extra-%'")
                    .executeUpdate();
        });
    }
}
