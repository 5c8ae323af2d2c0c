package eu.topcop.learn.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unfiltered catalogue page's listing is rendered once per language and given again while its offerings,
 * curricula and choices stay equal; a change in the database is on the next page, in every language, and a reader
 * never gets another language's listing.
 */
@QuarkusTest
class KeptCatalogueListingTest {

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "kept.listing", roles = Roles.TRAINEE)
    void shouldShowAnOfferingChangedAfterTheListingWasKeptInEachLanguage() {
        String english = page("en");
        assertTrue(english.contains("Catalogue of regional curricula"), english);
        assertTrue(page("ru").contains("Каталог региональных учебных программ"));
        assertTrue(page("en").contains("Catalogue of regional curricula"));
        Matcher first = Pattern.compile("<li class=\"offering-item\" data-code=\"([^\"]+)\"")
                .matcher(english);
        assertTrue(first.find(), "an offering on the first page");
        String code = first.group(1);
        Number capacity = (Number) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT capacity FROM offering WHERE code = :c")
                        .setParameter("c", code)
                        .getSingleResult());
        try {
            // Another node's change, straight in the database: only its update time says so.
            sql("UPDATE offering SET capacity = 987, updated_at = NOW(3) WHERE code = '" + code + "'");
            assertTrue(page("en").contains("987 places"));
            assertTrue(page("ru").contains("Мест: 987"));
            assertTrue(page("en").contains("987 places"));
        } finally {
            sql("UPDATE offering SET capacity = " + capacity + ", updated_at = NOW(3) WHERE code = '" + code + "'");
        }
        assertFalse(page("en").contains("987 places"));
        assertFalse(page("ru").contains("Мест: 987"));
    }

    @Test
    @TestSecurity(user = "kept.listing", roles = Roles.TRAINEE)
    void shouldCarryTheFilterInThePagingLinks() {
        String from = java.time.LocalDate.now().plusDays(600).toString();
        String prefix = "pager-" + System.nanoTime() + "-";
        try {
            // 21 offerings from a day no other test schedules: two pages of 20.
            for (int i = 0; i < 21; i++) {
                sql("INSERT INTO offering (code, course_id, status, starts_on, ends_on, online, capacity,"
                        + " working_language, applications_open_on, applications_close_on, course_manager,"
                        + " course_manager_name, created_at, updated_at) SELECT '" + prefix + i + "', MIN(id),"
                        + " 'SCHEDULED', DATE '" + from + "' + INTERVAL " + i + " DAY, DATE '" + from + "' + INTERVAL "
                        + (i + 1) + " DAY, TRUE, 20, 'en', CURDATE(), DATE '" + from + "', 'marta.keller',"
                        + " 'Marta Keller', NOW(3), NOW(3) FROM course");
            }
            String first = given().when()
                    .get("/catalogue?from=" + from)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertTrue(first.contains("href=\"/catalogue?from=" + from + "&amp;page=1\""), first);
            String second = given().when()
                    .get("/catalogue?from=" + from + "&page=1")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertTrue(second.contains("data-code=\"" + prefix + "20\""), second);
            assertTrue(second.contains("href=\"/catalogue?from=" + from + "&amp;page=0\""), second);
        } finally {
            sql("DELETE FROM offering WHERE code LIKE '" + prefix + "%'");
        }
    }

    private static String page(String language) {
        return given().header("Accept-Language", language)
                .when()
                .get("/catalogue")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
