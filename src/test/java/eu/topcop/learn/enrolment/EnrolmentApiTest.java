package eu.topcop.learn.enrolment;

import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Enrolment through the API with real tokens: who may do what, and whose rows they see. Nino (trainee, GE)
 * applies; Giorgi (coordinator, GE) endorses; Oksana (coordinator, UA) sees nothing of it; Olena (trainee, UA)
 * cannot read it; Marta (course manager of the offering) approves.
 */
@QuarkusTest
class EnrolmentApiTest {

    private static final Map<String, Object> APPLICATION = Map.of(
            "motivation", "I lead a unit on synthetic drugs.",
            "agency", "Central Criminal Police",
            "position", "Senior investigator",
            "agencyType", "police",
            "speaksWorkingLanguage", true);

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    @Test
    void shouldCarryAnApplicationFromTraineeThroughCoordinatorToManagerSeeingOnlyOwnRows() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);

        int id = given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(APPLICATION)
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/applications")
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("country", equalTo("GE"))
                .extract()
                .path("id");
        // The same request again: one application.
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(APPLICATION)
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/applications")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));

        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/enrolment/my-applications?size=100")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .when()
                .get("/api/enrolment/my-applications?size=100")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .when()
                .get("/api/enrolment/applications/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/enrolment/queue")
                .then()
                .statusCode(403);

        // Coordinators: their own country only.
        given().auth()
                .oauth2(accessToken("oksana.melnyk"))
                .when()
                .get("/api/enrolment/country-applications?size=100&offering=" + offering.code)
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth()
                .oauth2(accessToken("oksana.melnyk"))
                .when()
                .get("/api/enrolment/applications/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken("oksana.melnyk"))
                .contentType(ContentType.JSON)
                .body(Map.of("endorse", true))
                .when()
                .post("/api/enrolment/applications/" + id + "/endorsement")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .when()
                .get("/api/enrolment/country-applications?size=100&offering=" + offering.code)
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("endorse", true))
                .when()
                .post("/api/enrolment/applications/" + id + "/endorsement")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDORSED"));

        // The course manager of the offering decides.
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE"))
                .when()
                .post("/api/enrolment/applications/" + id + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/enrolment/applications/" + id)
                .then()
                .statusCode(200)
                .body("history.to", equalTo(java.util.List.of("SUBMITTED", "ENDORSED", "APPROVED")))
                .body("history.actor", equalTo(java.util.List.of(Tokens.TRAINEE, Tokens.COORDINATOR, Tokens.MANAGER)));
        // The approved place of a face-to-face offering comes with a calendar invitation, for its holder only.
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/enrolment/applications/" + id + "/calendar")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar"))
                .body(org.hamcrest.Matchers.containsString("BEGIN:VEVENT"))
                .body(org.hamcrest.Matchers.containsString(
                        "DTSTART;VALUE=DATE:" + offering.startsOn.toString().replace("-", "")))
                .body(org.hamcrest.Matchers.containsString("DTEND;VALUE=DATE:"
                        + offering.endsOn.plusDays(1).toString().replace("-", "")))
                .body(org.hamcrest.Matchers.containsString("LOCATION:Police Academy\\, Tbilisi"));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .when()
                .get("/api/enrolment/applications/" + id + "/calendar")
                .then()
                .statusCode(404);
        org.junit.jupiter.api.Assertions.assertTrue(
                mailbox.getMailsSentTo("nino.beridze@demo.topcop.eu").stream()
                        .anyMatch(m -> m.getAttachments().stream()
                                .anyMatch(a -> a.getName().equals("invitation.ics"))),
                "the approval e-mail carries the invitation");
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/enrolment/offerings/" + offering.code + "/roster")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void shouldApproveAnOfferedApplicationWhenTheOfferingIsFull() {
        Offering offering = fixture.offering(1, Tokens.MANAGER);
        Person manager = fixture.named(Tokens.MANAGER, "HU");
        java.util.List<Person> officers = fixture.people(2, "MD");
        long seated = fixture.approved(offering, officers.get(0), manager).id;
        long next = fixture.approved(offering, officers.get(1), manager).id;
        enrolment.withdraw(seated, officers.get(0), null);
        // The one seat is now offered to the next in line, and held for them: the offering is full.
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE"))
                .when()
                .post("/api/enrolment/applications/" + next + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/enrolment/offerings/" + offering.code + "/roster")
                .then()
                .statusCode(200)
                .body("id", equalTo(java.util.List.of((int) next)));
    }

    @Test
    void shouldExplainIneligibilityAsProblemDetails() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("quotas", Map.of("UA", 3)))
                .when()
                .put("/api/enrolment/offerings/" + offering.code + "/rules")
                .then()
                .statusCode(200)
                .body("quotas.UA", equalTo(3));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(APPLICATION)
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/applications")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("COUNTRY_NOT_INVITED"));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/enrolment/offerings/" + offering.code + "/eligibility")
                .then()
                .statusCode(200)
                .body("$", equalTo(java.util.List.of("COUNTRY_NOT_INVITED")));
    }

    @Test
    void shouldLetCoordinatorNominateOnlyWithinTheirCountry() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        Map<String, Object> nomination = Map.of(
                "email", "levan." + System.nanoTime() + "@police.example",
                "name", "Levan Gelashvili",
                "agency", "Patrol Police",
                "agencyType", "police",
                "speaksWorkingLanguage", true);
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(nomination)
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/nominations")
                .then()
                .statusCode(201)
                .body("status", equalTo("ENDORSED"))
                .body("kind", equalTo("NOMINATION"))
                .body("country", equalTo("GE"));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(nomination)
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/nominations")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "name", ""))
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/nominations")
                .then()
                .statusCode(400);
    }
}
