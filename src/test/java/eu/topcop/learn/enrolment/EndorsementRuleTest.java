package eu.topcop.learn.enrolment;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Application.Status;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The endorsement rule on every path: an officer's own application from a country with a national coordinator
 * (in the test realm: Georgia, Armenia, Ukraine) is decided by a course manager only once the coordinator has
 * endorsed it; from a country without one (Moldova, Azerbaijan here) it goes to the course manager directly;
 * a nomination is endorsed by being made. The applicant is told the rule that is enforced.
 */
@QuarkusTest
class EndorsementRuleTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Test
    void shouldLetNoDecisionOfAManagerOrAnAdministratorPassBeforeTheEndorsement() {
        Offering offering = fixture.offering(5);
        Person georgian = fixture.person("GE");
        long id = fixture.apply(offering, georgian).id;
        assertTrue(fixture.reload(id).endorsementRequired);
        Person admin = fixture.named("fx-admin", "HU");
        for (Decision decision : Decision.values()) {
            assertThrows(
                    AwaitingEndorsement.class,
                    () -> enrolment.decide(id, fixture.manager(), false, decision, "Not this time."));
            assertThrows(AwaitingEndorsement.class, () -> enrolment.decide(id, admin, true, decision, "No."));
        }
        assertEquals(List.of("null>SUBMITTED"), trail(id), "nothing happened");

        enrolment.endorse(id, fixture.coordinator("GE"), true, null);
        assertEquals(Status.APPROVED, enrolment.decide(id, fixture.manager(), false, Decision.APPROVE, null).status);
        assertEquals(List.of("null>SUBMITTED", "SUBMITTED>ENDORSED", "ENDORSED>APPROVED"), trail(id));
    }

    @Test
    void shouldSendApplicationsFromCountriesWithoutCoordinatorAndNominationsToTheManagerDirectly() {
        Offering offering = fixture.offering(5);
        long moldovan = fixture.apply(offering, fixture.person("MD")).id;
        assertFalse(fixture.reload(moldovan).endorsementRequired);
        assertEquals(
                Status.APPROVED, enrolment.decide(moldovan, fixture.manager(), false, Decision.APPROVE, null).status);

        Person officer = fixture.person("GE");
        long nominated = enrolment
                .nominate(
                        offering.code,
                        fixture.coordinator("GE"),
                        officer.email,
                        officer.name,
                        EnrolmentFixture.request())
                .application()
                .id;
        assertEquals(
                Status.APPROVED, enrolment.decide(nominated, fixture.manager(), false, Decision.APPROVE, null).status);
    }

    @Test
    void shouldTellTheApplicantTheRuleThatHoldsForThem() {
        Offering offering = fixture.offering(5);
        long georgian = fixture.apply(offering, fixture.person("GE")).id;
        long moldovan = fixture.apply(offering, fixture.person("MD")).id;
        // In Georgian: the coordinator reviews first.
        assertTrue(received(georgian).contains("ეროვნული კოორდინატორი განიხილავს"), received(georgian));
        // In Romanian: the course manager decides.
        assertTrue(received(moldovan).contains("Managerul de curs decide asupra ei"), received(moldovan));
        assertFalse(received(moldovan).contains("coordonatorul"), received(moldovan));
    }

    @Test
    void shouldNeverOfferAFreedSeatToAnApplicationWaitingForItsEndorsement() {
        Offering offering = fixture.offering(1);
        Person manager = fixture.manager();
        List<Person> ukrainians = fixture.people(3, "UA");
        long seated = fixture.approved(offering, ukrainians.get(0), manager).id;
        long unendorsed = fixture.apply(offering, ukrainians.get(1)).id;
        assertThrows(
                AwaitingEndorsement.class, () -> enrolment.decide(unendorsed, manager, false, Decision.WAIT, null));
        long waiting = fixture.approved(offering, ukrainians.get(2), manager).id;
        assertEquals(Status.WAITING, fixture.reload(waiting).status);

        enrolment.withdraw(seated, ukrainians.get(0), null);
        assertEquals(Status.OFFERED, fixture.reload(waiting).status);
        assertEquals(Status.SUBMITTED, fixture.reload(unendorsed).status);
    }

    @Test
    void shouldRefuseTheDecisionOnTheApiSingleAndInBulk() {
        Offering offering = fixture.offering(5, Tokens.MANAGER);
        long unendorsed = fixture.apply(offering, fixture.person("AM")).id;
        long endorsed = fixture.decidable(offering, fixture.person("AM")).id;
        long direct = fixture.apply(offering, fixture.person("AZ")).id;

        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/enrolment/applications/" + unendorsed)
                .then()
                .statusCode(200)
                .body("application.awaitingEndorsement", equalTo(true));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE"))
                .when()
                .post("/api/enrolment/applications/" + unendorsed + "/decision")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("endorse"));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("applications", List.of(unendorsed, endorsed, direct), "decision", "APPROVE"))
                .when()
                .post("/api/enrolment/decisions")
                .then()
                .statusCode(200)
                .body("find { it.application == " + unendorsed + " }.status", nullValue())
                .body("find { it.application == " + unendorsed + " }.refused", containsString("endorse"))
                .body("find { it.application == " + endorsed + " }.status", equalTo("APPROVED"))
                .body("find { it.application == " + direct + " }.status", equalTo("APPROVED"));
        assertEquals(Status.SUBMITTED, fixture.reload(unendorsed).status);
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldSayOnThePagesThatTheCoordinatorEndorsesFirstAndRefuseTheDecisionThere() {
        Offering offering = fixture.offering(5);
        long unendorsed = fixture.apply(offering, fixture.person("GE")).id;
        long endorsed = fixture.decidable(offering, fixture.person("GE")).id;

        given().when()
                .get("/enrolment/applications/" + unendorsed)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"awaiting-endorsement\""))
                .body(not(containsString("data-testid=\"decide-form\"")));
        given().when()
                .get("/enrolment/applications/" + endorsed)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"decide-form\""));
        String queue = given().when()
                .get("/enrolment/queue?offering=" + offering.code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"awaits-endorsement\""))
                .extract()
                .asString();
        assertTrue(
                queue.contains("value=\"" + unendorsed + "\" aria-label=\"" + name(unendorsed) + "\" disabled"),
                "the queue offers no box to tick for it");

        form().formParam("decision", "APPROVE")
                .when()
                .post("/enrolment/applications/" + unendorsed + "/decision")
                .then()
                .statusCode(409);
        form().formParam("application", unendorsed)
                .formParam("application", endorsed)
                .formParam("decision", "APPROVE")
                .header("Accept-Language", "uk")
                .when()
                .post("/enrolment/queue/decisions")
                .then()
                .statusCode(200)
                .body(containsString("data-refused=\"awaiting-endorsement\""))
                .body(containsString("національний координатор ще не погодив"));
        assertEquals(Status.SUBMITTED, fixture.reload(unendorsed).status);
        assertEquals(Status.APPROVED, fixture.reload(endorsed).status);
    }

    private String name(long application) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(application).person.name);
    }

    private static String received(long application) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>find("application.id = ?1 and kind = 'RECEIVED'", application)
                        .firstResult()
                        .body);
    }

    private static List<String> trail(long id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ApplicationEvent.<ApplicationEvent>list("application.id = ?1 order by at, id", id).stream()
                        .map(e -> e.from + ">" + e.to)
                        .toList());
    }

    private static RequestSpecification form() {
        return given().cookie("topcop-csrf", "endorsement-token").formParam("_csrf", "endorsement-token");
    }
}
