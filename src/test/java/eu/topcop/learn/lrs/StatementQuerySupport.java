package eu.topcop.learn.lrs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;

/** Statements of one test, about its own agent and activity, so that queries see only them in a shared store. */
final class StatementQuerySupport {

    final LrsFixture.Client client;
    final String version;
    final String mbox = "mailto:learner-" + UUID.randomUUID() + "@academy.example";
    final String activity = "https://academy.example/courses/" + UUID.randomUUID();

    StatementQuerySupport(LrsFixture.Client client, String version) {
        this.client = client;
        this.version = version;
    }

    Map<String, Object> agent() {
        return agent(mbox);
    }

    static Map<String, Object> agent(String mbox) {
        return Map.of("objectType", "Agent", "mbox", mbox);
    }

    String agentJson() {
        return "{\"objectType\":\"Agent\",\"mbox\":\"" + mbox + "\"}";
    }

    /** A statement of this test's agent about this test's activity, with the given verb. */
    Map<String, Object> statement(String verb) {
        Map<String, Object> statement = new HashMap<>(LrsFixture.statement());
        statement.put("actor", agent());
        statement.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/" + verb, "display", Map.of("en-US", verb)));
        statement.put("object", Map.of("objectType", "Activity", "id", activity));
        return statement;
    }

    String store(Map<String, Object> statement) {
        return client.xapi(version)
                .body(List.of(statement))
                .post("/xapi/statements")
                .then()
                .statusCode(200)
                .extract()
                .path("[0]");
    }

    /** Statements stored one after another, each in a later millisecond than the one before. */
    List<String> storeInTurn(Map<String, Object> statement, int count) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(store(statement));
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ids;
    }

    /** GET /xapi/statements with these parameters, answered 200. */
    ValidatableResponse query(Map<String, ?> parameters) {
        return client.xapi(version)
                .queryParams(parameters)
                .get("/xapi/statements")
                .then()
                .statusCode(200);
    }

    /** The next page, by the relative IRL a page answered in {@code more} (already encoded: sent as it is). */
    io.restassured.response.ExtractableResponse<io.restassured.response.Response> follow(String more) {
        return client.xapi(version)
                .urlEncodingEnabled(false)
                .get(more)
                .then()
                .statusCode(200)
                .extract();
    }

    List<String> ids(Map<String, ?> parameters) {
        return query(parameters).extract().path("statements.id");
    }

    String stored(String id) {
        return client.xapi(version)
                .get("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("stored");
    }
}
