package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What the ADL LRS conformance suite found wanting (README, "xAPI LRS"), each test named by the requirement it
 * proves: the XAPI-nnnnn numbers are those of adlnet/xapi-lrs-conformance-requirements.
 */
@QuarkusTest
class XapiConformanceTest {

    private LrsFixture.Client client;

    @BeforeEach
    void createClient() {
        client = LrsFixture.client("statements/write", "statements/read");
    }

    /**
     * XAPI-00331: the version header is checked first, so a request without it is 400 even without credentials. The
     * refusal names 2.0.0, the latest version, as the 2.0 suite asks (its 1.0.3 predecessor asks 1.0.x there).
     */
    @Test
    void requestWithoutVersionHeaderIsRejectedWith400EvenWithoutCredentials() {
        given().get("/xapi/statements?statementId=" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .header("X-Experience-API-Version", equalTo("2.0.0"))
                .body("errors.field", hasItem("X-Experience-API-Version"));
    }

    /** XAPI-00325: {@code StatementId} is not {@code statementId}; the PUT is refused and nothing is stored. */
    @Test
    void putWithAParameterThatDiffersInCaseIsRejectedWith400() {
        String id = UUID.randomUUID().toString();
        client.xapi("1.0.3")
                .body(LrsFixture.statement())
                .put("/xapi/statements?StatementId=" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("StatementId"));
        client.xapi("1.0.3").get("/xapi/statements?statementId=" + id).then().statusCode(404);
    }

    /** XAPI-00324: a parameter the statement resource does not know is refused on POST as on GET. */
    @Test
    void postWithAParameterTheResourceDoesNotKnowIsRejectedWith400() {
        client.xapi("2.0.0")
                .body(LrsFixture.statement())
                .post("/xapi/statements?foo=bar")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("foo"));
    }

    /**
     * Communication 2.1.3 (1.0.3) / 4.1.6.1 (2.0.0): X-Experience-API-Consistent-Through is on every answer of the
     * statement resource's GET, a 404 for a statement not (yet) stored included; and Date (RFC 9110 8.6), from which
     * clients reckon how long to wait.
     */
    @Test
    void answerForAStatementNotStoredNamesConsistentThrough() {
        client.xapi("1.0.3")
                .get("/xapi/statements?statementId=" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .header("X-Experience-API-Consistent-Through", notNullValue())
                .header("Date", notNullValue())
                .header("X-Experience-API-Version", equalTo("1.0.3"));
        // A mistyped path (the suite asks /xapi/statementsverb=... when it waits) answers them as well.
        client.xapi("1.0.3")
                .get("/xapi/statementsverb=x")
                .then()
                .statusCode(404)
                .header("X-Experience-API-Consistent-Through", notNullValue())
                .header("Date", notNullValue());
    }

    /**
     * 1.0.3 Communication 2.3.s4.table1.row4: {@code since} beside a {@code stateId} is checked as a timestamp and
     * otherwise has no effect: the document is answered.
     */
    @Test
    void stateGetWithAStateIdAndSinceAnswersTheDocument() {
        LrsFixture.Client documents = LrsFixture.client("state");
        Map<String, String> address = Map.of(
                "activityId", "http://example.com/conformance/" + UUID.randomUUID(),
                "agent", "{\"mbox\": \"mailto:since@example.com\"}",
                "stateId", "bookmark");
        documents
                .xapi("1.0.3")
                .queryParams(address)
                .body(Map.of("page", 3))
                .put("/xapi/activities/state")
                .then()
                .statusCode(204);
        documents
                .xapi("1.0.3")
                .queryParams(address)
                .queryParam("since", "2020-01-01T00:00:00Z")
                .get("/xapi/activities/state")
                .then()
                .statusCode(200)
                .body("page", equalTo(3));
        documents
                .xapi("1.0.3")
                .queryParams(address)
                .queryParam("since", "not a timestamp")
                .get("/xapi/activities/state")
                .then()
                .statusCode(400);
    }

    /**
     * 1.0.3 Communication 1.3.s3.b7: the form stands in for headers a browser cannot send; a header the request does
     * send wins over the same name in the form (here a version the LRS does not speak).
     */
    @Test
    void alternateSyntaxHeaderSentBesideTheFormWinsOverTheFormField() throws JsonProcessingException {
        String basic = Base64.getEncoder().encodeToString((client.key() + ":" + client.secret()).getBytes());
        String id = UUID.randomUUID().toString();
        given().header("Authorization", "Basic " + basic)
                .header("X-Experience-API-Version", "1.0.3")
                .contentType("application/x-www-form-urlencoded")
                .formParam("X-Experience-API-Version", "0.8")
                .formParam("statementId", id)
                .formParam("content", new ObjectMapper().writeValueAsString(LrsFixture.statement()))
                .post("/xapi/statements?method=PUT")
                .then()
                .statusCode(204);
        client.xapi("1.0.3").get("/xapi/statements?statementId=" + id).then().statusCode(200);
    }

    /**
     * 1.0.3 Communication 1.3.s3.b4: a PUT in the alternate syntax without the form field {@code content} (here a
     * JSON body sent as a form) is malformed: 400, before the credentials it does not carry are asked for.
     */
    @Test
    void alternateSyntaxPutWithoutContentIsRejectedWith400() {
        given().contentType("application/x-www-form-urlencoded")
                .body("{\"statementId\": \"" + UUID.randomUUID() + "\", \"content\": \"{}\"}")
                .post("/xapi/statements?method=PUT")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("content"));
    }

