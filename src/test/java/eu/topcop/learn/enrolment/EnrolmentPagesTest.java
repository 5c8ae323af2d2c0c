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

/** Who reaches which enrolment page, and what a refused application looks like on a page. */
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
                .body(containsString("data-testid=\"refused\""))
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

    private static RequestSpecification form() {
        return given().cookie("topcop-csrf", "enrolment-page-token").formParam("_csrf", "enrolment-page-token");
    }
}
