package eu.topcop.learn.networks.needs;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Notification;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.TestRounds;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.discussions.DiscussionFixture;
import eu.topcop.learn.networks.library.LibraryFixture;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Emerging training needs from the networks, with real tokens: members propose from a thread or a published
 * document, course managers link each to a capability gap of an open OTNA round or decline it with a note, the
 * proposer is told in their language, and the gap's page shows what the networks proposed.
 */
@QuarkusTest
class NeedProposalTest {

    @Inject
    NetworkFixture networks;

    @Inject
    DiscussionFixture people;

    @Inject
    LibraryFixture documents;

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.accessToken(username)).contentType(ContentType.JSON);
    }

    private long thread(Network network, String username) {
        return as(username)
                .body(Map.of(
                        "title",
                        "Cocaine in reefer containers",
                        "body",
                        "We agree on joint port checks.",
                        "language",
                        "en"))
                .post("/api/networks/" + network.code + "/discussions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("thread.id");
    }

    /** A round of Georgia and Ukraine with a drug-trafficking capability, and an emerging gap of Georgia in it. */
    private static long gap() {
        String round = "needs-" + System.nanoTime();
        TestRounds.define(TestRounds.definition(
                round,
                List.of("drug-trafficking"),
                List.of("GE", "UA"),
                List.of(TestRounds.capability("DT-1", "drug-trafficking"))));
        return as(Tokens.MANAGER)
                .body(Map.of(
                        "country", "GE",
                        "capability", "DT-1",
                        "targetGroup", "investigators",
                        "officers", Map.of("awareness", 12),
                        "urgency", "high",
                        "reason", "Ports report new concealment methods"))
                .post("/api/insight/rounds/" + round + "/gaps")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void shouldLetAMemberProposeAThreadsConclusionAndAManagerLinkItToAGapOfItsPriorityAndCountry() {
        Network network = networks.network();
        Person proposer = people.signedIn(Tokens.TRAINEE);
        networks.member(network, proposer);
        long thread = thread(network, Tokens.TRAINEE);
        long gap = gap();

        long id = as(Tokens.TRAINEE)
                .body(Map.of(
                        "need",
                        "Search techniques for reefer containers",
                        "priority",
                        "drug-trafficking",
                        "country",
                        "ge"))
                .post("/api/training-needs/threads/" + thread + "/proposals")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/training-needs/proposals/"))
                .extract()
                .jsonPath()
                .getLong("id");

        as(Tokens.MANAGER)
                .get("/api/training-needs/proposals?status=NEW")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        as(Tokens.MANAGER)
                .get("/api/training-needs/proposals/" + id + "/gaps")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) gap))
                .body("country", not(hasItem("UA")));
        as(Tokens.MANAGER)
                .body(Map.of("decision", "LINK", "gap", gap, "note", "Adds to the Georgian ports gap"))
                .post("/api/training-needs/proposals/" + id + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("LINKED"))
                .body("gap.id", equalTo((int) gap))
                .body("source.kind", equalTo("THREAD"))
                .body("source.id", equalTo((int) thread))
                .body("source.network", equalTo(network.code));

        // Decided once: a second manager acting on a stale list is refused, not obeyed.
        as(Tokens.ADMIN)
                .body(Map.of("decision", "DECLINE", "note", "No"))
                .post("/api/training-needs/proposals/" + id + "/decision")
                .then()
                .statusCode(409);
        as(Tokens.TRAINEE)
                .get("/api/training-needs/proposals/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("LINKED"))
                .body("note", equalTo("Adds to the Georgian ports gap"));
        // The demo proposer is told of other tests' proposals too: only this proposal's notices count here.
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("/training-needs/proposals/" + id + "\\b");
        List<Notification> told = QuarkusTransaction.requiringNew()
                .call(() ->
                        Notification.<Notification>list("person.id = ?1 and kind = ?2", proposer.id, NeedNotices.KIND)
                                .stream()
                                .filter(n -> link.matcher(n.body).find())
                                .toList());
        assertEquals(1, told.size(), "the proposer is told once");
    }

    @Test
    void shouldShowTheLinkedProposalOnTheGapsPageAndDeclineOnlyWithANote() {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE_UA));
        long thread = thread(network, Tokens.TRAINEE_UA);
        long linked = propose(Tokens.TRAINEE_UA, thread, "Controlled deliveries of cocaine by sea");
        long declined = propose(Tokens.TRAINEE_UA, thread, "Something no gap needs");
        long gap = gap();
        as(Tokens.MANAGER)
                .body(Map.of("decision", "LINK", "gap", gap))
                .post("/api/training-needs/proposals/" + linked + "/decision")
                .then()
                .statusCode(200);

        as(Tokens.MANAGER)
                .body(Map.of("decision", "DECLINE"))
                .post("/api/training-needs/proposals/" + declined + "/decision")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("note"));
        as(Tokens.MANAGER)
                .body(Map.of("decision", "LINK", "gap", 999_999_999))
                .post("/api/training-needs/proposals/" + declined + "/decision")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("gap"));
        as(Tokens.MANAGER)
                .body(Map.of("decision", "DECLINE", "note", "Covered by the existing course"))
                .post("/api/training-needs/proposals/" + declined + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));

        NeedProposals proposals =
                io.quarkus.arc.Arc.container().instance(NeedProposals.class).get();
        List<NeedViews.Proposal> onGap = QuarkusTransaction.requiringNew()
                .call(() -> proposals.ofGap(gap, eu.topcop.learn.platform.i18n.Language.SUPPORTED.get(0)));
        assertEquals(List.of(linked), onGap.stream().map(NeedViews.Proposal::id).toList());
    }

    @Test
    void shouldKeepProposalsToMembersAndTheirDecisionsToManagersAndTheProposer() {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE));
        people.signedIn(Tokens.TRAINEE_UA);
        long thread = thread(network, Tokens.TRAINEE);

        // Someone outside the network proposes nothing from its discussions.
        as(Tokens.TRAINEE_UA)
                .body(Map.of("need", "From outside"))
                .post("/api/training-needs/threads/" + thread + "/proposals")
                .then()
                .statusCode(403);
        as(Tokens.TRAINEE)
                .body(Map.of("need", "", "priority", "no-such-priority", "country", "XX"))
                .post("/api/training-needs/threads/" + thread + "/proposals")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("need", "priority", "country")));
        as(Tokens.TRAINEE)
                .body(Map.of("need", "Fine"))
                .post("/api/training-needs/threads/999999999/proposals")
                .then()
                .statusCode(404);
        long id = propose(Tokens.TRAINEE, thread, "Cross-border surveillance");

        as(Tokens.TRAINEE_UA).get("/api/training-needs/proposals/" + id).then().statusCode(404);
        as(Tokens.TRAINEE).get("/api/training-needs/proposals").then().statusCode(403);
        as(Tokens.COORDINATOR).get("/api/training-needs/proposals").then().statusCode(403);
        as(Tokens.TRAINEE)
                .body(Map.of("decision", "DECLINE", "note", "Mine"))
                .post("/api/training-needs/proposals/" + id + "/decision")
                .then()
                .statusCode(403);
        as(Tokens.TRAINEE)
                .get("/api/training-needs/proposals/" + id + "/gaps")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldLetAMemberProposeFromAPublishedDocumentAndFindItAmongTheProposals() {
        Network network = networks.network();
        Person member = people.signedIn(Tokens.TRAINEE);
        networks.member(network, member);
        Person moderator = people.signedIn(Tokens.TRAINEE_UA);
        networks.moderator(network, moderator);
        long document = documents.published(
                network.code,
                NetworkFixture.viewer(moderator),
                NetworkFixture.viewer(moderator),
                "Port checks",
                "Good practice of joint port checks",
                "MEMBERS",
                List.of());
        long id = as(Tokens.TRAINEE)
                .body(Map.of("need", "Joint port checks", "country", "GE"))
                .post("/api/library/documents/" + document + "/proposals")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/training-needs/proposals/"))
                .extract()
                .jsonPath()
                .getLong("id");
        as(Tokens.MANAGER)
                .get("/api/training-needs/proposals/" + id)
                .then()
                .statusCode(200)
                .body("source.kind", equalTo("DOCUMENT"))
                .body("source.title", equalTo("Port checks"))
                .body("country", equalTo("GE"));
    }

    private static long propose(String username, long thread, String need) {
        return given().auth()
                .oauth2(Tokens.accessToken(username))
                .contentType(ContentType.JSON)
                .body(Map.of("need", need))
                .post("/api/training-needs/threads/" + thread + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
