package eu.topcop.learn.insight.results;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The row rules of the results API with real Keycloak tokens: the Georgian coordinator records and decides on
 * Georgia's results only; a Georgian officer proposes their own and sees only the results naming them (a
 * restricted one without what is withheld); the Ukrainian coordinator and officer see none of Georgia's; a course
 * manager sees every country; each act is in the result's audit trail.
 */
@QuarkusTest
class ResultRulesTest {

    private static final String UA_COORDINATOR = "oksana.melnyk";

    @Inject
    EnrolmentFixture fixture;

    @Test
    void shouldHoldCoordinatorsToTheirCountryAndOfficersToTheirOwnResults() {
        long nino = personOf(Tokens.TRAINEE);
        personOf(Tokens.TRAINEE_UA);
        Person colleague = fixture.person("GE");
        Person ukrainian = fixture.person("UA");
        String coordinator = accessToken(Tokens.COORDINATOR);
        String officer = accessToken(Tokens.TRAINEE);

        // The coordinator records a Joint Action Day of two Georgian officers: validated at once.
        Map<String, Object> jad = result("JOINT_ACTION_DAY", List.of(nino, colleague.id));
        long recorded = created(coordinator, jad);
        given().auth()
                .oauth2(coordinator)
                .get("/api/insight/results/" + recorded)
                .then()
                .statusCode(200)
                .body("result.status", equalTo("VALIDATED"))
                .body("result.country", equalTo("GE"))
                .body("result.officers.id", hasItem((int) nino))
                .body("history.action", equalTo(List.of("RECORDED", "VALIDATED")))
                .body("history[0].by", equalTo("Giorgi Kapanadze"));
        // Not for another country, nor naming its officers.
        Map<String, Object> abroad = new HashMap<>(jad);
        abroad.put("country", "UA");
        abroad.put("officers", List.of(ukrainian.id));
        send(coordinator, "POST", "/api/insight/results", abroad).then().statusCode(403);
        Map<String, Object> foreigner = result("ARRESTS", List.of(ukrainian.id));
        foreigner.put("count", 2);
        send(coordinator, "POST", "/api/insight/results", foreigner)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("officers"));

