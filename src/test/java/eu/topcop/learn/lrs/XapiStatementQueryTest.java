package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * GET /xapi/statements by query, filter by filter (xAPI 1.0.3 Communication 2.1.3, the same in 2.0), in both
 * versions; each test has its own agent and activity, so the store's other statements never match.
 */
@QuarkusTest
class XapiStatementQueryTest {

    private LrsFixture.Client client;

    @BeforeEach
    void createClient() {
        client = LrsFixture.client("statements/write", "statements/read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void aQueryAnswersAStatementResultNewestFirst(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        List<String> ids = test.storeInTurn(test.statement("experienced"), 3);
        test.query(Map.of("agent", test.agentJson()))
                .header("X-Experience-API-Consistent-Through", not(equalTo("")))
                .header("X-Experience-API-Version", equalTo(version))
                .body("statements.id", contains(ids.get(2), ids.get(1), ids.get(0)))
                .body("more", equalTo(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void aQueryByAgentMatchesTheActorOrAnAgentObjectOnly(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        String asActor = test.store(test.statement("experienced"));
        Map<String, Object> aboutTheAgent = test.statement("mentored");
        aboutTheAgent.put(
                "actor", StatementQuerySupport.agent("mailto:trainer-" + UUID.randomUUID() + "@academy.example"));
        aboutTheAgent.put("object", test.agent());
        String asObject = test.store(aboutTheAgent);
        Map<String, Object> instructed = test.statement("experienced");
        instructed.put("actor", StatementQuerySupport.agent("mailto:other-" + UUID.randomUUID() + "@academy.example"));
        instructed.put("context", Map.of("instructor", test.agent()));
        test.store(instructed);
        assertEquals(
                java.util.Set.of(asActor, asObject),
                new java.util.HashSet<>(test.ids(Map.of("agent", test.agentJson()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void aQueryByAgentMatchesAGroupTheAgentIsAMemberOf(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        Map<String, Object> byGroup = test.statement("attended");
        byGroup.put(
                "actor",
                Map.of(
                        "objectType",
                        "Group",
                        "member",
                        List.of(
                                test.agent(),
                                StatementQuerySupport.agent("mailto:peer-" + UUID.randomUUID() + "@x.example"))));
        String id = test.store(byGroup);
        test.query(Map.of("agent", test.agentJson())).body("statements.id", contains(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void relatedAgentsAlsoMatchesInstructorTeamAuthorityAndSubStatement(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        String other = "mailto:other-" + UUID.randomUUID() + "@academy.example";
        Map<String, Object> instructed = test.statement("experienced");
        instructed.put("actor", StatementQuerySupport.agent(other));
        instructed.put("context", Map.of("instructor", test.agent()));
        String byInstructor = test.store(instructed);
        Map<String, Object> team = test.statement("experienced");
        team.put("actor", StatementQuerySupport.agent(other));
        team.put("context", Map.of("team", Map.of("objectType", "Group", "member", List.of(test.agent()))));
        String byTeam = test.store(team);
        Map<String, Object> sub = test.statement("planned");
        sub.put("actor", StatementQuerySupport.agent(other));
        sub.put(
                "object",
                Map.of(
                        "objectType", "SubStatement",
                        "actor", test.agent(),
                        "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/attended"),
                        "object", Map.of("id", test.activity)));
        String bySubStatement = test.store(sub);
        test.query(Map.of("agent", test.agentJson())).body("statements", empty());
        test.query(Map.of("agent", test.agentJson(), "related_agents", "true"))
                .body("statements.id", containsInAnyOrder(byInstructor, byTeam, bySubStatement));
        // The authority is the client: related_agents finds what it stored.
        String authority = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + homePage(test, byTeam)
                + "\",\"name\":\"" + client.key() + "\"}}";
        test.query(Map.of(
                        "agent", authority, "related_agents", "true", "verb", "http://adlnet.gov/expapi/verbs/planned"))
                .body("statements.id", contains(bySubStatement));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void aQueryByVerbReturnsOnlyStatementsWithThatVerb(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        String passed = test.store(test.statement("passed"));
        test.store(test.statement("failed"));
        test.query(Map.of("agent", test.agentJson(), "verb", "http://adlnet.gov/expapi/verbs/passed"))
                .body("statements.id", contains(passed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void aQueryByActivityMatchesTheObjectUnlessRelatedActivities(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        String asObject = test.store(test.statement("experienced"));
        Map<String, Object> inContext = test.statement("experienced");
        inContext.put("object", Map.of("id", test.activity + "/lesson/1"));
        inContext.put("context", Map.of("contextActivities", Map.of("parent", List.of(Map.of("id", test.activity)))));
        String asParent = test.store(inContext);
        Map<String, Object> inSub = test.statement("planned");
        inSub.put(
                "object",
                Map.of(
                        "objectType", "SubStatement",
                        "actor", test.agent(),
                        "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/attended"),
                        "object", Map.of("id", test.activity)));
        String inSubStatement = test.store(inSub);
        test.query(Map.of("activity", test.activity)).body("statements.id", contains(asObject));
        test.query(Map.of("activity", test.activity, "related_activities", "true"))
                .body("statements.id", containsInAnyOrder(asObject, asParent, inSubStatement));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void aQueryByRegistrationReturnsThatAttemptsStatements(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        String registration = UUID.randomUUID().toString();
        Map<String, Object> attempt = test.statement("attempted");
        attempt.put("context", Map.of("registration", registration));
        String id = test.store(attempt);
        test.store(test.statement("attempted"));
        test.query(Map.of("registration", registration.toUpperCase(java.util.Locale.ROOT)))
                .body("statements.id", contains(id));
        test.query(Map.of("registration", registration, "agent", test.agentJson(), "activity", test.activity))
                .body("statements.id", contains(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void aQueryNeverReturnsAVoidedStatementButReturnsTheVoidingStatement(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        String target = test.store(test.statement("experienced"));
        Map<String, Object> voiding = test.statement("voided");
        voiding.put("verb", Map.of("id", StatementValidator.VOIDED, "display", Map.of("en-US", "voided")));
        voiding.put("object", Map.of("objectType", "StatementRef", "id", target));
        String voidingId = test.store(voiding);
        test.query(Map.of("agent", test.agentJson())).body("statements.id", contains(voidingId));
        test.query(Map.of("agent", test.agentJson(), "verb", StatementValidator.VOIDED))
                .body("statements.id", contains(voidingId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void statementsReadMineReturnsOnlyTheStatementsTheClientStored(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        String others = test.store(test.statement("experienced"));
        LrsFixture.Client mine = LrsFixture.client("statements/write", "statements/read/mine");
        String own = new StatementQuerySupport(mine, version).store(test.statement("experienced"));
        mine.xapi(version)
                .queryParam("agent", test.agentJson())
                .get("/xapi/statements")
                .then()
                .statusCode(200)
                .body("statements.id", contains(own));
        mine.xapi(version).get("/xapi/statements?statementId=" + others).then().statusCode(404);
        test.query(Map.of("agent", test.agentJson())).body("statements.id", containsInAnyOrder(own, others));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void aStatementTargetingAMatchingStatementMatchesItsFiltersToo(String version) {
        StatementQuerySupport test = new StatementQuerySupport(client, version);
        String target = test.store(test.statement("completed"));
        Map<String, Object> comment = test.statement("commented");
        comment.put("actor", StatementQuerySupport.agent("mailto:trainer-" + UUID.randomUUID() + "@academy.example"));
        comment.put("object", Map.of("objectType", "StatementRef", "id", target));
        String referring = test.store(comment);
        test.query(Map.of("activity", test.activity)).body("statements.id", contains(referring, target));
        test.query(Map.of("agent", test.agentJson(), "verb", "http://adlnet.gov/expapi/verbs/completed"))
                .body("statements.id", contains(referring, target));
        // since applies to the referring statement itself.
        test.query(Map.of("activity", test.activity, "since", test.stored(target)))
                .body("statements.id", contains(referring));
    }

    private static String homePage(StatementQuerySupport test, String id) {
        return test.client
                .xapi(test.version)
                .get("/xapi/statements?statementId=" + id)
                .then()
                .extract()
                .path("authority.account.homePage");
    }
}
