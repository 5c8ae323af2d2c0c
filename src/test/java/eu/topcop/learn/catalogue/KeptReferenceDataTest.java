package eu.topcop.learn.catalogue;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reference data pages name (priorities, cycles, activity types, countries) is read once and kept, and a row
 * added behind the application's back (another node, a migration) is on the next page.
 */
@QuarkusTest
class KeptReferenceDataTest {

    private static final String CYCLE = "2026-2029";
    private static final String PRIORITIES = "/api/catalogue/cycles/" + CYCLE + "/priorities";

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldReadThePrioritiesOnceAndThenOnlyTheStamp() {
        Statistics statistics = sessionFactory.getStatistics();
        given().get(PRIORITIES).then().statusCode(200);
        statistics.clear();
        given().get(PRIORITIES).then().statusCode(200);
        // The cycle and its priorities come from what was kept: no query reads them again.
        assertEquals(
                List.of(),
                Arrays.stream(statistics.getQueries())
                        .filter(q -> q.contains("EmpactCycle") || q.contains("CrimePriority"))
                        .toList());
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldNameAPriorityAddedAfterThePrioritiesWereKept() {
        given().get(PRIORITIES).then().statusCode(200).body("code", not(hasItem("test-kept")));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "INSERT INTO crime_priority (code, cycle_id, portfolio, horizontal_goal, position)"
                                        + " SELECT 'test-kept', id, FALSE, FALSE, 99 FROM empact_cycle WHERE code = ?1")
                        .setParameter(1, CYCLE)
                        .executeUpdate());
        given().get(PRIORITIES).then().statusCode(200).body("code", hasItem("test-kept"));
    }

    @AfterEach
    void removeAddedPriority() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM crime_priority WHERE code = 'test-kept'")
                        .executeUpdate());
    }
}
