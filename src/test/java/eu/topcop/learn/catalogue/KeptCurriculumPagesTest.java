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
 * The curricula the catalogue shows every reader are kept between requests, and what is kept never outlives a
 * change: a curriculum saved, added, removed or given a course (a cmi5 course placed in it) is seen by the next
 * request, also when the change was made by another node (here: straight in the database, as another node's
 * import would).
 */
@QuarkusTest
class KeptCurriculumPagesTest {

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldReadTheCurriculaOnceWhileTheyStayAsTheyWere() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        curricula().get("/api/catalogue/curricula?size=3").then().statusCode(200);
        long read = statistics.getPrepareStatementCount();
        statistics.clear();
        curricula().get("/api/catalogue/curricula?size=3").then().statusCode(200);
        // The stamp only: no curriculum, course or outcome is read again.
        assertEquals(0, statistics.getEntityLoadCount());
        assertTrue(statistics.getPrepareStatementCount() < read, statistics.getPrepareStatementCount() + " of " + read);
    }

    @Test
    void shouldShowACurriculumSavedAfterItsPageWasKept() {
        curricula()
                .get("/api/catalogue/curricula")
                .then()
                .statusCode(200)
                .body("title", hasItem("Regional curriculum on drug trafficking"));
        String title = (String) sql("SELECT title FROM curriculum WHERE code = 'drugs-curriculum'", null);
        try {
            sql(
                    "UPDATE curriculum SET title = JSON_SET(title, '$.en', 'Drug markets'), updated_at = NOW(3)"
                            + " WHERE code = 'drugs-curriculum'",
                    0);
            curricula().get("/api/catalogue/curricula").then().body("title", hasItem("Drug markets"));
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "UPDATE curriculum SET title = :title, updated_at = NOW(3) WHERE code = 'drugs-curriculum'")
                            .setParameter("title", title)
                            .executeUpdate());
        }
        curricula().get("/api/catalogue/curricula").then().body("title", not(hasItem("Drug markets")));
    }

    @Test
    void shouldShowACourseAddedToACurriculumInTheSameMillisecond() {
        curricula().get("/api/catalogue/curricula").then().statusCode(200);
        try {
            // updated_at as it was: a change the time alone would not show.
            sql(
                    "INSERT INTO course (curriculum_id, code, position, title, description, activity_type_code, hours,"
                            + " search_text) SELECT id, 'kept-pages-course', 99, '{\"en\":\"Kept pages course\"}', '{}',"
                            + " 'independent-learning-phase', 1, '' FROM curriculum WHERE code = 'drugs-curriculum'",
                    0);
            curricula()
                    .get("/api/catalogue/curricula")
                    .then()
                    .body("find { it.code == 'drugs-curriculum' }.path.code", hasItem("kept-pages-course"));
        } finally {
            sql("DELETE FROM course WHERE code = 'kept-pages-course'", 0);
        }
        curricula()
                .get("/api/catalogue/curricula")
                .then()
                .body("find { it.code == 'drugs-curriculum' }.path.code", not(hasItem("kept-pages-course")));
    }

    private Object sql(String statement, Object update) {
        return QuarkusTransaction.requiringNew()
                .call(() -> update == null
                        ? em.createNativeQuery(statement).getSingleResult()
                        : (Object) em.createNativeQuery(statement).executeUpdate());
    }

    private static RequestSpecification curricula() {
        return given().auth().oauth2(accessToken(Tokens.TRAINEE)).when();
    }
}
