package eu.topcop.learn.networks.needs;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.insight.TestRounds;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.discussions.DiscussionFixture;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training needs on pages, signed in for real: a member proposes a discussion's conclusion (a refused form
 * keeps what was typed and names the field), a course manager links it to a gap, and the gap's page shows it.
 */
@QuarkusTest
class NeedProposalPagesTest {

    @Inject
    NetworkFixture networks;

    @Inject
    DiscussionFixture people;

    @Test
    void shouldTakeAProposalFromTheThreadToTheGapsPage() {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE));
        long thread = given().auth()
                .oauth2(Tokens.accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Reefer containers", "body", "Joint port checks work.", "language", "en"))
                .post("/api/networks/" + network.code + "/discussions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("thread.id");

        WebSession member = new WebSession();
        String threadPage = member.signIn("/networks/" + network.code + "/discussions/" + thread, Tokens.TRAINEE)
                .asString();
        assertTrue(threadPage.contains("/training-needs/threads/" + thread), "the thread offers to propose");
        assertEquals(200, member.get("/training-needs/threads/" + thread).statusCode());
        String csrf = member.appCookies().get("topcop-csrf");
        Response refused = member.send(
                "POST",
                "/training-needs/threads/" + thread,
                given().contentType("application/x-www-form-urlencoded")
                        .body("need=&priority=drug-trafficking&country=GE&_csrf=" + csrf));
        assertEquals(422, refused.statusCode());
        String body = refused.asString();
        assertTrue(body.contains("data-field=\"need\""), body);
        assertTrue(body.contains("value=\"drug-trafficking\" selected"), "the choice is kept");
        Response sent = member.send(
                "POST",
                "/training-needs/threads/" + thread,
                given().contentType("application/x-www-form-urlencoded")
                        .body("need=Search+of+reefer+containers&priority=drug-trafficking&country=GE&_csrf=" + csrf));
        assertEquals(303, sent.statusCode());
        String location = sent.header("Location");
        assertTrue(location.contains("/training-needs/proposals/") && location.endsWith("?done=proposed"), location);
        String proposal = location.substring(location.indexOf("/training-needs/proposals/"));
        long id = Long.parseLong(proposal.replaceAll(".*/proposals/(\\d+).*", "$1"));
        assertTrue(member.get(proposal).asString().contains("Search of reefer containers"));
        assertEquals(403, member.get("/training-needs").statusCode(), "the list is the course managers'");

        String round = "needs-pages-" + System.nanoTime();
        TestRounds.define(TestRounds.definition(
                round,
                List.of("drug-trafficking"),
                List.of("GE"),
                List.of(TestRounds.capability("DP-1", "drug-trafficking"))));
        long gap = given().auth()
                .oauth2(Tokens.accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "country",
                        "GE",
                        "capability",
                        "DP-1",
                        "targetGroup",
                        "investigators",
                        "officers",
                        Map.of("awareness", 3),
                        "urgency",
                        "high",
                        "reason",
                        "Port reports"))
                .post("/api/insight/rounds/" + round + "/gaps")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        WebSession manager = new WebSession();
        String list = manager.signIn("/training-needs", Tokens.MANAGER).asString();
        assertTrue(list.contains("data-proposal=\"" + id + "\""), "waiting for a decision");
        String page = manager.get("/training-needs/proposals/" + id).asString();
        assertTrue(page.contains("<option value=\"" + gap + "\""), "the gap of its priority and country is offered");
        String token = manager.appCookies().get("topcop-csrf");
        Response noNote = manager.send(
                "POST",
                "/training-needs/proposals/" + id + "/decision",
                given().contentType("application/x-www-form-urlencoded")
                        .body("decision=DECLINE&gap=&note=&_csrf=" + token));
        assertEquals(422, noNote.statusCode());
        assertTrue(noNote.asString().contains("data-field=\"note\""));
        Response linked = manager.send(
                "POST",
                "/training-needs/proposals/" + id + "/decision",
                given().contentType("application/x-www-form-urlencoded")
                        .body("decision=LINK&gap=" + gap + "&note=Ports&_csrf=" + token));
        assertEquals(303, linked.statusCode());
        assertTrue(manager.get("/training-needs/proposals/" + id + "?done=decided")
                .asString()
                .contains("data-testid=\"gap\""));
        String gapPage =
                manager.get("/insight/rounds/" + round + "/gaps/" + gap).asString();
        assertTrue(gapPage.contains("data-proposal=\"" + id + "\""), "the gap shows what the networks proposed");
        assertTrue(gapPage.contains("Search of reefer containers"));
    }
}
