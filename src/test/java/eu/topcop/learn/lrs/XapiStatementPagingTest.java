package eu.topcop.learn.lrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Statement queries: limit and {@code more}, since and until, ascending, formats, HEAD and the headers, and the
 * parameters the specification refuses (xAPI 1.0.3 Communication 2.1.3 and 1.3; 2.0 the same).
 */
@QuarkusTest
class XapiStatementPagingTest {

    private LrsFixture.Client client;

    @BeforeEach
    void createClient() {
        client = LrsFixture.client("statements/write", "statements/read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void moreContinuesTheSameQueryNewestFirstAndNewStatementsDoNotShiftIt(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        List<String> stored = test.storeInTurn(test.statement("experienced"), 5);
        List<String> read = new ArrayList<>();
        String arrived = null;
        String more = "";
        do {
            var page = more.isEmpty()
                    ? test.query(Map.of("agent", test.agentJson(), "limit", "2"))
                            .extract()
                    : test.follow(more);
            read.addAll(page.path("statements.id"));
            more = page.path("more");
            if (arrived == null) {
                // Stored while the client pages: newer than every page still to come, so it never shows in them.
                arrived = test.store(test.statement("experienced"));
                assertThat(more, startsWith("/xapi/statements?"));
            }
        } while (!more.isEmpty());
        List<String> newestFirst = new ArrayList<>(stored);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void moreContinuesAnAscendingQueryAndNewStatementsComeLast(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        List<String> stored = new ArrayList<>(test.storeInTurn(test.statement("experienced"), 5));
        List<String> read = new ArrayList<>();
        String more = "";
        do {
            var page = more.isEmpty()
                    ? test.query(Map.of("agent", test.agentJson(), "limit", "2", "ascending", "true"))
                            .extract()
                    : test.follow(more);
            read.addAll(page.path("statements.id"));
            more = page.path("more");
            if (read.size() == 2) {
                stored.add(test.store(test.statement("experienced")));
            }
        } while (!more.isEmpty());
        assertEquals(stored, read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void limitZeroOrAboveTheMaximumAnswersTheServersMaximumAtMost(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        test.storeInTurn(test.statement("experienced"), 2);
        test.query(Map.of("agent", test.agentJson(), "limit", "0")).body("statements", hasSize(2));
        test.query(Map.of("agent", test.agentJson(), "limit", "100000000000")).body("statements", hasSize(2));
        test.query(Map.of("agent", test.agentJson(), "limit", "1"))
                .body("statements", hasSize(1))
                .body("more", not(emptyOrNullString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void sinceIsExclusiveAndUntilInclusiveOnStored(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        List<String> ids = test.storeInTurn(test.statement("experienced"), 3);
        String middle = test.stored(ids.get(1));
        test.query(Map.of("activity", test.activity, "since", middle)).body("statements.id", contains(ids.get(2)));
        test.query(Map.of("activity", test.activity, "until", middle))
                .body("statements.id", contains(ids.get(1), ids.get(0)));
        test.query(Map.of("activity", test.activity, "since", test.stored(ids.get(0)), "until", middle))
                .body("statements.id", contains(ids.get(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void formatIdsReducesAgentsActivitiesAndVerbsToWhatIdentifiesThem(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        java.util.Map<String, Object> statement = test.statement("experienced");
        statement.put("actor", Map.of("objectType", "Agent", "name", "Partner learner", "mbox", test.mbox));
        statement.put(
                "object",
                Map.of("id", test.activity, "definition", Map.of("name", Map.of("en-US", "Firearms", "ro", "Arme"))));
        test.store(statement);
        test.query(Map.of("agent", test.agentJson(), "format", "ids"))
                .body("statements[0].actor.name", nullValue())
                .body("statements[0].actor.mbox", equalTo(test.mbox))
                .body("statements[0].verb.display", nullValue())
                .body("statements[0].object.definition", nullValue())
                .body("statements[0].authority.account.name", equalTo(client.key()));
        test.query(Map.of("agent", test.agentJson(), "format", "exact"))
                .body("statements[0].actor.name", equalTo("Partner learner"))
                .body("statements[0].object.definition.name.ro", equalTo("Arme"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void formatCanonicalKeepsTheLanguageTheReaderAccepts(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        java.util.Map<String, Object> statement = test.statement("experienced");
        statement.put(
                "object",
                Map.of(
                        "id",
                        test.activity,
                        "definition",
                        Map.of("name", Map.of("en-US", "Firearms", "ro-RO", "Arme"))));
        test.store(statement);
        client.xapi(version)
                .header("Accept-Language", "ro, en;q=0.5")
                .queryParam("agent", test.agentJson())
                .queryParam("format", "canonical")
                .get("/xapi/statements")
                .then()
                .statusCode(200)
                .body("statements[0].object.definition.name", equalTo(Map.of("ro-RO", "Arme")))
                .body("statements[0].actor.mbox", equalTo(test.mbox));
    }

    /** Communication 2.1.3 (attachments): true means the multipart response format, the StatementResult first. */
    @Test
    void attachmentsTrueAnswersMultipartWithTheResultFirst() {
        StatementQuerySupport test = new StatementQuerySupport(client, "2.0.0");
        test.store(test.statement("experienced"));
        String body = client.xapi("2.0.0")
                .queryParam("agent", test.agentJson())
                .queryParam("attachments", "true")
                .get("/xapi/statements")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("multipart/mixed"))
                .extract()
                .asString();
        int json = body.indexOf("application/json");
        org.junit.jupiter.api.Assertions.assertTrue(
                json >= 0 && body.indexOf("\"statements\"") > json, "the StatementResult is the first part: " + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void headAnswersTheHeadersOfGetWithoutABody(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        String id = test.store(test.statement("experienced"));
        ExtractableResponse<Response> one = client.xapi(version)
                .head("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(200)
                .header("Last-Modified", notNullValue())
                .header("X-Experience-API-Consistent-Through", notNullValue())
                .extract();
        assertEquals("", one.asString());
        client.xapi(version)
                .queryParam("agent", test.agentJson())
                .head("/xapi/statements")
                .then()
                .statusCode(200)
                .header("X-Experience-API-Consistent-Through", notNullValue());
        client.xapi(version)
                .head("/xapi/statements?statementId=" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void statementIdWithAFilterOtherThanAttachmentsOrFormatIsRejectedWith400(String version) {
        String id = new StatementQuerySupport(client, version).store(LrsFixture.statement());
        client.xapi(version)
                .get("/xapi/statements?statementId=" + id + "&format=ids&attachments=false")
                .then()
                .statusCode(200);
        for (String filter : List.of("verb=http://adlnet.gov/expapi/verbs/experienced", "limit=1", "ascending=true")) {
            client.xapi(version)
                    .get("/xapi/statements?statementId=" + id + "&" + filter)
                    .then()
                    .statusCode(400);
            client.xapi(version)
                    .get("/xapi/statements?voidedStatementId=" + id + "&" + filter)
                    .then()
                    .statusCode(400);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void unknownParameterIsRejectedWith400(String version) {
        client.xapi(version)
                .get("/xapi/statements?agents=x")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("agents"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "agent=not-json",
                "agent={\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@b.example\"}]}",
                "verb=not an iri",
                "activity=not an iri",
                "registration=not-a-uuid",
                "since=yesterday",
                "until=2024-13-01T00:00:00Z",
                "limit=-1",
                "limit=many",
                "format=full",
                "ascending=yes",
                "related_agents=1",
                "more=not-ours"
            })
    void filterWithAValueOfTheWrongTypeIsRejectedWith400NamingIt(String parameter) {
        String name = parameter.substring(0, parameter.indexOf('='));
        client.xapi("2.0.0")
                .queryParam(name, parameter.substring(name.length() + 1))
                .get("/xapi/statements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(name));
    }

    @Test
    void sinceWithoutOffsetIsAcceptedIn103AndRejectedIn200() {
        client.xapi("1.0.3")
                .queryParam("since", "2024-03-01T10:15:30")
                .get("/xapi/statements")
                .then()
                .statusCode(200);
        client.xapi("2.0.0")
                .queryParam("since", "2024-03-01T10:15:30")
                .get("/xapi/statements")
                .then()
                .statusCode(400);
    }
}
