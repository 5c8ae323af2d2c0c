package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Launch credentials (issue 18: "a signed-in learner's content launched by the system gets a short-lived credential
 * limited to that learner and registration"): what they may write and read, expiry, purge, and who may get one.
 */
@QuarkusTest
class LaunchCredentialsTest {

    @Inject
    LaunchFixture launches;

    @Inject
    LaunchCredentials credentials;

    @Inject
    LaunchCredentialJobs jobs;

    @Inject
    EnrolmentFixture people;

    @Test
    void launchCredentialStoresItsLearnersStatementsInItsRegistrationAndReadsThemBack() {
        LaunchFixture.Launched launched = launches.launch();
        String id = launched.xapi("1.0.3")
                .body(launched.statement("experienced", launches.lessonActivity(1)))
                .post("/xapi/statements")
                .then()
                .statusCode(200)
                .extract()
                .path("[0]");
        launched.xapi("2.0.0")
                .get("/xapi/statements?statementId=" + id)
                .then()
                .statusCode(200)
                .body("actor.account.name", equalTo(launched.learner().username))
                .body("authority.objectType", equalTo("Group"))
                .body("authority.member.account.name", hasItem("topcop-learn"));
    }

    @Test
    void statementOfAnotherActorIsForbiddenWith403() {
        LaunchFixture.Launched launched = launches.launch();
        Map<String, Object> statement = launched.statement("experienced", launches.lessonActivity(1));
        statement.put("actor", Map.of("mbox", "mailto:someone.else@police.example"));
        launched.xapi("1.0.3").body(statement).post("/xapi/statements").then().statusCode(403);
    }

    @Test
    void statementInAnotherRegistrationOrNoneIsForbiddenWith403() {
        LaunchFixture.Launched launched = launches.launch();
        Map<String, Object> other = launched.statement("experienced", launches.lessonActivity(1));
        other.put("context", Map.of("registration", UUID.randomUUID().toString()));
        launched.xapi("1.0.3").body(other).post("/xapi/statements").then().statusCode(403);
        Map<String, Object> none = launched.statement("experienced", launches.lessonActivity(1));
        none.remove("context");
        launched.xapi("2.0.0")
                .body(none)
                .put("/xapi/statements?statementId=" + UUID.randomUUID())
                .then()
                .statusCode(403);
    }

    @Test
    void launchCredentialReadsNoOtherLearnersStatements() {
        LaunchFixture.Launched launched = launches.launch();
        String someoneElses = LrsFixture.client("statements/write")
                .xapi("1.0.3")
                .body(LrsFixture.statement())
                .post("/xapi/statements")
                .then()
                .statusCode(200)
                .extract()
                .path("[0]");
        launched.xapi("1.0.3")
                .get("/xapi/statements?statementId=" + someoneElses)
                .then()
                .statusCode(404);
    }

    @Test
    void expiredLaunchCredentialIsRefusedWith401() {
        LaunchFixture.Launched launched = launches.launch();
        launches.expire(launched.credential().key());
        launched.xapi("1.0.3")
                .body(launched.statement("experienced", launches.lessonActivity(1)))
                .post("/xapi/statements")
                .then()
                .statusCode(401);
    }

    @Test
    void purgeDeletesExpiredLaunchCredentialsOnly() {
        LaunchFixture.Launched expired = launches.launch();
        LaunchFixture.Launched live = launches.launch();
        launches.expire(expired.credential().key());
        jobs.purge();
        assertEquals(
                List.of(live.credential().key()),
                launches.keys(expired.credential().key(), live.credential().key()));
    }

    @Test
    void credentialIsIssuedOnlyForTheLearnersOwnRegistration() {
        LaunchFixture.Launched launched = launches.launch();
        Person other = people.person("GE");
        assertThrows(
                DomainException.NotFound.class,
                () -> credentials.issue(other, launched.registration(), launches.moduleActivity()));
        assertThrows(
                DomainException.NotFound.class,
                () -> credentials.issue(
                        launched.learner(), launched.registration(), "https://elsewhere.example/activity"));
    }

    @Test
    void apiIssuesACredentialForTheSignedInLearnersOwnRegistrationAnd404ForAnothers() {
        String token = accessToken(Tokens.TRAINEE);
        given().auth()
                .oauth2(token)
                .post("/api/learning/modules/" + LaunchFixture.MODULE + "/start")
                .then()
                .statusCode(200);
        long trainee = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("username", Tokens.TRAINEE).firstResult().id);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("registration", launches.registration(trainee), "activityId", launches.moduleActivity()))
                .post("/api/lrs/launch-credentials")
                .then()
                .statusCode(201)
                .body("key", startsWith(LaunchCredentials.KEY_PREFIX))
                .body("secret", notNullValue())
                .body("authorization", startsWith("Basic "))
                .body("endpoint", notNullValue())
                .body("actor.account.name", equalTo(Tokens.TRAINEE));
        LaunchFixture.Launched someoneElses = launches.launch();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("registration", someoneElses.registration(), "activityId", launches.moduleActivity()))
                .post("/api/lrs/launch-credentials")
                .then()
                .statusCode(404);
    }
}
