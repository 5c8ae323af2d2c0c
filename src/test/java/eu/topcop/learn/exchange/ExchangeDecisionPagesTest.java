package eu.topcop.learn.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.exchange.ExchangeRequests.Apply;
import eu.topcop.learn.exchange.ExchangeRequests.Endorsement;
import eu.topcop.learn.exchange.ExchangeRequests.Offer;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Matching an exchange application answers in place with htmx, else goes back where the manager came from. */
@QuarkusTest
class ExchangeDecisionPagesTest {

    @Inject
    ExchangeService exchange;

    @Inject
    EnrolmentFixture fixture;

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldAnswerAMatchInPlaceOrLeadBackToTheSuggestions() {
        String offer = publish();
        Person coordinator = fixture.named("exchange-decide-coordinator-ua", "UA");
        long first = endorsed(offer, coordinator);
        long second = endorsed(offer, coordinator);
        long third = endorsed(offer, coordinator);
        String page = given().queryParam("from", "/exchange/suggestions")
                .when()
                .get("/exchange/applications/" + first)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("href=\"/exchange/suggestions\" data-testid=\"back\""), "back to the suggestions");
        assertTrue(page.contains("hx-post=\"/exchange/applications/" + first + "/match\""));

        String answer = match(first, "/exchange/suggestions")
                .header("HX-Request", "true")
                .when()
                .post("/exchange/applications/" + first + "/match")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(answer.contains("<html"), "a fragment, not a whole page");
        assertTrue(answer.contains("data-testid=\"done\""), answer);
        assertTrue(answer.contains("data-status=\"MATCHED\""));
        assertFalse(answer.contains("data-testid=\"match-form\""), "matched: not offered again");

        Response back = match(second, "/exchange/suggestions")
                .redirects()
                .follow(false)
                .when()
                .post("/exchange/applications/" + second + "/match");
        assertEquals(303, back.statusCode());
        assertTrue(back.header("Location").endsWith("/exchange/suggestions?done=matched"), back.header("Location"));
        given().when()
                .get("/exchange/suggestions?done=matched")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("data-testid=\"done\""));

        Response unsafe = match(third, "//evil.example/")
                .redirects()
                .follow(false)
                .when()
                .post("/exchange/applications/" + third + "/match");
        assertEquals(303, unsafe.statusCode());
        assertTrue(unsafe.header("Location").endsWith("/exchange/applications/" + third + "?done=matched"));
    }

    private long endorsed(String offer, Person coordinator) {
        Person guest = fixture.person("UA");
        long id = exchange.apply(offer, guest, new Apply("National Police of Ukraine", List.of("en"), "Border cases."))
                .id;
        exchange.endorse(id, coordinator, "UA", new Endorsement(true, null));
        return id;
    }

    private String publish() {
        LocalDate start = LocalDate.now().plusDays(30);
        return exchange.publish(
                        new Offer(
                                "SHORT_TERM",
                                "GE",
                                "Patrol Police of Georgia "
                                        + UUID.randomUUID().toString().substring(0, 8),
                                "Risk profiling at the border",
                                "drug-trafficking",
                                3,
                                start,
                                start.plusDays(4),
                                "en",
                                "Shadowing the risk analysis unit."),
                        EnrolmentFixture.MANAGER)
                .code;
    }

    private static RequestSpecification match(long id, String from) {
        return given().cookie("topcop-csrf", "exchange-decision-token")
                .formParam("_csrf", "exchange-decision-token")
                .formParam("mentor", "Nino Tsereteli")
                .formParam("learningAgreement", "Shadow the border unit.")
                .formParam("from", from);
    }
}
