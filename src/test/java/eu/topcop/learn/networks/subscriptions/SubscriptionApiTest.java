package eu.topcop.learn.networks.subscriptions;

import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.discussions.DiscussionFixture;
import eu.topcop.learn.networks.discussions.DiscussionThread;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * /api/networks/subscriptions, walked as a member, a non-member and a moderator of the network; its routes are its
 * own and do not take a network's address, nor does the networks' resource take theirs.
 */
@QuarkusTest
class SubscriptionApiTest {

    private static final String BASE = "/api/networks/subscriptions";

    @Inject
    NetworkFixture networks;

    @Inject
    SubscriptionFixture fixture;

    @Inject
    DiscussionFixture people;

    @Inject
    EnrolmentFixture enrolment;

    @Test
    void shouldRefuseAnonymousCallers() {
        given().get(BASE).then().statusCode(401);
        given().post(BASE + "/network/anything").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "subs-api-member", roles = "trainee")
    void shouldLetAMemberFollowAndUnfollowTheNetworkAndAThread() {
        Network network = networks.network();
        DiscussionThread thread = thread(network);
        given().get(BASE).then().statusCode(200).body("delivery", equalTo("DAILY"));
        networks.member(network, people.testUser("subs-api-member"));

        given().post(BASE + "/network/" + network.code).then().statusCode(204);
        given().post(BASE + "/threads/" + thread.id).then().statusCode(204);
        given().get(BASE)
                .then()
                .statusCode(200)
                .body("networks.code", hasItem(network.code))
                .body("threads.id", hasItem(thread.id.intValue()));
        given().delete(BASE + "/network/" + network.code).then().statusCode(204);
        given().delete(BASE + "/threads/" + thread.id).then().statusCode(204);
        given().get(BASE)
                .then()
                .statusCode(200)
                .body("networks.code", not(hasItem(network.code)))
                .body("threads.id", not(hasItem(thread.id.intValue())));

        given().post(BASE + "/network/no-such-network").then().statusCode(404);
        given().post(BASE + "/threads/" + Long.MAX_VALUE).then().statusCode(404);
        given().post(BASE + "/threads/not-a-number").then().statusCode(404);
        // The networks' own routes keep their addresses.
        given().get("/api/networks/" + network.code).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "subs-api-outsider", roles = "trainee")
    void shouldRefuseANonMemberWith403() {
        Network network = networks.network();
        DiscussionThread thread = thread(network);
        given().post(BASE + "/network/" + network.code).then().statusCode(403);
        given().post(BASE + "/threads/" + thread.id).then().statusCode(403);
        // Stopping is always allowed: it only removes what one follows.
        given().delete(BASE + "/network/" + network.code).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "subs-api-moderator", roles = "trainee")
    void shouldLetAModeratorFollow() {
        Network network = networks.network();
        DiscussionThread thread = thread(network);
        given().get(BASE).then().statusCode(200);
        networks.moderator(network, people.testUser("subs-api-moderator"));
        given().post(BASE + "/network/" + network.code).then().statusCode(204);
        given().post(BASE + "/threads/" + thread.id).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "subs-api-chooser", roles = "trainee")
    void shouldChooseTheDeliveryAndRefuseAnUnknownOneNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("delivery", "IN_APP"))
                .put(BASE)
                .then()
                .statusCode(200)
                .body("delivery", equalTo("IN_APP"));
        given().contentType(ContentType.JSON)
                .body(Map.of("delivery", "WEEKLY"))
                .put(BASE)
                .then()
                .statusCode(422)
                .contentType(containsString("problem+json"))
                .body(containsString("delivery"));
        given().contentType(ContentType.JSON)
                .body(Map.of("delivery", "x".repeat(11)))
                .put(BASE)
                .then()
                .statusCode(400)
                .body(containsString("delivery"));
        given().get(BASE).then().statusCode(200).body("delivery", equalTo("IN_APP"));
    }

    private DiscussionThread thread(Network network) {
        Person author = enrolment.person("GE");
        networks.member(network, author);
        return fixture.start(network, author, "A thread to follow");
    }
}
