package eu.topcop.learn.networks.subscriptions;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.discussions.DiscussionFixture;
import eu.topcop.learn.networks.discussions.DiscussionThread;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The follow buttons of the discussion pages and the subscriptions page, signed in through Keycloak as a browser
 * is: each a POST form with the CSRF field that comes back to where it was; a refused choice in the reader's language.
 */
@QuarkusTest
class SubscriptionPagesTest {

    @Inject
    NetworkFixture networks;

    @Inject
    SubscriptionFixture fixture;

    @Inject
    DiscussionFixture people;

    @Inject
    EnrolmentFixture enrolment;

    @Inject
    Subscriptions subscriptions;

    @Test
    void shouldFollowAndUnfollowFromTheDiscussionPagesAndChooseTheDelivery() {
        Network network = networks.network();
        Person me = people.signedIn(Tokens.TRAINEE);
        networks.member(network, me);
        Person author = enrolment.person("GE");
        networks.member(network, author);
        DiscussionThread thread = fixture.start(network, author, "Follow me from the page");
        String discussions = "/networks/" + network.code + "/discussions";

        WebSession session = new WebSession();
        String page = session.signIn(discussions, Tokens.TRAINEE)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("data-testid=\"follow-network-button\""), page);
        String token = session.appCookies().get("topcop-csrf");

        Response followed =
                post(session, "/networks/subscriptions/network/" + network.code + "/follow", "_csrf=" + token);
        assertEquals(303, followed.statusCode());
        assertTrue(followed.header("Location").endsWith(discussions));
        assertTrue(session.get(discussions).asString().contains("data-testid=\"unfollow-network\""));

        String threadPage = discussions + "/" + thread.id;
        assertTrue(session.get(threadPage).asString().contains("data-testid=\"follow-thread-button\""));
        Response threadFollowed =
                post(session, "/networks/subscriptions/threads/" + thread.id + "/follow", "_csrf=" + token);
        assertEquals(303, threadFollowed.statusCode());
        assertTrue(threadFollowed.header("Location").endsWith(threadPage));
        assertTrue(session.get(threadPage).asString().contains("data-testid=\"unfollow-thread\""));
        assertEquals(
                403,
                post(session, "/networks/subscriptions/threads/" + thread.id + "/unfollow", "")
                        .statusCode(),
                "no CSRF field, no change");

        String mine = session.get("/networks/subscriptions").asString();
        assertTrue(mine.contains("data-network=\"" + network.code + "\""), mine);
        assertTrue(mine.contains("Follow me from the page"));
        assertTrue(mine.contains("value=\"DAILY\" checked"), "the default choice");

        Response unfollowed = post(
                session,
                "/networks/subscriptions/threads/" + thread.id + "/unfollow",
                "back=subscriptions&_csrf=" + token);
        assertEquals(303, unfollowed.statusCode());
        assertTrue(unfollowed.header("Location").endsWith("/networks/subscriptions"));
        assertFalse(session.get("/networks/subscriptions").asString().contains("Follow me from the page"));

        Response refused = session.send(
                "POST",
                "/networks/subscriptions/delivery",
                given().contentType("application/x-www-form-urlencoded")
                        .header("Accept-Language", "ro")
                        .body("delivery=WEEKLY&_csrf=" + token));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("Alegeți cum sunteți anunțat"), refused.asString());
        Response chosen = post(session, "/networks/subscriptions/delivery", "delivery=IN_APP&_csrf=" + token);
        assertEquals(303, chosen.statusCode());
        assertTrue(session.get("/networks/subscriptions").asString().contains("value=\"IN_APP\" checked"));
        assertEquals(Delivery.IN_APP, subscriptions.delivery(me.id));

        // The demo user is shared with other tests: leave them as every other person is.
        assertEquals(
                303,
                post(session, "/networks/subscriptions/delivery", "delivery=DAILY&_csrf=" + token)
                        .statusCode());
        assertEquals(
                303,
                post(session, "/networks/subscriptions/network/" + network.code + "/unfollow", "_csrf=" + token)
                        .statusCode());
    }

    private static Response post(WebSession session, String path, String body) {
        return session.send(
                "POST",
                path,
                given().contentType("application/x-www-form-urlencoded").body(body));
    }
}
