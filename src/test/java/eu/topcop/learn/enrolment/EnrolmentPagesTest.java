package eu.topcop.learn.enrolment;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who reaches which enrolment page, and what each refused form of the enrolment pages looks like. */
@QuarkusTest
class EnrolmentPagesTest {

    @Inject
    EnrolmentFixture fixture;

    @Test
    @TestSecurity(user = "page-trainee", roles = Roles.TRAINEE)
    void shouldGiveTraineeTheirPagesAndTheApplyFormButNotTheQueueOrCountry() {
        Offering offering = fixture.offering(5);
        given().when().get("/enrolment/applications").then().statusCode(200);
        given().when().get("/enrolment/notifications").then().statusCode(200);
        // No country on this account: the page says why applying is not possible.
        given().when()
                .get("/enrolment/offerings/" + offering.code)
                .then()
                .statusCode(200)
                .body(containsString("data-reason=\"NO_COUNTRY\""))
                .body(not(containsString("data-testid=\"nominate-form\"")));
        form().formParam("agency", "Police")
                .formParam("speaksWorkingLanguage", "true")
                .header("Accept-Language", "ru")
                .when()
                .post("/enrolment/offerings/" + offering.code + "/applications")
                .then()
                .statusCode(422)
                .body(containsString("data-testid=\"errors\""))
                .body(containsString("lang=\"ru\""));
        given().when().get("/enrolment/queue").then().statusCode(403);
        given().when().get("/enrolment/country").then().statusCode(403);
        form().formParam("decision", "APPROVE")
                .when()
                .post("/enrolment/applications/1/decision")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "page-coordinator", roles = Roles.NATIONAL_COORDINATOR)
    void shouldGiveCoordinatorTheCountryPageAndTheNominationForm() {
        Offering offering = fixture.offering(5);
        given().when().get("/enrolment/country").then().statusCode(200);
        given().when()
                .get("/enrolment/offerings/" + offering.code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"nominate-form\""))
                .body(not(containsString("data-testid=\"apply-form\"")));
        given().when().get("/enrolment/queue").then().statusCode(403);
        form().formParam("name", "")
                .formParam("email", "nobody")
                .when()
                .post("/enrolment/offerings/" + offering.code + "/nominations")
                .then()
                .statusCode(422);
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldGiveManagerTheQueueRosterAndRulesOfTheirOffering() {
        Offering offering = fixture.offering(5);
        Application application = fixture.decidable(offering, fixture.person("GE"));
        given().when()
                .get("/enrolment/queue?offering=" + offering.code)
                .then()
                .statusCode(200)
                .body(containsString("data-id=\"" + application.id + "\""));
        given().when()
                .get("/enrolment/offerings/" + offering.code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"rules-form\""));
        form().formParam("quota-GE", "3")
                .formParam("agencyType", "police")
                .redirects()
                .follow(false)
                .when()
                .post("/enrolment/offerings/" + offering.code + "/rules")
                .then()
                .statusCode(303);
        // Nothing ticked is said as such, not "0 of 0 done".
        form().formParam("decision", "APPROVE")
                .when()
                .post("/enrolment/queue/decisions")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"batch-empty\""))
                .body(org.hamcrest.Matchers.not(containsString("0 of 0")));
        form().formParam("application", application.id)
                .formParam("decision", "APPROVE")
                .when()
                .post("/enrolment/queue/decisions")
                .then()
                .statusCode(200)
                .body(containsString("data-finished=\"true\""));
        given().when()
                .get("/enrolment/applications/" + application.id)
                .then()
                .statusCode(200)
                .body(containsString("status-APPROVED"));
        given().when().get("/enrolment/country").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "page-other-trainee", roles = Roles.TRAINEE)
    void shouldHideOtherPeoplesApplications() {
        Application application = fixture.apply(fixture.offering(5), fixture.person("GE"));
        given().when().get("/enrolment/applications/" + application.id).then().statusCode(404);
    }

    @Test
    void shouldSendAnonymousVisitorToSignIn() {
        given().redirects()
                .follow(false)
                .when()
                .get("/enrolment/applications")
                .then()
                .statusCode(302);
        given().redirects().follow(false).when().get("/enrolment/queue").then().statusCode(302);
    }

    // A refused form is its page's own form again, never the plain fallback page (refused-form), in the reader's
    // language (ru), with what was typed and each reason beside its field.

    @Test
    @TestSecurity(user = "refusal.trainee", roles = Roles.TRAINEE)
    void shouldGiveARefusedApplicationBackOnTheApplyFormWithTheReasonBesideTheSupervisorsEmail() {
        fixture.named("refusal.trainee", "GE");
        Offering offering = fixture.offering(5);
        String page = form().header("Accept-Language", "ru")
                .formParam("motivation", "Synthetic drug cases 17")
                .formParam("agency", "Criminal Police 17")
                .formParam("position", "Investigator 17")
                .formParam("agencyType", "police")
                .formParam("speaksWorkingLanguage", "true")
                .formParam("supervisorName", "Giorgi Tsiklauri 17")
                .formParam("supervisorEmail", "not-an-address")
                .when()
                .post("/enrolment/offerings/" + offering.code + "/applications")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertOwnForm(page, "apply-form");
        for (String typed : new String[] {
            "Synthetic drug cases 17", "value=\"Criminal Police 17\"", "value=\"Investigator 17\"",
            "value=\"Giorgi Tsiklauri 17\"", "value=\"not-an-address\"", "<option value=\"police\" selected>"
        }) {
            assertTrue(page.contains(typed), "kept as typed: " + typed);
        }
        assertBeside(page, "supervisorEmail", "Адрес электронной почты руководителя недействителен.");
        assertTrue(page.contains("<a href=\"#supervisorEmail\">Электронная почта руководителя: "), "labelled");
    }

    @Test
    @TestSecurity(user = "refusal.coordinator", roles = Roles.NATIONAL_COORDINATOR)
    void shouldGiveARefusedNominationBackOnTheNominationFormWithEachReasonBesideItsField() {
        fixture.named("refusal.coordinator", "GE");
        Offering offering = fixture.offering(5);
        String page = form().header("Accept-Language", "ru")
                .formParam("name", " ")
                .formParam("email", "nobody")
                .formParam("agency", "Patrol Police 18")
                .formParam("agencyType", "police")
                .formParam("speaksWorkingLanguage", "true")
                .when()
                .post("/enrolment/offerings/" + offering.code + "/nominations")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertOwnForm(page, "nominate-form");
        assertTrue(page.contains("value=\"nobody\""), "the e-mail as typed");
        assertTrue(page.contains("value=\"Patrol Police 18\""), "the agency as typed");
        assertBeside(page, "n-name", "Заполните это поле.");
    }

    @Test
    @TestSecurity(user = "refusal.withdrawer", roles = Roles.TRAINEE)
    void shouldGiveARefusedWithdrawalBackOnTheApplicationsPageWithTheReasonTyped() {
        Application application = fixture.apply(fixture.offering(5), fixture.named("refusal.withdrawer", "GE"));
        String reason = "Moved to another unit ".repeat(50);
        String page = form().header("Accept-Language", "ru")
                .formParam("reason", reason)
                .when()
                .post("/enrolment/applications/" + application.id + "/withdraw")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertOwnForm(page, "withdraw-form");
        assertTrue(page.contains("value=\"" + reason + "\""), "the reason as typed");
        assertBeside(page, "withdraw-reason", "Слишком длинно: не более 1000 символов.");
        assertEquals(Application.Status.SUBMITTED, fixture.reload(application.id).status, "nothing was written");
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldAnswerARefusedHtmxDecisionInPlaceAndAPlainOneWithThePage() {
        Offering offering = fixture.offering(5);
        Application application = fixture.decidable(offering, fixture.person("GE"));
        String fragment = form().header("Accept-Language", "ru")
                .header("HX-Request", "true")
                .formParam("decision", "REJECT")
                .formParam("reason", " ")
                .formParam("from", "/enrolment/queue")
                .when()
                .post("/enrolment/applications/" + application.id + "/decision")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertFalse(fragment.contains("<html"), "htmx: the application's body in place, not a whole page");
        assertTrue(fragment.contains("data-testid=\"decide-form\""), fragment);
        assertTrue(fragment.contains("name=\"from\" value=\"/enrolment/queue\""), "the origin is kept");
        assertBeside(fragment, "decide-reason", "Укажите, почему заявка отклонена: заявитель прочитает это.");

        String page = form().header("Accept-Language", "ru")
                .formParam("decision", "REJECT")
                .when()
                .post("/enrolment/applications/" + application.id + "/decision")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertOwnForm(page, "decide-form");
        assertBeside(page, "decide-reason", "Укажите, почему заявка отклонена");
    }

    @Test
    @TestSecurity(user = "fx-coordinator-ge", roles = Roles.NATIONAL_COORDINATOR)
    void shouldGiveARefusedDeclineBackWithTheReasonBesideItsField() {
        fixture.coordinator("GE");
        Application application = fixture.apply(fixture.offering(5), fixture.person("GE"));
        String page = form().header("Accept-Language", "ru")
                .formParam("endorse", "false")
                .formParam("reason", "")
                .when()
                .post("/enrolment/applications/" + application.id + "/endorsement")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertOwnForm(page, "endorse-form");
        assertBeside(page, "endorse-reason", "Укажите, почему вы не согласовываете заявку");
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldGiveARefusedBulkDecisionBackOnTheQueueWithTheTicksKept() {
        Offering offering = fixture.offering(5);
        Person first = fixture.person("GE");
        Person second = fixture.person("GE");
        Application ticked = fixture.decidable(offering, first);
        Application other = fixture.decidable(offering, second);
        String page = form().header("Accept-Language", "ru")
                .formParam("application", ticked.id)
                .formParam("decision", "REJECT")
                .formParam("offering", offering.code)
                .when()
                .post("/enrolment/queue/decisions")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertOwnForm(page, "bulk-form");
        assertTrue(page.contains("value=\"" + ticked.id + "\" aria-label=\"" + first.name + "\" checked>"), page);
        assertTrue(page.contains("data-id=\"" + other.id + "\""), "the same queue");
        assertFalse(page.contains("value=\"" + other.id + "\" aria-label=\"" + second.name + "\" checked>"));
        assertBeside(page, "bulk-reason", "Укажите, почему заявка отклонена");
        assertEquals(Application.Status.ENDORSED, fixture.reload(ticked.id).status, "nothing was decided");

        io.restassured.response.Response htmx = form().header("HX-Request", "true")
                .formParam("application", ticked.id)
                .formParam("decision", "REJECT")
                .when()
                .post("/enrolment/queue/decisions");
        assertEquals(422, htmx.statusCode());
        assertEquals("#queue-results", htmx.header("HX-Retarget"), "the refused form takes the table's place");
        assertFalse(htmx.asString().contains("<html"));
        assertTrue(htmx.asString().contains("id=\"bulk-reason-error\""));
    }

    private static void assertOwnForm(String page, String form) {
        assertTrue(page.contains("data-testid=\"" + form + "\""), "the page's own form: " + page);
        assertFalse(page.contains("data-testid=\"refused-form\""), "not the fallback page");
        assertTrue(page.contains("data-testid=\"errors\""), "the summary");
    }

    /** The reason stands beside its field, which names it for assistive technology, and in the summary. */
    private static void assertBeside(String page, String field, String reason) {
        int error = page.indexOf("id=\"" + field + "-error\"");
        assertTrue(error >= 0, "a reason beside " + field + ": " + page);
        assertTrue(page.substring(error, page.indexOf("</p>", error)).contains(reason), reason);
        assertTrue(page.contains("aria-describedby=\"" + field + "-error\"") || page.contains(field + "-error\""));
        assertTrue(page.indexOf("id=\"" + field + "\"", error) > error, "the field follows its reason");
        assertTrue(page.contains("aria-invalid=\"true\""));
    }

    private static RequestSpecification form() {
        return given().cookie("topcop-csrf", "enrolment-page-token").formParam("_csrf", "enrolment-page-token");
    }
}
