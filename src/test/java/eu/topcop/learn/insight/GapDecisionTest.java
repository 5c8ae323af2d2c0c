package eu.topcop.learn.insight;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.insight.OtnaImportTest.HEADER;
import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Course managers validate, change (with a reason) or discard gaps; coordinators raise emerging needs for their
 * own country; every act is in the gap's audit trail, and consolidating again leaves decided gaps as decided.
 */
@QuarkusTest
class GapDecisionTest {

    @Test
    void shouldKeepEveryDecisionInTheAuditTrailAndKeepDecidedGapsWhenConsolidatingAgain() {
        String round = OtnaImportTest.defineRound();
        OtnaImportTest.importFile(
                        round,
                        "a.csv",
                        (HEADER + "\n"
                                        + "GE,Patrol Police,R-1,DT-1,investigators,5,high,8,4\n"
                                        + "GE,Patrol Police,R-1,DT-1,analysts,3,low,2,0\n")
                                .getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(200);
        consolidate(round);
        var gaps = given().auth()
                .oauth2(manager())
                .get("/api/insight/rounds/" + round + "/gaps")
                .jsonPath();
        long investigators = gaps.getLong("find { it.targetGroup == 'investigators' }.id");
        long analysts = gaps.getLong("find { it.targetGroup == 'analysts' }.id");

        decide(investigators, Map.of("action", "CHANGE", "officers", Map.of("awareness", 30)))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("reason"))
                .body("errors.field", hasItem("urgency"));
        decide(
                        investigators,
                        Map.of(
                                "action", "CHANGE",
                                "officers", Map.of("awareness", 30, "expert", 6),
                                "urgency", "medium",
                                "reason", "The expert panel counted the regional units too"))
                .then()
                .statusCode(200)
                .body("status", equalTo("VALIDATED"))
                .body("officers.awareness", equalTo(30));
        decide(analysts, Map.of("action", "DISCARD")).then().statusCode(422).body("errors[0].field", equalTo("reason"));
        decide(analysts, Map.of("action", "DISCARD", "reason", "Covered by the national academy"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DISCARDED"));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("action", "VALIDATE"))
                .post("/api/insight/rounds/gaps/" + investigators + "/decision")
                .then()
                .statusCode(403);

        // New answers come in; the decided gaps keep the decisions.
        OtnaImportTest.importFile(
                        round,
                        "b.csv",
                        (HEADER + "\n" + "GE,Customs,R-9,DT-1,investigators,5,high,100,100\n")
                                .getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(200);
        consolidate(round).then().body("keptAsDecided", equalTo(2));
        given().auth()
                .oauth2(manager())
                .get("/api/insight/rounds/" + round + "/gaps")
                .then()
                .body("find { it.targetGroup == 'investigators' }.officers.awareness", equalTo(30));

        // Every gap decided: the round is validated; its answers and gaps stand until it is closed.
        post("/api/insight/rounds/" + round + "/closure").then().statusCode(409);
        post("/api/insight/rounds/" + round + "/validation")
                .then()
                .statusCode(200)
                .body("status", equalTo("VALIDATED"));
        OtnaImportTest.importFile(
                        round,
                        "late.csv",
                        (HEADER + "\nGE,Customs,R-10,DT-1,analysts,5,high,1,1\n").getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(409);
        consolidate(round).then().statusCode(409);
        post("/api/insight/rounds/" + round + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        decide(analysts, Map.of("action", "VALIDATE")).then().statusCode(409);

        var history = given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .get("/api/insight/rounds/gaps/" + investigators + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("CHANGED"), history.getList("action"));
        assertEquals("The expert panel counted the regional units too", history.getString("[0].reason"));
        assertEquals(8, history.getInt("[0].before.officers.awareness"));
        assertEquals(30, history.getInt("[0].after.officers.awareness"));
    }

    @Test
    void shouldLetACoordinatorRaiseAnEmergingNeedForTheirOwnCountryOnly() {
        String round = OtnaImportTest.defineRound();
        Map<String, Object> need = new java.util.HashMap<>(Map.of(
                "country", "GE",
                "capability", "DT-1",
                "targetGroup", "analysts",
                "officers", Map.of("expert", 5),
                "urgency", "high",
                "reason", "Synthetic opioids seized at the Sarpi crossing since October"));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(need)
                .post("/api/insight/rounds/" + round + "/gaps")
                .then()
                .statusCode(201)
                .body("origin", equalTo("EMERGING"))
                .body("status", equalTo("PROPOSED"))
                .body("officers.expert", equalTo(5))
                .body("officers.awareness", equalTo(0));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(need)
                .post("/api/insight/rounds/" + round + "/gaps")
                .then()
                .statusCode(409);
        need.put("country", "UA");
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(need)
                .post("/api/insight/rounds/" + round + "/gaps")
                .then()
                .statusCode(403);
        // Consolidation leaves an emerging need alone.
        consolidate(round).then().statusCode(200);
        given().auth()
                .oauth2(manager())
                .get("/api/insight/rounds/" + round + "/gaps")
                .then()
                .body("size()", equalTo(1))
                .body("[0].origin", equalTo("EMERGING"));
    }

    @Test
    void shouldNotValidateARoundWhileAGapIsUndecided() {
        String round = OtnaImportTest.defineRound();
        post("/api/insight/rounds/" + round + "/validation").then().statusCode(409);
        OtnaImportTest.importFile(
                        round,
                        "a.csv",
                        (HEADER + "\nGE,Patrol Police,R-1,DT-1,investigators,5,high,8,4\n")
                                .getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(200);
        consolidate(round).then().statusCode(200);
        post("/api/insight/rounds/" + round + "/validation")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("1 gaps"));
    }

    private static io.restassured.response.Response post(String path) {
        return given().auth().oauth2(manager()).post(path);
    }

    private static io.restassured.response.Response consolidate(String round) {
        return given().auth().oauth2(manager()).post("/api/insight/rounds/" + round + "/consolidation");
    }

    private static io.restassured.response.Response decide(long gap, Map<String, Object> decision) {
        return given().auth()
                .oauth2(manager())
                .contentType(ContentType.JSON)
                .body(decision)
                .post("/api/insight/rounds/gaps/" + gap + "/decision");
    }

    private static String manager() {
        return accessToken(Tokens.MANAGER);
    }
}
