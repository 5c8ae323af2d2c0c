package eu.topcop.learn.networks;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.SurveyFixture;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Joining networks through the API with real tokens and on the pages with real sign-ins: on request with a
 * moderator's decision, at once when open to one's role, by invitation only; who sees the members; and the space's
 * statements constant in its size.
 */
@QuarkusTest
class NetworkMembershipTest {

    @Inject
    NetworkFixture networks;

    @Inject
    EnrolmentFixture people;

    @Inject
    SurveyFixture signIns;

    @Inject
    NetworkService service;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldAskToJoinAndBeAdmittedByAModeratorWhoAloneSeesTheRequest() {
        Network network = networks.network();
        Person nino = signIns.signedIn(Tokens.TRAINEE);
        Person moderator = people.person("MD");
        networks.moderator(network, moderator);
        String token = Tokens.accessToken(Tokens.TRAINEE);

        given().auth()
                .oauth2(token)
                .get("/api/networks/" + network.code)
                .then()
                .statusCode(200)
                .body("reads", equalTo(false))
                .body("members.size()", equalTo(0))
                .body("moderators.name", hasItem(moderator.name));
        long id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "I investigate synthetic drug cases at the border"))
                .post("/api/networks/" + network.code + "/membership")
                .then()
                .statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("organisation", equalTo(nino.agency))
                .body("country", equalTo("GE"))
                .body("organisationKind", equalTo("PARTNER_COUNTRY"))
                .extract()
                .jsonPath()
                .getLong("id");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/networks/" + network.code + "/membership")
                .then()
                .statusCode(409);
        // A member who is not a moderator cannot decide.
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE"))
                .post("/api/networks/" + network.code + "/members/" + id + "/decision")
                .then()
                .statusCode(403);

        NetworkViews.Space seen = QuarkusTransaction.requiringNew()
                .call(() -> service.space(network.code, NetworkFixture.viewer(moderator), Language.ENGLISH));
        assertEquals(1, seen.waiting().size());
        assertEquals(
                "I investigate synthetic drug cases at the border",
                seen.waiting().get(0).reason());
        service.decide(
                network.code,
                id,
                new NetworkViews.DecisionRequest(NetworkViews.Decision.APPROVE, null),
                NetworkFixture.viewer(moderator));

        given().auth()
                .oauth2(token)
                .get("/api/networks/" + network.code)
                .then()
                .statusCode(200)
                .body("reads", equalTo(true))
                .body("network.myStatus", equalTo("ACTIVE"))
                .body("members.name", hasItem(nino.name))
                .body("waiting.size()", equalTo(0));
        given().auth()
                .oauth2(token)
                .delete("/api/networks/" + network.code + "/membership")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(token)
                .get("/api/networks")
                .then()
                .statusCode(200)
                .body("find { it.code == '" + network.code + "' }.myStatus", equalTo("LEFT"));
    }

    @Test
    void shouldJoinAtOnceWhenOpenToTheRoleAndOnlyByInvitationWhereModeratorsInvite() {
        Network points =
                networks.network(Network.Kind.CONTACT_POINTS, Network.Joining.ROLE, Roles.NATIONAL_COORDINATOR);
        signIns.signedIn(Tokens.COORDINATOR);
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("organisation", "National Coordination Office"))
                .post("/api/networks/" + points.code + "/membership")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/networks/" + points.code + "/membership")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("network"));

        Network forum = networks.network(Network.Kind.STRATEGIC_FORUM, Network.Joining.INVITATION, null);
        Person moderator = people.person("HU");
        networks.moderator(forum, moderator);
        Person olena = signIns.signedIn(Tokens.TRAINEE_UA);
        String olenaToken = Tokens.accessToken(Tokens.TRAINEE_UA);
        given().auth()
                .oauth2(olenaToken)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/networks/" + forum.code + "/membership")
                .then()
                .statusCode(422);
        QuarkusTransaction.requiringNew()
                .run(() -> service.invite(
                        forum.code,
                        NetworkFixture.viewer(moderator),
                        new NetworkViews.Invitation(olena.email.toUpperCase(), null, null, null)));
        given().auth()
                .oauth2(olenaToken)
                .contentType(ContentType.JSON)
                .body(Map.of("organisationKind", "INTERNATIONAL", "organisation", "OSCE"))
                .post("/api/networks/" + forum.code + "/membership")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("country", equalTo(null));
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("email", "nobody-" + System.nanoTime() + "@example.org"))
                .post("/api/networks/" + forum.code + "/invitations")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("email"));
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("country", "Georgia", "organisation", "x".repeat(201)))
                .post("/api/networks/" + forum.code + "/membership")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(olenaToken)
                .get("/api/networks/no-such-network")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldKeepARefusedFormAsTypedAndNameTheReasonInTheReadersLanguage() {
        Network network = networks.network();
        WebSession session = new WebSession();
        String page = session.signIn("/networks/" + network.code, Tokens.TRAINEE)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("data-testid=\"join-form\""));
        assertTrue(page.contains("data-testid=\"members-only\""));
        assertTrue(session.get("/networks").asString().contains("/networks/" + network.code));

        String tooLong = "Border Police ".repeat(20);
        String token = session.appCookies().get("topcop-csrf");
        Response refused = session.send(
                "POST",
                "/networks/" + network.code + "/join",
                given().contentType("application/x-www-form-urlencoded")
                        .header("Accept-Language", "ru")
                        .body("organisation=" + tooLong.replace(' ', '+') + "&reason=Cases+at+Sarpi&_csrf=" + token));
        assertEquals(422, refused.statusCode());
        String body = refused.asString();
        assertTrue(body.contains("data-field=\"organisation\""), body);
        assertTrue(body.contains("Cases at Sarpi"), "what was typed stays");
        assertTrue(body.contains("lang=\"ru\""));

        Response sent = session.send(
                "POST",
                "/networks/" + network.code + "/join",
                given().contentType("application/x-www-form-urlencoded")
                        .body("organisation=Border+Police&reason=Cases+at+Sarpi&_csrf=" + token));
        assertEquals(303, sent.statusCode());
        assertTrue(sent.header("Location").endsWith("/networks/" + network.code + "?done=REQUESTED"));
        assertTrue(session.get("/networks/" + network.code + "?done=REQUESTED")
                .asString()
                .contains("data-testid=\"done\""));
    }

    @Test
    void shouldReadASpaceWithTheSameStatementsForThreeAndThirtyMembers() {
        Network small = networks.network();
        Network large = networks.network();
        Person moderator = people.person("GE");
        networks.moderator(small, moderator);
        networks.moderator(large, moderator);
        people.people(2, "GE").forEach(p -> networks.member(small, p));
        people.people(29, "UA").forEach(p -> networks.member(large, p));
        NetworkAccess.Viewer viewer = NetworkFixture.viewer(moderator);
        assertEquals(
                statements(() -> service.space(small.code, viewer, Language.ENGLISH)),
                statements(() -> service.space(large.code, viewer, Language.ENGLISH)));
    }

    private long statements(Supplier<?> work) {
        QuarkusTransaction.requiringNew().call(work::get);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        QuarkusTransaction.requiringNew().call(work::get);
        return statistics.getPrepareStatementCount();
    }
}
