package eu.topcop.learn.catalogue;

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
 * The catalogue's pages and lists issue the same number of SQL statements with 10 and with 1,000 offerings
 * (counted with Hibernate statistics), so they stay fast as the portfolio grows.
 */
@QuarkusTest
class CatalogueStatementCountTest {

    private static final String[] COURSES = {
        "drugs-regional-training", "firearms-independent-learning", "thb-train-the-trainer", "ocse-regional-training"
    };

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldRenderCataloguePageWithTheSameStatementsFor10And1000Offerings() {
        assertSameStatements("/catalogue");
        assertSameStatements("/catalogue?priority=drug-trafficking&q=investigation&type=regional-training");
        assertSameStatements("/catalogue?q=cocaine");
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldRenderCurriculumAndCoursePagesWithTheSameStatementsFor10And1000Offerings() {
        assertSameStatements("/catalogue/curricula/drugs-curriculum");
        assertSameStatements("/catalogue/courses/drugs-regional-training");
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldListOfferingsInTheApiWithTheSameStatementsFor10And1000Offerings() {
        assertSameStatements("/api/catalogue/offerings?size=100");
        assertSameStatements("/api/catalogue/curricula");
    }

    @Test
    @TestSecurity(user = "stmt.manager", roles = Roles.COURSE_MANAGER)
    void shouldListAManagersOfferingsWithTheSameStatementsFor10And1000Offerings() {
        assertSameStatements("/manager/offerings");
        assertSameStatements("/api/catalogue/my-offerings?size=100");
    }

    private void assertSameStatements(String path) {
        addOfferings(10);
        long few = statementsFor(path);
        addOfferings(990);
        long many = statementsFor(path);
        removeOfferings();
        assertEquals(few, many, "statements for " + path + " grew with the number of offerings");
    }

    private long statementsFor(String path) {
        // The first visit may record the signed-in person; counted in neither.
        given().when().get(path).then().statusCode(200);
        // What pages keep while unchanged (curricula, reference data) is forgotten: the whole read is counted.
        KeptWhileUnchanged.forgetAll();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().header("Accept-Language", "ru").when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    /** Offerings spread over four courses, venues in five countries and three languages, all upcoming. */
    private void addOfferings(int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            long existing = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM offering WHERE code LIKE 'stmt-%'")
                            .getSingleResult())
                    .longValue();
            em.createNativeQuery(
                            "INSERT INTO offering (code, course_id, status, starts_on, ends_on, online, venue, country_code,"
                                    + " capacity, working_language, applications_open_on, applications_close_on,"
                                    + " course_manager, course_manager_name, created_at, updated_at)"
                                    + " SELECT CONCAT('stmt-', s.seq + :existing), k.id, 'SCHEDULED',"
                                    + " CURRENT_DATE + INTERVAL (s.seq MOD 300 + 1) DAY,"
                                    + " CURRENT_DATE + INTERVAL (s.seq MOD 300 + 5) DAY, FALSE,"
                                    + " CONCAT('Training centre ', s.seq), ELT(s.seq MOD 5 + 1, 'AM', 'AZ', 'GE', 'MD', 'UA'),"
                                    + " 25, ELT(s.seq MOD 3 + 1, 'en', 'ru', 'uk'), CURRENT_DATE, CURRENT_DATE,"
                                    + " 'stmt.manager', 'Statement Manager', NOW(3), NOW(3)"
                                    + " FROM seq_1_to_1000 s JOIN course k ON k.code = ELT(s.seq MOD 4 + 1, :c1, :c2, :c3, :c4)"
                                    + " WHERE s.seq <= :count")
                    .setParameter("existing", existing)
                    .setParameter("count", count)
                    .setParameter("c1", COURSES[0])
                    .setParameter("c2", COURSES[1])
                    .setParameter("c3", COURSES[2])
                    .setParameter("c4", COURSES[3])
                    .executeUpdate();
        });
    }

    @AfterEach
    void removeOfferings() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM offering WHERE code LIKE 'stmt-%'")
                        .executeUpdate());
    }
}
