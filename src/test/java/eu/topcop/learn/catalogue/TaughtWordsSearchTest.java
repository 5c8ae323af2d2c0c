package eu.topcop.learn.catalogue;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue finds a curriculum and its offerings by what they teach: the words of the published lessons and of
 * the learning outcomes, and the names of its crime priorities, in every language they are written in. The drug
 * curriculum's lessons are about cocaine in English (content/drug-trafficking/modules/drugs-ilp/*.en.md); it has no
 * Georgian text of its own, but its crime priority is named in Georgian ("ნარკოტიკებით უკანონო ვაჭრობა"), which is
 * what a Georgian reader searching "ნარკოტიკ" finds it by.
 */
@QuarkusTest
class TaughtWordsSearchTest {

    @Inject
    OfferingService offerings;

    @Inject
    EntityManager em;

    private final OfferingFixture fixture = new OfferingFixture();

    @Test
    void shouldFindTheDrugCurriculumAndItsOfferingsByTheWordsOfItsLessons() {
        String online = offerings.publish(
                        fixture.online("drugs-independent-learning", 20, "en"), Tokens.MANAGER, "Marta Keller")
                .code;
        String firearms = offerings.publish(
                        fixture.online("firearms-independent-learning", 20, "en"), Tokens.MANAGER, "Marta Keller")
                .code;
        search().queryParam("q", "cocaine")
                .get("/api/catalogue/curricula")
                .then()
                .statusCode(200)
                .body("code", hasItem("drugs-curriculum"))
                .body("code", not(hasItem("firearms-curriculum")));
        search().queryParam("q", "cocaine")
                .queryParam("size", 100)
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(200)
                .body("code", hasItem(online))
                .body("code", not(hasItem(firearms)));
    }

    @Test
    void shouldFindTheDrugCurriculumByItsCrimePriorityInGeorgianAndByItsOutcomes() {
        String online = offerings.publish(
                        fixture.online("drugs-independent-learning", 20, "en"), Tokens.MANAGER, "Marta Keller")
                .code;
        search().queryParam("q", "ნარკოტიკ")
                .get("/api/catalogue/curricula")
                .then()
                .statusCode(200)
                .body("code", hasItem("drugs-curriculum"))
                .body("code", not(hasItem("firearms-curriculum")));
        search().queryParam("q", "ნარკოტიკ")
                .queryParam("size", 100)
                .get("/api/catalogue/offerings")
                .then()
                .statusCode(200)
                .body("code", hasItem(online));
        // Only the outcome says "confiscate the proceeds" of drug trafficking; prefixes, as everywhere.
        search().queryParam("q", "confiscat proceeds")
                .get("/api/catalogue/curricula")
                .then()
                .statusCode(200)
                .body("code", hasItem("drugs-curriculum"));
    }

    @Test
    @TestSecurity(user = "taught-words-reader", roles = Roles.TRAINEE)
    void shouldShowTheDrugCurriculumOnTheCataloguePageForAGeorgianSearch() {
        given().queryParam("q", "ნარკოტიკ")
                .header("Accept-Language", "ka")
                .get("/catalogue")
                .then()
                .statusCode(200)
                .body(containsString("/catalogue/curricula/drugs-curriculum"))
                .body(not(containsString("/catalogue/curricula/firearms-curriculum")));
    }

    @Test
    void shouldAskEveryFullTextIndexRatherThanReadEveryLesson() {
        String plan = explain(TaughtWords.OFFERINGS) + " " + explain(TaughtWords.CURRICULA);
        for (String index : List.of(
                "c1:fulltext:ft_course_search",
                "o2:fulltext:ft_offering_venue",
                "l:fulltext:ft_lesson_search",
                "lo:fulltext:ft_learning_outcome_search",
                "t:fulltext:ft_crime_priority_translation_name")) {
            assertTrue(plan.contains(index), index + " in " + plan);
        }
    }

    private String explain(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("EXPLAIN " + sql)
                    .setParameter("words", "+cocaine*")
                    .getResultList();
            // id, select_type, table, type, possible_keys, key, ...
            return rows.stream().map(r -> r[2] + ":" + r[3] + ":" + r[5]).collect(Collectors.joining(" "));
        });
    }

    private static RequestSpecification search() {
        return given().auth().oauth2(accessToken(Tokens.TRAINEE)).when();
    }
}