    /** XAPI-00161: a single statement without attachments is answered as application/json, as a query is. */
    @Test
    void singleStatementWithoutAttachmentsIsAnsweredAsApplicationJson() {
        String id = UUID.randomUUID().toString();
        client.xapi("1.0.3")
                .body(LrsFixture.statement())
                .put("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(204);
        client.xapi("1.0.3")
                .get("/xapi/statements?statementId=" + id + "&attachments=false")
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo("application/json"));
    }

    /**
     * XAPI-00127: statements come as application/json or multipart/mixed; any other type (here a multipart/form-data
     * body Quarkus REST would otherwise parse, and fail on, before the resource) is 400 naming Content-Type.
     */
    @Test
    void statementsSentAsAnotherContentTypeAreRejectedWith400() {
        for (String type : List.of("multipart/form-data; boundary=-------314159265358979323846", "text/plain")) {
            client.xapi("2.0.0")
                    .contentType(type)
                    // Bytes: RestAssured encodes a String for a multipart type only from parts.
                    .body(
                            ("{\"actor\": {\"mbox\": \"mailto:a@example.com\"}, \"verb\": {\"id\": \"http://example.com/v\"},"
                                            + " \"object\": {\"id\": \"http://example.com/o\"}}")
                                    .getBytes(StandardCharsets.UTF_8))
                    .post("/xapi/statements")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("Content-Type"));
        }
    }

    /**
     * Communication 2.2 (documents of any content type): a document sent as a form, even a malformed one, is stored
     * as it came and answered with its type; never a 500 from Quarkus REST reading the form first.
     */
    @Test
    void stateSentAsAMalformedFormIsStoredAsItCame() {
        LrsFixture.Client documents = LrsFixture.client("state");
        Map<String, String> address = Map.of(
                "activityId", "http://example.com/conformance/" + UUID.randomUUID(),
                "agent", "{\"mbox\": \"mailto:form@example.com\"}",
                "stateId", "form");
        documents
                .xapi("1.0.3")
                .queryParams(address)
                .contentType("multipart/form-data; boundary=xyz")
                .body("not a form at all".getBytes(StandardCharsets.UTF_8))
                .put("/xapi/activities/state")
                .then()
                .statusCode(204);
        documents
                .xapi("1.0.3")
                .queryParams(address)
                .get("/xapi/activities/state")
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo("multipart/form-data; boundary=xyz"))
                .body(equalTo("not a form at all"));
    }

    /** XAPI-00314: a POST to a document resource without a body has nothing to merge: 400, nothing stored. */
    @Test
    void documentPostWithoutABodyIsRejectedWith400() {
        LrsFixture.Client documents = LrsFixture.client("profile");
        Map<String, String> address =
                Map.of("activityId", "http://example.com/conformance/" + UUID.randomUUID(), "profileId", "empty");
        documents
                .xapi("1.0.3")
                .queryParams(address)
                .post("/xapi/activities/profile")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("document"));
        documents
                .xapi("1.0.3")
                .queryParams(address)
                .get("/xapi/activities/profile")
                .then()
                .statusCode(404);
    }

    /**
     * XAPI-00314 as the 2.0 suite asks it (Communication 2.2.s8.b1): a POST whose body says application/json but is
     * not a JSON object is 400 even where no document is stored yet, and nothing is stored; 1.0.3 and 2.0.0 alike.
     */
    @Test
    void documentPostedAsJsonThatIsNotAJsonObjectIsRejectedWith400EvenWithoutAStoredDocument() {
        LrsFixture.Client documents = LrsFixture.client("profile");
        for (String version : List.of("1.0.3", "2.0.0")) {
            for (String broken : List.of("{\"name\": \"x\"}[", "[1, 2]")) {
                Map<String, String> address = Map.of(
                        "activityId", "http://example.com/conformance/" + UUID.randomUUID(), "profileId", "broken");
                documents
                        .xapi(version)
                        .queryParams(address)
                        .contentType("application/json")
                        .body(broken)
                        .post("/xapi/activities/profile")
                        .then()
                        .statusCode(400)
                        .body("errors.field", hasItem("document"));
                documents
                        .xapi(version)
                        .queryParams(address)
                        .get("/xapi/activities/profile")
                        .then()
                        .statusCode(404);
            }
        }
    }

    /**
     * Communication 2.1.3 (format=ids, XAPI-00171 as the 2.0 suite asks it): only the minimum information necessary
     * to identify each object, so an activity is answered by its id alone, at the top, in a sub-statement and among
     * the context activities, while a group keeps its objectType (without it, it would read as an agent).
     */
    @Test
    void formatIdsAnswersAnActivityByItsIdAloneAndAGroupWithItsObjectType() throws JsonProcessingException {
        String activity = "http://example.com/conformance/ids/" + UUID.randomUUID();
        String verb = "http://example.com/conformance/verbs/" + UUID.randomUUID();
        Map<String, Object> definition = Map.of("name", Map.of("en-US", "An activity"));
        Map<String, Object> statement = Map.of(
                "actor", Map.of("mbox", "mailto:ids@example.com"),
                "verb", Map.of("id", verb, "display", Map.of("en-US", "did")),
                "object",
                        Map.of(
                                "objectType", "SubStatement",
                                "actor",
                                        Map.of(
                                                "objectType",
                                                "Group",
                                                "name",
                                                "A team",
                                                "mbox",
                                                "mailto:team@example.com"),
                                "verb", Map.of("id", verb, "display", Map.of("en-US", "did")),
                                "object", Map.of("objectType", "Activity", "id", activity, "definition", definition)),
                "context",
                        Map.of(
                                "contextActivities",
                                Map.of(
                                        "parent",
                                        List.of(Map.of(
                                                "objectType", "Activity", "id", activity, "definition", definition)))));
        String body = new ObjectMapper().writeValueAsString(statement);
        for (String version : List.of("1.0.3", "2.0.0")) {
            String id = client.xapi(version)
                    .contentType("application/json")
                    .body(body)
                    .post("/xapi/statements")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("[0]");
            client.xapi(version)
                    .queryParam("statementId", id)
                    .queryParam("format", "ids")
                    .get("/xapi/statements")
                    .then()
                    .statusCode(200)
                    .body("object.object", equalTo(Map.of("id", activity)))
                    .body("context.contextActivities.parent[0]", equalTo(Map.of("id", activity)))
                    .body("object.actor", equalTo(Map.of("objectType", "Group", "mbox", "mailto:team@example.com")))
                    .body("verb", equalTo(Map.of("id", verb)));
        }
    }
}
