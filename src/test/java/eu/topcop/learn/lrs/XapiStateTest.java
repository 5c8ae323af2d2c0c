package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The state resource (xAPI 1.0.3 Communication 2.2, 2.3; 2.0.0 4.1.6.2), named by the requirement each test proves. */
@QuarkusTest
class XapiStateTest {

    private static final String STATE = "/xapi/activities/state";

    private LrsFixture.Client client;
    private String activity;
    private String agent;

    @BeforeEach
    void createClientAndOwner() {
        client = LrsFixture.client("state");
        activity = "https://academy.example/simulations/" + UUID.randomUUID();
        agent = DocumentFixture.agent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void stateIsStoredWithAnyContentTypeAndReturnedWithEtagAndLastModified(String version) {
        state(version, "bookmark")
                .contentType("text/plain")
                .body("page 7")
                .put(STATE)
                .then()
                .statusCode(204);

        state(version, "bookmark")
                .get(STATE)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .header("ETag", equalTo("\"" + DocumentFixture.sha1("page 7") + "\""))
                .header("Last-Modified", notNullValue())
                .body(equalTo("page 7"));
    }

    @Test
    void statePutWithoutConcurrencyHeadersReplacesAnExistingDocument() {
        state("1.0.3", "bookmark").body("{\"page\": 1}").put(STATE).then().statusCode(204);
        state("1.0.3", "bookmark").body("{\"page\": 2}").put(STATE).then().statusCode(204);

        state("1.0.3", "bookmark").get(STATE).then().statusCode(200).body("page", equalTo(2));
    }

    @Test
    void postMergesTheTopLevelPropertiesOfJsonObjects() {
        state("2.0.0", "variables")
                .body("{\"x\": \"foo\", \"y\": \"bar\"}")
                .put(STATE)
                .then()
                .statusCode(204);
        state("2.0.0", "variables")
                .body("{\"x\": \"bash\", \"z\": \"faz\"}")
                .post(STATE)
                .then()
                .statusCode(204);

        state("2.0.0", "variables")
                .get(STATE)
                .then()
                .statusCode(200)
                .body("x", equalTo("bash"))
                .body("y", equalTo("bar"))
                .body("z", equalTo("faz"));
    }

    @Test
    void postWithoutAStoredDocumentStoresIt() {
        state("1.0.3", "fresh").body("{\"a\": 1}").post(STATE).then().statusCode(204);

        state("1.0.3", "fresh").get(STATE).then().statusCode(200).body("a", equalTo(1));
    }

    @Test
    void postThatCannotMergeJsonObjectsIsRejectedWith400AndChangesNothing() {
        state("1.0.3", "text")
                .contentType("text/plain")
                .body("plain")
                .put(STATE)
                .then()
                .statusCode(204);
        state("1.0.3", "text").body("{\"a\": 1}").post(STATE).then().statusCode(400);
        state("1.0.3", "json").body("{\"a\": 1}").put(STATE).then().statusCode(204);
        state("1.0.3", "json").body("[1, 2]").post(STATE).then().statusCode(400);
        state("1.0.3", "json")
                .contentType("text/plain")
                .body("b")
                .post(STATE)
                .then()
                .statusCode(400);

        state("1.0.3", "text").get(STATE).then().body(equalTo("plain"));
        state("1.0.3", "json").get(STATE).then().body("a", equalTo(1));
    }

    @Test
    void getWithoutStateIdListsTheIdsAndSinceIsExclusive() throws InterruptedException {
        state("1.0.3", "first").body("{}").put(STATE).then().statusCode(204);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        state("1.0.3", "second").body("{}").put(STATE).then().statusCode(204);

        owner("1.0.3").get(STATE).then().statusCode(200).body("$", contains("first", "second"));
        owner("1.0.3")
                .queryParam("since", between.toString())
                .get(STATE)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("$", contains("second"));
    }

    @Test
    void registrationKeepsItsOwnStateAndDeleteAllDeletesOnlyTheAgentsStatesInTheActivity() {
        String registration = UUID.randomUUID().toString();
        String otherAgent = DocumentFixture.agent();
        state("2.0.0", "progress")
                .queryParam("registration", registration)
                .body("{\"r\": 1}")
                .put(STATE);
        state("2.0.0", "progress").body("{\"r\": 0}").put(STATE).then().statusCode(204);
        state("2.0.0", "notes").body("{}").put(STATE).then().statusCode(204);
        client.xapi("2.0.0")
                .queryParam("activityId", activity)
                .queryParam("agent", otherAgent)
                .queryParam("stateId", "progress")
                .body("{}")
                .put(STATE)
                .then()
                .statusCode(204);

        state("2.0.0", "progress")
                .queryParam("registration", registration)
                .get(STATE)
                .then()
                .body("r", equalTo(1));
        owner("2.0.0")
                .queryParam("registration", registration)
                .delete(STATE)
                .then()
                .statusCode(204);
        state("2.0.0", "progress")
                .queryParam("registration", registration)
                .get(STATE)
                .then()
                .statusCode(404);
        owner("2.0.0").get(STATE).then().body("$", containsInAnyOrder("progress", "notes"));

        owner("2.0.0").delete(STATE).then().statusCode(204);
        owner("2.0.0").get(STATE).then().statusCode(200).body("$", empty());
        client.xapi("2.0.0")
                .queryParam("activityId", activity)
                .queryParam("agent", otherAgent)
                .get(STATE)
                .then()
                .body("$", contains("progress"));
    }

    @Test
    void deleteOfOneStateRemovesItAndAMissingStateIs404() {
        state("1.0.3", "gone").body("{}").put(STATE).then().statusCode(204);
        state("1.0.3", "gone").delete(STATE).then().statusCode(204);

        state("1.0.3", "gone").get(STATE).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void stateHonoursConcurrencyHeadersWhenSentWith412OnAFailedCondition() {
        state("1.0.3", "guarded").body("{\"v\": 1}").put(STATE).then().statusCode(204);

        state("1.0.3", "guarded")
                .header("If-Match", "\"0000\"")
                .body("{}")
                .put(STATE)
                .then()
                .statusCode(412);
        state("1.0.3", "guarded")
                .header("If-None-Match", "*")
                .body("{}")
                .post(STATE)
                .then()
                .statusCode(412);
        state("1.0.3", "guarded")
                .header("If-Match", "\"0000\"")
                .delete(STATE)
                .then()
                .statusCode(412);
        state("1.0.3", "guarded").get(STATE).then().body("v", equalTo(1));
    }

    @Test
    void agentThatIsNotValidAgentJsonIsRejectedWith400() {
        for (String bad : new String[] {
            "not json",
            "{\"mbox\": \"learner@academy.example\"}",
            "{\"mbox\": \"mailto:a@academy.example\", \"openid\": \"https://id.example/a\"}",
            "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:a@academy.example\"}]}"
        }) {
            client.xapi("1.0.3")
                    .queryParam("activityId", activity)
                    .queryParam("agent", bad)
                    .queryParam("stateId", "s")
                    .get(STATE)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(startsWith("agent")));
        }
    }

    @Test
    void missingRequiredParameterIsRejectedWith400() {
        client.xapi("1.0.3")
                .queryParam("agent", agent)
                .queryParam("stateId", "s")
                .get(STATE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("activityId"));
        client.xapi("1.0.3")
                .queryParam("activityId", activity)
                .queryParam("stateId", "s")
                .get(STATE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("agent"));
        owner("1.0.3").body("{}").put(STATE).then().statusCode(400).body("errors.field", hasItem("stateId"));
        owner("1.0.3").body("{}").post(STATE).then().statusCode(400).body("errors.field", hasItem("stateId"));
    }

    @Test
    void unknownOrMalformedParameterIsRejectedWith400() {
        state("1.0.3", "s")
                .queryParam("profileId", "p")
                .get(STATE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("profileId"));
        state("1.0.3", "s")
                .queryParam("registration", "not-a-uuid")
                .get(STATE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("registration"));
        client.xapi("1.0.3")
                .queryParam("activityId", "no scheme")
                .queryParam("agent", agent)
                .get(STATE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("activityId"));
    }

    @Test
    void sinceWithoutOffsetIsAcceptedIn103AndRejectedIn200() {
        owner("1.0.3")
                .queryParam("since", "2024-03-01T10:15:30")
                .get(STATE)
                .then()
                .statusCode(200);
        owner("2.0.0")
                .queryParam("since", "2024-03-01T10:15:30")
                .get(STATE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("since"));
    }

    @Test
    void documentLargerThanTheConfiguredLimitIsRejectedWith413() {
        byte[] big = new byte[600 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        state("1.0.3", "big")
                .contentType("application/octet-stream")
                .body(big)
                .put(STATE)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("lms.lrs.document-max-size"));

        state("1.0.3", "big").get(STATE).then().statusCode(404);
    }

    @Test
    void clientWithoutTheStateScopeIsRefusedWith403AndAllReadOnlyReads() {
        LrsFixture.Client statementsOnly = LrsFixture.client("statements/write");
        statementsOnly
                .xapi("1.0.3")
                .queryParam("activityId", activity)
                .queryParam("agent", agent)
                .get(STATE)
                .then()
                .statusCode(403);
        LrsFixture.Client reader = LrsFixture.client("all/read");
        reader.xapi("1.0.3")
                .queryParam("activityId", activity)
                .queryParam("agent", agent)
                .get(STATE)
                .then()
                .statusCode(200);
        reader.xapi("1.0.3")
                .queryParam("activityId", activity)
                .queryParam("agent", agent)
                .queryParam("stateId", "s")
                .body("{}")
                .put(STATE)
                .then()
                .statusCode(403);
        LrsFixture.Client all = LrsFixture.client("all");
        all.xapi("1.0.3")
                .queryParam("activityId", activity)
                .queryParam("agent", agent)
                .queryParam("stateId", "s")
                .body("{}")
                .put(STATE)
                .then()
                .statusCode(204);
    }

    @Test
    void etagIsTheSha1OfTheBytes() {
        state("2.0.0", "bytes")
                .contentType("application/octet-stream")
                .body("ünï".getBytes(StandardCharsets.UTF_8))
                .put(STATE)
                .then()
                .statusCode(204);

        state("2.0.0", "bytes").get(STATE).then().header("ETag", equalTo("\"" + DocumentFixture.sha1("ünï") + "\""));
    }

    private RequestSpecification state(String version, String stateId) {
        return owner(version).queryParam("stateId", stateId);
    }

    private RequestSpecification owner(String version) {
        return client.xapi(version).queryParam("activityId", activity).queryParam("agent", agent);
    }
}
