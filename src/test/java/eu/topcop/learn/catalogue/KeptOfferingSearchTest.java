package eu.topcop.learn.catalogue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue's offerings search (without words) is kept between requests, and what is kept never outlives a
 * change: an offering changed, added or removed, or the course it teaches renamed, is seen by the next request, also
 * when another node made the change (here: straight in the database, in the same millisecond as the search).
 */
@QuarkusTest
class KeptOfferingSearchTest {

    /** From a year out: the test's offering is on the first page whatever other tests scheduled. */
    private static final String SEARCH = "/api/catalogue/offerings?size=100&from="
            + java.time.LocalDate.now().plusDays(399);

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldReadTheSearchOnceWhileTheOfferingsStayAsTheyWere() {
        String path = "/api/catalogue/offerings?size=7&country=GE";
        reader().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        reader().get(path).then().statusCode(200);
        long kept = statistics.getPrepareStatementCount();
        eu.topcop.learn.platform.persistence.KeptWhileUnchanged.forgetAll();
        statistics.clear();
        reader().get(path).then().statusCode(200);
        long read = statistics.getPrepareStatementCount();
        assertTrue(kept < read, "kept: " + kept + " statements, read: " + read);
    }

    @Test
    void shouldShowAnOfferingAddedRenamedAndRemovedAfterTheSearchWasKept() {
        String code = "kept-search-" + System.nanoTime();
        reader().get(SEARCH).then().statusCode(200).body("code", not(hasItem(code)));
        try {
            // An online offering of the first course a year from now, last updated long ago: only the count and the
            // greatest id say it is there.
            assertEquals(
                    1,
                    sql("INSERT INTO offering (code, course_id, status, starts_on, ends_on, online, capacity,"
                            + " working_language, applications_open_on, applications_close_on, course_manager,"
                            + " course_manager_name, created_at, updated_at) SELECT '" + code + "', MIN(id),"
                            + " 'SCHEDULED', CURDATE() + INTERVAL 400 DAY, CURDATE() + INTERVAL 402 DAY, TRUE, 20, 'en',"
                            + " CURDATE(), CURDATE() + INTERVAL 390 DAY, 'marta.keller', 'Marta Keller',"
                            + " '2020-01-01 00:00:00', '2020-01-01 00:00:00' FROM course"));
            reader().get(SEARCH).then().body("code", hasItem(code));
            sql("UPDATE offering SET venue = 'Kept search venue', updated_at = NOW(3) WHERE code = '" + code + "'");
            reader().get(SEARCH).then().body("venue", hasItem("Kept search venue"));
        } finally {
            sql("DELETE FROM offering WHERE code = '" + code + "'");
        }
        reader().get(SEARCH).then().body("code", not(hasItem(code)));
    }

    private int sql(String statement) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(accessToken(Tokens.TRAINEE)).when();
    }
}
