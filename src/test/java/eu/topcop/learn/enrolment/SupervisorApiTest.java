package eu.topcop.learn.enrolment;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The supervisor named when applying or nominating, through the API with real tokens: kept normalised and in the
 * applicant's language by default; bad input refused naming {@code supervisor.<field>}; never the applicant's own
 * address; changed later by the applicant (until the application is final), the coordinator of their country and
 * course managers, and by nobody else; the history says who changed it, not to whom.
 */
@QuarkusTest
class SupervisorApiTest {

    private static final String NINO_EMAIL = "nino.beridze@demo.topcop.eu";

    @Inject
    EnrolmentFixture fixture;

    @Test
    void shouldApplyWithoutASupervisor() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        apply(Tokens.TRAINEE, offering, null).then().statusCode(201).body("supervisor", nullValue());
    }

    @Test
    void shouldApplyWithASupervisorKeptNormalisedInTheApplicantsLanguage() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        int id = apply(
                        Tokens.TRAINEE,
                        offering,
                        supervisor(" Tamaz Kvaratskhelia ", "T.Kvaratskhelia@Police.GE", " Head of unit ", null))
                .then()
                .statusCode(201)
                .body("supervisor.name", equalTo("Tamaz Kvaratskhelia"))
                .body("supervisor.email", equalTo("t.kvaratskhelia@police.ge"))
                .body("supervisor.position", equalTo("Head of unit"))
                // Nino never chose a language: Georgia's is hers, and her supervisor's by default.
                .body("supervisor.language", equalTo("ka"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .get("/api/enrolment/applications/" + id)
                .then()
                .statusCode(200)
                .body("application.supervisor.email", equalTo("t.kvaratskhelia@police.ge"))
                .body("supervisorChangeable", equalTo(true));
        // The coordinator of her country and course managers see it; another country's coordinator does not.
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .get("/api/enrolment/applications/" + id)
                .then()
                .statusCode(200)
                .body("application.supervisor.name", equalTo("Tamaz Kvaratskhelia"));
        given().auth()
                .oauth2(accessToken("oksana.melnyk"))
                .get("/api/enrolment/applications/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRefuseABadSupervisorNamingTheFieldAndWriteNothing() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        apply(Tokens.TRAINEE, offering, supervisor("Tamaz Kvaratskhelia", "not-an-address", null, null))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("supervisor.email"));
        apply(Tokens.TRAINEE, offering, supervisor("T".repeat(Supervisor.NAME_MAX + 1), "t.k@police.ge", null, null))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("supervisor.name"));
        apply(Tokens.TRAINEE, offering, supervisor("Tamaz Kvaratskhelia", null, null, null))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("supervisor.email"));
        apply(Tokens.TRAINEE, offering, supervisor("Tamaz Kvaratskhelia", "t.k@police.ge", null, "xx"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("supervisor.language"));
        // Her own address, however it is written: nobody vouches for themselves.
        apply(Tokens.TRAINEE, offering, supervisor("Nino Beridze", "Nino.Beridze@DEMO.topcop.eu", null, "en"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("supervisor.email"))
                .body("errors[0].message", containsString("own address"));
        assertEquals(0, applications(offering), "nothing was written");
    }

    @Test
    void shouldLetTheApplicantTheirCoordinatorAndManagersChangeTheSupervisorAndNobodyElse() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        int id = apply(Tokens.TRAINEE, offering, supervisor("Tamaz Kvaratskhelia", "t.k@police.ge", null, "en"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        change(Tokens.TRAINEE, id, supervisor("Eka Tsereteli", "eka.tsereteli@police.ge", "Deputy head", "ru"))
                .then()
                .statusCode(200)
                .body("supervisor.name", equalTo("Eka Tsereteli"))
                .body("supervisor.language", equalTo("ru"));
        change(Tokens.MANAGER, id, supervisor("Eka Tsereteli", "eka.tsereteli@police.ge", "Head of unit", "ru"))
                .then()
                .statusCode(200)
                .body("supervisor.position", equalTo("Head of unit"));
        change(Tokens.COORDINATOR, id, supervisor("Eka Tsereteli", "eka.t@police.ge", "Head of unit", "ru"))
                .then()
                .statusCode(200)
                .body("supervisor.email", equalTo("eka.t@police.ge"));
        // Someone else's application does not exist for them: another trainee, another country's coordinator.
        change(Tokens.TRAINEE_UA, id, supervisor("Someone Else", "someone@police.ua", null, null))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        change("oksana.melnyk", id, supervisor("Someone Else", "someone@police.ua", null, null))
                .then()
                .statusCode(404);
        // The applicant's own address is refused on a change too.
        change(Tokens.MANAGER, id, supervisor("Nino Beridze", NINO_EMAIL, null, null))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("supervisor.email"));

        // The history says who changed it and when, never to whom.
        String detail = given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .get("/api/enrolment/applications/" + id)
                .then()
                .statusCode(200)
                .body("application.supervisor.email", equalTo("eka.t@police.ge"))
                .body(
                        "history.change",
                        equalTo(java.util.Arrays.asList(
                                null, "SUPERVISOR_CHANGED", "SUPERVISOR_CHANGED", "SUPERVISOR_CHANGED")))
                .body("history.actor", hasItem(Tokens.MANAGER))
                .body("history.reason", everyItem(nullValue()))
                .extract()
                .asString();
        String history = detail.substring(detail.indexOf("\"history\""));
        assertEquals(-1, history.indexOf("eka"), "the history copies none of the supervisor's details: " + history);

        // Once withdrawn, the applicant no longer changes it; a course manager still may.
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/enrolment/applications/" + id + "/withdrawal")
                .then()
                .statusCode(200);
        change(Tokens.TRAINEE, id, supervisor("Tamaz Kvaratskhelia", "t.k@police.ge", null, null))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body("{\"supervisor\": null}")
                .put("/api/enrolment/applications/" + id + "/supervisor")
                .then()
                .statusCode(200)
                .body("supervisor", nullValue());
        Application kept = fixture.reload(id);
        assertNull(kept.supervisorEmail, "removed: none of the four is kept");
        assertNull(kept.supervisorLanguage);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/enrolment/applications/" + id)
                .then()
                .statusCode(200)
                .body("history[-1].change", equalTo("SUPERVISOR_REMOVED"))
                .body("history[-1].actor", equalTo(Tokens.MANAGER))
                .body("history[-1].to", equalTo("WITHDRAWN"));
    }

    @Test
    void shouldNominateWithTheOfficersSupervisorButNeverTheOfficerAsTheirOwn() {
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        String officer = "levan.kobakhidze." + offering.id + "@police.example";
        nominate(offering, officer, supervisor("Officer Himself", officer.toUpperCase(), null, null))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("supervisor.email"));
        assertEquals(0, applications(offering), "nothing was written");
        nominate(offering, officer, supervisor("Nana Lomidze", "nana.lomidze@police.example", "Chief", null))
                .then()
                .statusCode(201)
                .body("supervisor.name", equalTo("Nana Lomidze"))
                // An officer without an account writes in their country's language: so does their supervisor.
                .body("supervisor.language", equalTo("ka"));
    }

    private static Map<String, Object> supervisor(String name, String email, String position, String language) {
        Map<String, Object> supervisor = new HashMap<>();
        supervisor.put("name", name);
        supervisor.put("email", email);
        supervisor.put("position", position);
        supervisor.put("language", language);
        return supervisor;
    }

    private static Response apply(String user, Offering offering, Map<String, Object> supervisor) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "motivation", "I lead a unit on synthetic drugs.",
                "agency", "Central Criminal Police",
                "agencyType", "police",
                "speaksWorkingLanguage", true));
        if (supervisor != null) {
            body.put("supervisor", supervisor);
        }
        return given().auth()
                .oauth2(accessToken(user))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/applications");
    }

    private static Response nominate(Offering offering, String email, Map<String, Object> supervisor) {
        return given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        email,
                        "name",
                        "Levan Kobakhidze",
                        "agencyType",
                        "police",
                        "speaksWorkingLanguage",
                        true,
                        "supervisor",
                        supervisor))
                .when()
                .post("/api/enrolment/offerings/" + offering.code + "/nominations");
    }

    private static Response change(String user, int id, Map<String, Object> supervisor) {
        return given().auth()
                .oauth2(accessToken(user))
                .contentType(ContentType.JSON)
                .body(Map.of("supervisor", supervisor))
                .when()
                .put("/api/enrolment/applications/" + id + "/supervisor");
    }

    private static long applications(Offering offering) {
        return QuarkusTransaction.requiringNew().call(() -> Application.count("offering.id", offering.id));
    }
}
