package eu.topcop.learn.lrs;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The activity profile and agent profile resources (xAPI 1.0.3 Communication 2.6, 2.7, 3.1; 2.0.0 4.1.6.3,
 * 4.1.6.4), their concurrency above all, named by the requirement each test proves.
 */
@QuarkusTest
class XapiProfilesTest {

    private static final String ACTIVITY_PROFILE = "/xapi/activities/profile";
    private static final String AGENT_PROFILE = "/xapi/agents/profile";

    private LrsFixture.Client client;
    private String activity;
    private String agent;

    @BeforeEach
    void createClientAndOwners() {
        client = LrsFixture.client("profile");
        activity = "https://academy.example/courses/" + UUID.randomUUID();
        agent = DocumentFixture.agent();
    }

    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY_PROFILE, AGENT_PROFILE})
    void putOverAnExistingProfileWithoutConcurrencyHeadersIsRejectedWith409(String resource) {
        profile(resource, "1.0.3", "settings")
                .body("{\"a\": 1}")
                .put(resource)
                .then()
                .statusCode(204);

        profile(resource, "1.0.3", "settings")
                .body("{\"a\": 2}")
                .put(resource)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match"));
        profile(resource, "1.0.3", "settings").get(resource).then().body("a", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY_PROFILE, AGENT_PROFILE})
    void putWithTheCurrentEtagReplacesTheProfileAndAStaleEtagIsRejectedWith412(String resource) {
        profile(resource, "2.0.0", "settings")
                .body("{\"a\": 1}")
                .put(resource)
                .then()
                .statusCode(204);
        String etag = profile(resource, "2.0.0", "settings")
                .get(resource)
                .then()
                .extract()
                .header("ETag");

        profile(resource, "2.0.0", "settings")
                .header("If-Match", etag)
                .body("{\"a\": 2}")
                .put(resource)
                .then()
                .statusCode(204);
        profile(resource, "2.0.0", "settings")
                .header("If-Match", etag)
                .body("{\"a\": 3}")
                .put(resource)
                .then()
                .statusCode(412);
        profile(resource, "2.0.0", "settings").get(resource).then().body("a", equalTo(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY_PROFILE, AGENT_PROFILE})
    void ifNoneMatchStarCreatesOnlyAndIfMatchOnAMissingProfileIsRejectedWith412(String resource) {
        profile(resource, "1.0.3", "new")
                .header("If-Match", "\"abc\"")
                .body("{}")
                .put(resource)
                .then()
                .statusCode(412);
        profile(resource, "1.0.3", "new")
                .header("If-None-Match", "*")
                .body("{\"v\": 1}")
                .put(resource)
                .then()
                .statusCode(204)
                .header("ETag", notNullValue());
        profile(resource, "1.0.3", "new")
                .header("If-None-Match", "*")
                .body("{\"v\": 2}")
                .put(resource)
                .then()
                .statusCode(412);
        profile(resource, "1.0.3", "new").get(resource).then().body("v", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY_PROFILE, AGENT_PROFILE})
    void postMergesJsonObjectsWithoutConcurrencyHeaders(String resource) {
        profile(resource, "2.0.0", "merged")
                .body("{\"x\": \"foo\", \"y\": \"bar\"}")
                .post(resource)
                .then()
                .statusCode(204);
        profile(resource, "2.0.0", "merged")
                .body("{\"x\": \"bash\", \"z\": \"faz\"}")
                .post(resource)
                .then()
                .statusCode(204);

        profile(resource, "2.0.0", "merged")
                .get(resource)
                .then()
                .body("x", equalTo("bash"))
                .body("y", equalTo("bar"))
                .body("z", equalTo("faz"));
    }

    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY_PROFILE, AGENT_PROFILE})
    void getWithoutProfileIdListsTheIdsChangedSince(String resource) throws InterruptedException {
        profile(resource, "1.0.3", "one").body("{}").put(resource).then().statusCode(204);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        profile(resource, "1.0.3", "two").body("{}").put(resource).then().statusCode(204);

        owner(resource, "1.0.3").get(resource).then().statusCode(200).body("$", contains("one", "two"));
        owner(resource, "1.0.3")
                .queryParam("since", between.toString())
                .get(resource)
                .then()
                .statusCode(200)
                .body("$", contains("two"));
    }

    @ParameterizedTest
    @ValueSource(strings = {ACTIVITY_PROFILE, AGENT_PROFILE})
    void deleteWithAStaleEtagIsRejectedWith412AndWithoutProfileIdWith400(String resource) {
        profile(resource, "1.0.3", "kept").body("{}").put(resource).then().statusCode(204);

        profile(resource, "1.0.3", "kept")
                .header("If-Match", "\"stale\"")
                .delete(resource)
                .then()
                .statusCode(412);
        owner(resource, "1.0.3").delete(resource).then().statusCode(400).body("errors.field", hasItem("profileId"));
        profile(resource, "1.0.3", "kept").get(resource).then().statusCode(200);
        profile(resource, "1.0.3", "kept").delete(resource).then().statusCode(204);
        profile(resource, "1.0.3", "kept").get(resource).then().statusCode(404);
    }

    @Test
    void agentProfileOfAGroupIsRejectedWith400() {
        client.xapi("1.0.3")
                .queryParam("agent", "{\"objectType\": \"Group\", \"mbox\": \"mailto:team@academy.example\"}")
                .queryParam("profileId", "p")
                .get(AGENT_PROFILE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("agent.objectType"));
    }

    @Test
    void parametersOfAnotherResourceAreRejectedWith400() {
        profile(ACTIVITY_PROFILE, "1.0.3", "p")
                .queryParam("agent", agent)
                .get(ACTIVITY_PROFILE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("agent"));
        profile(AGENT_PROFILE, "1.0.3", "p")
                .queryParam("activityId", activity)
                .get(AGENT_PROFILE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("activityId"));
        profile(ACTIVITY_PROFILE, "1.0.3", "p")
                .queryParam("registration", UUID.randomUUID().toString())
                .get(ACTIVITY_PROFILE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("registration"));
        client.xapi("1.0.3").get(ACTIVITY_PROFILE).then().statusCode(400).body("errors.field", hasItem("activityId"));
        client.xapi("1.0.3").get(AGENT_PROFILE).then().statusCode(400).body("errors.field", hasItem("agent"));
    }

    @Test
    void clientWithoutTheProfileScopeIsRefusedWith403() {
        LrsFixture.Client stateOnly = LrsFixture.client("state");
        stateOnly
                .xapi("1.0.3")
                .queryParam("activityId", activity)
                .get(ACTIVITY_PROFILE)
                .then()
                .statusCode(403);
        stateOnly
                .xapi("1.0.3")
                .queryParam("agent", agent)
                .queryParam("profileId", "p")
                .body("{}")
                .put(AGENT_PROFILE)
                .then()
                .statusCode(403);
    }

    private RequestSpecification profile(String resource, String version, String profileId) {
        return owner(resource, version).queryParam("profileId", profileId);
    }

    private RequestSpecification owner(String resource, String version) {
        RequestSpecification request = client.xapi(version);
        return resource.equals(AGENT_PROFILE)
                ? request.queryParam("agent", agent)
                : request.queryParam("activityId", activity);
    }
}
