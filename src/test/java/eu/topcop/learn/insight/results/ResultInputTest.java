package eu.topcop.learn.insight.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.insight.results.ResultRulesTest.result;
import static eu.topcop.learn.insight.results.ResultRulesTest.send;
import static eu.topcop.learn.support.Tokens.accessToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bad input to the results API is a 4xx problem naming the field, never a 500 and never a row: text one character
 * longer than its column, days before 2000 or after today (and days no column holds), a count or an amount on a kind
 * without one, an operational action without its plan's code and priority, unknown priorities. The limits the
 * requests check are the columns' own (information_schema).
 */
@QuarkusTest
class ResultInputTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EntityManager em;

    @Test
    void shouldRefuseTextLongerThanItsColumnNamingTheField() {
        long before = rows();
        for (Map.Entry<String, Integer> field : Map.of(
                        "description", ResultLimits.DESCRIPTION,
                        "evidenceReference", ResultLimits.EVIDENCE,
                        "oapActionCode", ResultLimits.ACTION_CODE)
                .entrySet()) {
            Map<String, Object> body = result("JOINT_ACTION_DAY", List.of(officer()));
            body.put(field.getKey(), "A".repeat(field.getValue() + 1));
            send(accessToken(Tokens.COORDINATOR), "POST", "/api/insight/results", body)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(field.getKey()));
        }
        Map<String, Object> reason = Map.of("action", "REJECT", "reason", "r".repeat(ResultLimits.REASON + 1));
        send(accessToken(Tokens.COORDINATOR), "POST", "/api/insight/results/1/decision", reason)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        assertEquals(before, rows(), "nothing written");
    }

    @Test
    void shouldRefuseDaysBefore2000AfterTodayAndBeyondWhatAColumnHolds() {
        long before = rows();
        for (String day : List.of("1999-12-31", LocalDate.now().plusDays(1).toString())) {
            Map<String, Object> body = result("JOINT_ACTION_DAY", List.of(officer()));
            body.put("date", day);
            send(accessToken(Tokens.COORDINATOR), "POST", "/api/insight/results", body)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("date")));
        }
        for (String day : List.of("0999-12-31", "+999999999-12-31", "2026-02-30", "yesterday")) {
            Map<String, Object> body = result("JOINT_ACTION_DAY", List.of(officer()));
            body.put("date", day);
            send(accessToken(Tokens.COORDINATOR), "POST", "/api/insight/results", body)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("date"));
        }
        assertEquals(before, rows(), "nothing written");
    }

    @Test
    void shouldNameEveryFieldThatBreaksARuleOfItsKind() {
        long before = rows();
        String coordinator = accessToken(Tokens.COORDINATOR);
        Map<String, Object> counted = result("JOINT_ACTION_DAY", List.of(officer()));
        counted.put("count", 3);
        counted.put("amountEur", 10);
        send(coordinator, "POST", "/api/insight/results", counted)
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("count", "amountEur"));
        send(coordinator, "POST", "/api/insight/results", result("ARRESTS", List.of(officer())))
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("count")));
        send(coordinator, "POST", "/api/insight/results", result("OPERATIONAL_ACTION", List.of(officer())))
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("oapActionCode", "empactPriority"));
        Map<String, Object> unknown = result("OPERATIONAL_ACTION", List.of(officer()));
        unknown.put("priority", "empact-2026-drug-trafficking");
        unknown.put("empactPriority", "drug-trafficking");
        unknown.put("oapActionCode", "OA 2.3");
        send(coordinator, "POST", "/api/insight/results", unknown)
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("priority", "empactPriority"));
        Map<String, Object> cents = result("ASSETS", List.of(officer()));
        cents.put("amountEur", 10.005);
        send(coordinator, "POST", "/api/insight/results", cents)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("amountEur"));
        Map<String, Object> action = result("OPERATIONAL_ACTION", List.of(officer()));
        action.put("oapActionCode", "OA 2.3; DROP");
        send(coordinator, "POST", "/api/insight/results", action)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("oapActionCode"));
        send(coordinator, "POST", "/api/insight/results", Map.of("kind", "HEIST"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
        send(
                        accessToken(Tokens.MANAGER),
                        "POST",
                        "/api/insight/results",
                        result("JOINT_ACTION_DAY", List.of(officer())))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("country"));
        assertEquals(before, rows(), "nothing written");
    }

    @Test
    void shouldAnswerAFilterThatIsNoKindOrStateWith400() {
        String manager = accessToken(Tokens.MANAGER);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(manager)
                .get("/api/insight/results?kind=HEIST")
                .then()
                .statusCode(400);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(manager)
                .get("/api/insight/results?status=LOST")
                .then()
                .statusCode(400);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(manager)
                .get("/api/insight/results?limit=1000")
                .then()
                .statusCode(400);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(manager)
                .get("/api/insight/results/424242424")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldCheckTheSameLimitsAsTheColumns() {
        Map<String, Integer> columns = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Integer> found = new java.util.HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT CONCAT(table_name, '.', column_name),"
                            + " character_maximum_length FROM information_schema.columns"
                            + " WHERE table_schema = DATABASE() AND character_maximum_length IS NOT NULL")
                    .getResultList();
            rows.forEach(r -> found.put((String) r[0], ((Number) r[1]).intValue()));
            return found;
        });
        assertEquals(ResultLimits.DESCRIPTION, columns.get("operational_result.description"));
        assertEquals(ResultLimits.EVIDENCE, columns.get("operational_result.evidence_reference"));
        assertEquals(ResultLimits.ACTION_CODE, columns.get("operational_result.oap_action_code"));
        assertEquals(ResultLimits.REASON, columns.get("operational_result.rejection_reason"));
        assertEquals(ResultLimits.REASON, columns.get("operational_result_change.reason"));
        assertEquals(ResultLimits.PRIORITY_CODE, columns.get("crime_priority.code"));
    }

    private long officer() {
        return officers.computeIfAbsent("GE", c -> fixture.person(c)).id;
    }

    private final Map<String, Person> officers = new java.util.HashMap<>();

    private long rows() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM operational_result)"
                                        + " + (SELECT COUNT(*) FROM operational_result_change)")
                                .getSingleResult())
                        .longValue());
    }
}