        // The officer proposes one of their own (nobody else's): it waits for the coordinator.
        long proposal = created(officer, result("CROSS_BORDER_CASE", List.of()));
        JsonPath proposed = given().auth()
                .oauth2(officer)
                .get("/api/insight/results/" + proposal)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("PROPOSED", proposed.getString("result.status"));
        assertEquals(List.of(nino), proposed.getList("result.officers.id", Long.class));
        assertTrue(proposed.getBoolean("result.editable"));
        assertFalse(proposed.getBoolean("result.decidable"));
        send(officer, "POST", "/api/insight/results", result("CROSS_BORDER_CASE", List.of(colleague.id)))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("officers"));
        send(officer, "POST", "/api/insight/results/" + proposal + "/decision", Map.of("action", "VALIDATE"))
                .then()
                .statusCode(403);

        // The officer's list holds what names them, and nothing else.
        long others = created(coordinator, result("JOINT_INVESTIGATION_TEAM", List.of(colleague.id)));
        List<Long> mine = ids(officer, "/api/insight/results?limit=100");
        assertTrue(mine.contains(recorded) && mine.contains(proposal), mine.toString());
        assertFalse(mine.contains(others), "a result naming only a colleague");
        given().auth()
                .oauth2(officer)
                .get("/api/insight/results/" + others)
                .then()
                .statusCode(403);

        // Ukraine sees nothing of Georgia.
        String uaCoordinator = accessToken(UA_COORDINATOR);
        given().auth()
                .oauth2(uaCoordinator)
                .get("/api/insight/results/" + recorded)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(uaCoordinator)
                .get("/api/insight/results?country=GE")
                .then()
                .statusCode(403);
        assertFalse(ids(uaCoordinator, "/api/insight/results?limit=100").contains(recorded));
        send(uaCoordinator, "POST", "/api/insight/results/" + proposal + "/decision", Map.of("action", "VALIDATE"))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .get("/api/insight/results/" + proposal)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(uaCoordinator)
                .get("/api/insight/results/officers?country=GE")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem((int) nino)));

        // The officer edits their proposal while it waits; the coordinator validates it, once.
        Map<String, Object> changed = result("CROSS_BORDER_CASE", List.of());
        changed.put("description", "Case opened with Moldova on forged documents");
        changed.put("count", 2);
        send(officer, "PUT", "/api/insight/results/" + proposal, changed).then().statusCode(200);
        send(coordinator, "POST", "/api/insight/results/" + proposal + "/decision", Map.of("action", "VALIDATE"))
                .then()
                .statusCode(200)
                .body("result.status", equalTo("VALIDATED"))
                .body("history.action", equalTo(List.of("RECORDED", "EDITED", "VALIDATED")))
                .body("history[1].changes.field", hasItem("description"))
                .body("history[1].changes.find { it.field == 'count' }.after", equalTo("2"));
        send(
                        coordinator,
                        "POST",
                        "/api/insight/results/" + proposal + "/decision",
                        Map.of("action", "REJECT", "reason", "x"))
                .then()
                .statusCode(409);
        send(officer, "PUT", "/api/insight/results/" + proposal, changed).then().statusCode(403);

        // A rejection needs a reason, which the officer reads.
        long doubtful = created(officer, result("CROSS_BORDER_CASE", List.of()));
        send(coordinator, "POST", "/api/insight/results/" + doubtful + "/decision", Map.of("action", "REJECT"))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("reason"));
        send(
                        coordinator,
                        "POST",
                        "/api/insight/results/" + doubtful + "/decision",
                        Map.of("action", "REJECT", "reason", "Not in the border police's report"))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(officer)
                .get("/api/insight/results/" + doubtful)
                .then()
                .body("result.status", equalTo("REJECTED"))
                .body("result.rejectionReason", equalTo("Not in the border police's report"));

        // A restricted result: the officer named sees that it exists and their part, no more; the manager all.
        Map<String, Object> secret = result("ASSETS", List.of(nino, colleague.id));
        secret.put("restricted", true);
        secret.put("amountEur", 25000.5);
        long restricted = created(coordinator, secret);
        given().auth()
                .oauth2(officer)
                .get("/api/insight/results/" + restricted)
                .then()
                .statusCode(200)
                .body("result.withheld", equalTo(true))
                .body("result.description", nullValue())
                .body("result.evidenceReference", nullValue())
                .body("result.officers.id", equalTo(List.of((int) nino)));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/insight/results/" + restricted)
                .then()
                .statusCode(200)
                .body("result.withheld", equalTo(false))
                .body("result.officers.size()", equalTo(2))
                .body("result.amountEur", equalTo(25000.5f));
        List<Long> managed = ids(accessToken(Tokens.MANAGER), "/api/insight/results?country=GE&limit=100");
        assertTrue(managed.containsAll(List.of(recorded, proposal, others, restricted)), managed.toString());

        // Figures: the coordinator's own country, not another; not for officers.
        given().auth()
                .oauth2(coordinator)
                .get("/api/insight/results/figures")
                .then()
                .statusCode(200)
                .body("country", equalTo("GE"));
        given().auth()
                .oauth2(coordinator)
                .get("/api/insight/results/figures?country=UA")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(officer)
                .get("/api/insight/results/figures")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(coordinator)
                .get("/api/insight/results/officers")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) nino));
    }

    @Test
    void shouldPageTheListByDayAndIdWithoutRepeatingOrSkipping() {
        Person a = fixture.person("GE");
        String coordinator = accessToken(Tokens.COORDINATOR);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> r = result("JOINT_ACTION_DAY", List.of(a.id));
            r.put("date", LocalDate.now().minusDays(i % 2).toString());
            r.put("priority", "online-child-sexual-exploitation");
            created(coordinator, r);
        }
        String base = "/api/insight/results?priority=online-child-sexual-exploitation&limit=2";
        JsonPath first = given().auth()
                .oauth2(coordinator)
                .get(base)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(first.getBoolean("more"));
        assertNotNull(first.getString("next"));
        java.util.Set<Long> seen = new java.util.LinkedHashSet<>(first.getList("results.id", Long.class));
        String next = first.getString("next");
        int pages = 1;
        while (next != null) {
            JsonPath page = given().auth()
                    .oauth2(coordinator)
                    .get(base + "&after=" + next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Long> ids = page.getList("results.id", Long.class);
            ids.forEach(id -> assertTrue(seen.add(id), "result " + id + " came twice"));
            next = page.getString("next");
            pages++;
        }
        assertTrue(seen.size() >= 5 && pages >= 3, seen + " in " + pages + " pages");
        given().auth().oauth2(coordinator).get(base + "&after=yesterday").then().statusCode(400);
    }

    static Map<String, Object> result(String kind, List<Long> officers) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("date", LocalDate.now().minusDays(3).toString());
        body.put("description", "Operation at the Sarpi border crossing");
        body.put("evidenceReference", "MIA-GE/2026-0042");
        body.put("priority", "drug-trafficking");
        if (!officers.isEmpty()) {
            body.put("officers", officers);
        }
        return body;
    }

    static long created(String token, Map<String, Object> body) {
        return send(token, "POST", "/api/insight/results", body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("result.id");
    }

    static Response send(String token, String method, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .request(method, path);
    }

    private static List<Long> ids(String token, String path) {
        return given().auth()
                .oauth2(token)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("results.id", Long.class);
    }

    /** The demo user's person record, made by their first request and found by their token's subject. */
    static long personOf(String username) {
        given().auth()
                .oauth2(accessToken(username))
                .get("/api/insight/results")
                .then()
                .statusCode(200);
        String subject = Tokens.subject(username);
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", subject).firstResult().id);
    }
}
