package eu.topcop.learn.lrs;

import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.StatementStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

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
}
