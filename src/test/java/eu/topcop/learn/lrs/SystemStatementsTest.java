package eu.topcop.learn.lrs;

import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.StatementStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The statements the system writes itself are valid xAPI and readable through /xapi: one store, one set of rules. */
@QuarkusTest
class SystemStatementsTest {

    @Inject
    StatementStore store;

    @Inject
    StatementValidator validator;

    @Inject
    EnrolmentFixture people;

    @Test
    void lessonAndQuizStatementsTheSystemWritesAreValidIn103And200() {
        Person learner = people.person("GE");
        StatementStore.Activity module = store.module("drugs-ilp", "Drugs: intelligence-led policing");
        StatementStore.Activity lesson = store.lesson("drugs-ilp", 1, "What the market looks like");
        String registration = java.util.UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            store.record(learner, StatementStore.Verb.EXPERIENCED, lesson, module, registration, null);
            store.record(
                    learner,
                    StatementStore.Verb.PASSED,
                    module,
                    null,
                    registration,
                    Map.of("score", Map.of("scaled", 0.8, "raw", 8, "min", 0, "max", 10), "success", true));
        });
        for (JsonNode statement : QuarkusTransaction.requiringNew().call(() -> store.of(learner.id, null, 10))) {
            assertEquals(java.util.List.of(), validator.check(statement, XapiVersion.V1_0_3, ""), statement.toString());
            assertEquals(java.util.List.of(), validator.check(statement, XapiVersion.V2_0_0, ""), statement.toString());
        }
    }

    @Test
    void statementTheSystemWroteIsReadableWithAllRead() {
        Person learner = people.person("GE");
        StatementStore.Activity module = store.module("drugs-ilp", "Drugs: intelligence-led policing");
        String id = QuarkusTransaction.requiringNew()
                .call(() -> store.record(learner, StatementStore.Verb.LAUNCHED, module, null, null, null));
        LrsFixture.client("all/read")
                .xapi("1.0.3")
                .get("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(200)
                .body("verb.id", equalTo(StatementStore.Verb.LAUNCHED.id));
    }

    @Test
    void statementsTheSystemWroteAreFoundByTheLearnersAccountAgentAndTheirActivities() {
        Person learner = people.person("GE");
        StatementStore.Activity module = store.module("drugs-ilp", "Drugs: intelligence-led policing");
        StatementStore.Activity lesson = store.lesson("drugs-ilp", 2, "Sources");
        String registration = java.util.UUID.randomUUID().toString();
        String id = QuarkusTransaction.requiringNew()
                .call(() -> store.record(learner, StatementStore.Verb.EXPERIENCED, lesson, module, registration, null));
        String home = ConfigProvider.getConfig().getValue("lms.public-url", String.class);
        String account = learner.username != null ? learner.username : "person-" + learner.id;
        String agent =
                "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + home + "\",\"name\":\"" + account + "\"}}";
        LrsFixture.Client reader = LrsFixture.client("all/read");
        reader.xapi("1.0.3")
                .queryParam("agent", agent)
                .queryParam("limit", "1")
                .get("/xapi/statements")
                .then()
                .statusCode(200)
                .body("statements.id", contains(id));
        reader.xapi("2.0.0")
                .queryParam("registration", registration)
                .queryParam("activity", module.id())
                .queryParam("related_activities", "true")
                .get("/xapi/statements")
                .then()
                .statusCode(200)
                .body("statements.id", contains(id));
    }
}
