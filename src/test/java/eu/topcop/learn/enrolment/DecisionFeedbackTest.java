package eu.topcop.learn.enrolment;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decisions answer with a confirmation: in place with htmx (the decisions no longer possible gone), else back where
 * the person came from; the queue lists what waits for a decision; the history names people; applying says what
 * happens next and offers the agency given last.
 */
@QuarkusTest
class DecisionFeedbackTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldAnswerAnHtmxDecisionInPlaceWithTheConfirmationAndWithoutTheDecisionsTaken() {
        Offering offering = fixture.offering(5);
        Person applicant = fixture.person("GE");
        Application application = fixture.decidable(offering, applicant);
        String page = given().when()
                .get("/enrolment/applications/" + application.id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("data-testid=\"approve\""), "before: the decisions are offered");
        assertTrue(page.contains("hx-post=\"/enrolment/applications/" + application.id + "/decision\""));

        String answer = form().header("HX-Request", "true")
                .formParam("decision", "APPROVE")
                .formParam("from", "/enrolment/queue?offering=" + offering.code)
                .when()
                .post("/enrolment/applications/" + application.id + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(answer.contains("<html"), "a fragment, not a whole page");
        assertTrue(answer.contains("data-testid=\"decided\""), answer);
        assertTrue(answer.contains("role=\"status\""));
        assertTrue(answer.contains(applicant.name), "the confirmation names the applicant");
        assertTrue(answer.contains("status-APPROVED"));
        assertFalse(answer.contains("data-testid=\"approve\""), "approved: no button to approve again");
        assertFalse(answer.contains("data-testid=\"wait\""), "an approved place is not wait-listed");
        assertTrue(answer.contains("name=\"from\" value=\"/enrolment/queue?offering=" + offering.code + "\""));
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldSendADecisionWithoutHtmxBackToTheQueueItCameFromWithAConfirmation() {
        Offering offering = fixture.offering(5);
        Application application = fixture.decidable(offering, fixture.person("GE"));
        String queue = "/enrolment/queue?offering=" + offering.code;
        String list = given().when().get(queue).then().statusCode(200).extract().asString();
        assertTrue(
                list.contains("/enrolment/applications/" + application.id + "?from="
                        + java.net.URLEncoder.encode(queue, java.nio.charset.StandardCharsets.UTF_8)),
                "the queue's link carries where it leads back to");
        String detail = given().queryParam("from", queue)
                .when()
                .get("/enrolment/applications/" + application.id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(detail.contains("href=\"" + queue.replace("&", "&amp;") + "\" data-testid=\"back\""), detail);

        Response decided = form().redirects()
                .follow(false)
                .formParam("decision", "WAIT")
                .formParam("from", queue)
                .when()
                .post("/enrolment/applications/" + application.id + "/decision");
        assertEquals(303, decided.statusCode());
        String location = decided.header("Location");
        assertTrue(location.endsWith(queue + "&done=waiting"), location);
        given().queryParam("offering", offering.code)
                .queryParam("done", "waiting")
                .when()
                .get("/enrolment/queue")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("data-testid=\"decided\""));
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldIgnoreAnOriginThatLeavesTheSite() {
        Offering offering = fixture.offering(5);
        Application application = fixture.decidable(offering, fixture.person("GE"));
        for (String unsafe : new String[] {"//evil.example/queue", "https://evil.example/", "/\\evil.example"}) {
            String detail = given().queryParam("from", unsafe)
                    .when()
                    .get("/enrolment/applications/" + application.id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertFalse(detail.contains("href=\"" + unsafe), "not linked: " + unsafe);
            assertFalse(detail.contains("value=\"" + unsafe), "not carried on: " + unsafe);
            assertTrue(detail.contains("href=\"/enrolment/queue\" data-testid=\"back\""), "a manager's own queue");
        }
        Response decided = form().redirects()
                .follow(false)
                .formParam("decision", "APPROVE")
                .formParam("from", "//evil.example/queue")
                .when()
                .post("/enrolment/applications/" + application.id + "/decision");
        assertEquals(303, decided.statusCode());
        assertTrue(
                decided.header("Location").endsWith("/enrolment/applications/" + application.id + "?done=approved"),
                decided.header("Location"));
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldListOnlyApplicationsWaitingForADecisionUnlessOtherStatusesAreTicked() {
        Offering offering = fixture.offering(5);
        Application waiting = fixture.decidable(offering, fixture.person("GE"));
        Application decided = fixture.approved(offering, fixture.person("GE"), fixture.manager());
        String queue = given().when()
                .get("/enrolment/queue?offering=" + offering.code)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(queue.contains("data-id=\"" + waiting.id + "\""));
        assertFalse(queue.contains("data-id=\"" + decided.id + "\""), "decided: not in the default queue");
        assertTrue(queue.contains("<select id=\"q-offering\" name=\"offering\">"), "offerings chosen by name");
        assertTrue(queue.contains("<option value=\"" + offering.code + "\" selected>"));
        assertTrue(queue.contains("<option value=\"GE\">Georgia</option>"), "countries by name");
        String all = given().when()
                .get("/enrolment/queue?offering=" + offering.code + "&status=SUBMITTED&status=ENDORSED&status="
                        + decided.status)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(all.contains("data-id=\"" + waiting.id + "\""));
        assertTrue(all.contains("data-id=\"" + decided.id + "\""), "shown when its status is ticked");
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldSayWhatABulkDecisionDidAndRefreshTheQueue() {
        Offering offering = fixture.offering(1);
        Application first = fixture.decidable(offering, fixture.person("GE"));
        Application second = fixture.decidable(offering, fixture.person("GE"));
        Response answer = form().header("HX-Request", "true")
                .formParam("application", first.id)
                .formParam("application", second.id)
                .formParam("decision", "APPROVE")
                .when()
                .post("/enrolment/queue/decisions");
        assertEquals(200, answer.statusCode());
        assertEquals("queue-changed", answer.header("HX-Trigger"), "the queue's table reloads itself");
        String body = answer.asString();
        assertTrue(body.contains("data-testid=\"batch-summary\""), body);
        assertTrue(body.contains("1 approved."), body);
        assertTrue(body.contains("1 put on the waiting list."), "one place: the second waits");
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldShowDisplayNamesNotUserNamesInTheHistory() {
        String username = "decide.history.manager";
        Offering offering = fixture.offering(5, username);
        Person manager = fixture.named(username, "HU");
        QuarkusTransaction.requiringNew().run(() -> {
            Person p = Person.findById(manager.id);
            p.name = "Tamar Decider";
        });
        manager.name = "Tamar Decider";
        Person applicant = fixture.person("GE");
        Application application = fixture.decidable(offering, applicant);
        enrolment.decide(application.id, manager, false, Decision.APPROVE, null);
        String page = given().when()
                .get("/enrolment/applications/" + application.id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String history = page.substring(page.indexOf("data-testid=\"history\""));
        assertTrue(history.contains("· Tamar Decider ·"), history);
        assertTrue(history.contains("· " + applicant.name + " ·"), history);
        assertFalse(history.contains(username), history);
        assertFalse(history.contains("· " + applicant.username), history);
    }

    @Test
    @TestSecurity(user = "decide.trainee", roles = Roles.TRAINEE)
    void shouldConfirmAnApplicationAndOfferTheAgencyGivenLast() {
        Person trainee = fixture.named("decide.trainee", "GE");
        fixture.apply(fixture.offering(5), trainee);
        Offering offering = fixture.offering(5);
        String form = given().when()
                .get("/enrolment/offerings/" + offering.code)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(form.contains("data-testid=\"apply-form\""), form);
        assertTrue(form.contains("value=\"Criminal Police\""), "the agency given last");
        assertTrue(form.contains("value=\"Investigator\""), "the position given last");

        Response applied = form().redirects()
                .follow(false)
                .formParam("motivation", "Synthetic drug cases")
                .formParam("agency", "Criminal Police")
                .formParam("position", "Investigator")
                .formParam("agencyType", "police")
                .formParam("speaksWorkingLanguage", "true")
                .when()
                .post("/enrolment/offerings/" + offering.code + "/applications");
        assertEquals(303, applied.statusCode(), applied.asString());
        assertTrue(applied.header("Location").endsWith("?done=applied"), applied.header("Location"));
        String page = given().when()
                .get(applied.header("Location"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("data-testid=\"applied\""), "a confirmation of what happens next");
        assertTrue(page.contains("national coordinator"), "GE has a coordinator: the endorsement comes first");
        assertTrue(page.contains("data-testid=\"withdraw-hint\""), "the withdrawal's reason is explained");
        assertTrue(page.contains("href=\"/enrolment/applications\" data-testid=\"back\""), "back to my applications");
    }

    @Test
    @TestSecurity(user = "fx-coordinator-ge", roles = Roles.NATIONAL_COORDINATOR)
    void shouldAnswerAnHtmxEndorsementInPlaceAndLeadBackToTheCountryList() {
        fixture.coordinator("GE");
        Application application = fixture.apply(fixture.offering(5), fixture.person("GE"));
        assertTrue(application.awaitsEndorsement(), "GE has a coordinator who endorses first");
        String answer = form().header("HX-Request", "true")
                .formParam("endorse", "true")
                .formParam("from", "/enrolment/country")
                .when()
                .post("/enrolment/applications/" + application.id + "/endorsement")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(answer.contains("data-testid=\"decided\""), answer);
        assertTrue(answer.contains("status-ENDORSED"));
        assertFalse(answer.contains("data-testid=\"endorse\""), "endorsed: no button to endorse again");

        Application another = fixture.apply(fixture.offering(5), fixture.person("GE"));
        Response declined = form().redirects()
                .follow(false)
                .formParam("endorse", "false")
                .formParam("reason", "Not in a drug unit")
                .formParam("from", "/enrolment/country")
                .when()
                .post("/enrolment/applications/" + another.id + "/endorsement");
        assertEquals(303, declined.statusCode());
        assertTrue(declined.header("Location").endsWith("/enrolment/country?done=declined"));
        given().when()
                .get("/enrolment/country?done=declined")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("data-testid=\"decided\""));
    }

    private static RequestSpecification form() {
        return given().cookie("topcop-csrf", "decision-page-token").formParam("_csrf", "decision-page-token");
    }
}
