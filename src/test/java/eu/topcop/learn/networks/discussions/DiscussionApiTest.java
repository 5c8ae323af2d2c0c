package eu.topcop.learn.networks.discussions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Network discussions through the API, with real tokens: members read and write, nobody else does. */
@QuarkusTest
class DiscussionApiTest {

    @Inject
    NetworkFixture networks;

    @Inject
    DiscussionFixture people;

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.accessToken(username)).contentType(ContentType.JSON);
    }

    private static String base(Network network) {
        return "/api/networks/" + network.code + "/discussions";
    }

    private long start(Network network, String username, String title, String body) {
        return as(username)
                .body(Map.of("title", title, "body", body, "language", "en"))
                .post(base(network))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("thread.id");
    }

    @Test
    void shouldLetAMemberStartAThreadAndAnotherReplyInRussianQuotingIt() {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE));
        networks.member(network, people.signedIn(Tokens.TRAINEE_UA));
        long thread = start(network, Tokens.TRAINEE, "Tracing crypto wallets", "How do you **trace** mixers?");
        long opening =
                as(Tokens.TRAINEE).get(base(network) + "/" + thread).jsonPath().getLong("posts[0].id");

        long reply = as(Tokens.TRAINEE_UA)
                .body(Map.of("body", "Мы используем анализ цепочек.", "language", "ru", "quotedPostId", opening))
                .post(base(network) + "/" + thread + "/posts")
                .then()
                .statusCode(201)
                .body("language", equalTo("ru"))
                .body("languageName", equalTo("Русский"))
                .body("quote.postId", equalTo((int) opening))
                .extract()
                .jsonPath()
                .getLong("id");

        as(Tokens.TRAINEE)
                .get(base(network) + "/" + thread)
                .then()
                .statusCode(200)
                .body("thread.title", equalTo("Tracing crypto wallets"))
                .body("thread.posts", equalTo(2))
                .body("posts[0].html", containsString("<strong>trace</strong>"))
                .body("posts[1].id", equalTo((int) reply))
                .body("posts[1].quote.html", containsString("mixers"))
                .body("posts[1].quote.author", not(equalTo(null)));
        as(Tokens.TRAINEE)
                .get(base(network))
                .then()
                .statusCode(200)
                .body("threads.title", hasItem("Tracing crypto wallets"))
                .body("canPost", equalTo(true));
    }

    @Test
    void shouldRefuseEveryRouteToSomeoneWhoIsNotAMember() {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE));
        people.signedIn(Tokens.COORDINATOR);
        long thread = start(network, Tokens.TRAINEE, "Members only", "Not for outsiders.");
        String base = base(network);
        as(Tokens.COORDINATOR).get(base).then().statusCode(403).contentType("application/problem+json");
        as(Tokens.COORDINATOR)
                .body(Map.of("title", "x", "body", "y"))
                .post(base)
                .then()
                .statusCode(403);
        as(Tokens.COORDINATOR).get(base + "/" + thread).then().statusCode(403);
        as(Tokens.COORDINATOR)
                .body(Map.of("body", "y"))
                .post(base + "/" + thread + "/posts")
                .then()
                .statusCode(403);
        as(Tokens.COORDINATOR)
                .get(base + "/" + thread + "/posts/1/revisions")
                .then()
                .statusCode(403);
        given().get(base).then().statusCode(401);
        as(Tokens.TRAINEE)
                .get("/api/networks/no-such-network/discussions")
                .then()
                .statusCode(404);
        Network other = networks.network();
        networks.member(other, people.signedIn(Tokens.COORDINATOR));
        as(Tokens.COORDINATOR)
                .get(base(other) + "/" + thread)
                .then()
                .statusCode(404); // a thread of another network is not found through this one
    }

    @Test
    void shouldKeepEveryVersionOfAPostForItsAuthorAndTheModerators() {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE));
        networks.member(network, people.signedIn(Tokens.TRAINEE_UA));
        long thread = start(network, Tokens.TRAINEE, "Versions", "First text");
        long post =
                as(Tokens.TRAINEE).get(base(network) + "/" + thread).jsonPath().getLong("posts[0].id");
        String path = base(network) + "/" + thread + "/posts/" + post;
        as(Tokens.TRAINEE)
                .body(Map.of("body", "Second text", "language", "en"))
                .put(path)
                .then()
                .statusCode(200);
        as(Tokens.TRAINEE)
                .body(Map.of("body", "Третий текст", "language", "ru"))
                .put(path)
                .then()
                .statusCode(200)
                .body("edits", equalTo(2))
                .body("language", equalTo("ru"));
        as(Tokens.TRAINEE)
                .get(path + "/revisions")
                .then()
                .statusCode(200)
                .body("revisions.body", equalTo(List.of("First text", "Second text", "Третий текст")))
                .body("revisions.language", equalTo(List.of("en", "en", "ru")));
        as(Tokens.TRAINEE_UA).get(path + "/revisions").then().statusCode(403);
        as(Tokens.TRAINEE_UA).body(Map.of("body", "Not mine")).put(path).then().statusCode(403);
        people.signedIn(Tokens.MANAGER);
        as(Tokens.MANAGER).get(path + "/revisions").then().statusCode(200).body("revisions.size()", equalTo(3));
    }

    @Test
    void shouldRefuseBadPostsNamingTheFieldAndWriteNothing() {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE));
        long thread = start(network, Tokens.TRAINEE, "Bad input", "Fine");
        long opening =
                as(Tokens.TRAINEE).get(base(network) + "/" + thread).jsonPath().getLong("posts[0].id");
        Network other = networks.network();
        networks.member(other, people.signedIn(Tokens.TRAINEE));
        long elsewhere = start(other, Tokens.TRAINEE, "Elsewhere", "Another network");
        long elsewherePost =
                as(Tokens.TRAINEE).get(base(other) + "/" + elsewhere).jsonPath().getLong("posts[0].id");
        long threads = people.count("discussion_thread");
        long posts = people.count("discussion_post");
        long revisions = people.count("discussion_post_revision");

        as(Tokens.TRAINEE)
                .body(Map.of("title", "x".repeat(201), "body", "ok"))
                .post(base(network))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"));
        as(Tokens.TRAINEE)
                .body(Map.of("title", "ok", "body", "y".repeat(DiscussionText.BODY_MAX + 1)))
                .post(base(network))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("body"));
        as(Tokens.TRAINEE)
                .body(Map.of("title", "Scripts", "body", "Hello <script>alert(1)</script>"))
                .post(base(network))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("scripts"));
        as(Tokens.TRAINEE)
                .body(Map.of("body", "[click](javascript:alert(1))"))
                .post(base(network) + "/" + thread + "/posts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("body"));
        as(Tokens.TRAINEE)
                .body(Map.of("body", "> one\n> > two\n> > > three\n\nmine"))
                .post(base(network) + "/" + thread + "/posts")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("one level"));
        as(Tokens.TRAINEE)
                .body(Map.of("body", "Quoting elsewhere", "quotedPostId", elsewherePost))
                .post(base(network) + "/" + thread + "/posts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("quotedPostId"));
        as(Tokens.TRAINEE)
                .body(Map.of("title", "Language", "body", "ok", "language", "fr"))
                .post(base(network))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("language"));
        as(Tokens.TRAINEE)
                .body(Map.of("title", "", "body", ""))
                .post(base(network))
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("title", "body")));
        as(Tokens.TRAINEE)
                .body(Map.of("body", "> " + "y".repeat(10)))
                .put(base(network) + "/" + thread + "/posts/" + opening)
                .then()
                .statusCode(200); // one level of quoting is fine
        assertEquals(threads, people.count("discussion_thread"), "no thread half-written");
        assertEquals(posts, people.count("discussion_post"), "no post half-written");
        assertEquals(revisions + 1, people.count("discussion_post_revision"), "only the accepted edit");

        // Raw HTML that is not active is shown as text, never as markup.
        as(Tokens.TRAINEE)
                .body(Map.of("body", "Use <b>bold</b> tags"))
                .post(base(network) + "/" + thread + "/posts")
                .then()
                .statusCode(201)
                .body("html", containsString("&lt;b&gt;"))
                .body("html", not(containsString("<b>")));
    }

    @Test
    void shouldPageThreadsPinnedFirstThenByLatestActivityWithoutGapsOrRepeats() {
        Network network = networks.network();
        Person member = people.signedIn(Tokens.TRAINEE);
        networks.member(network, member);
        List<Long> started = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            started.add(start(network, Tokens.TRAINEE, "Thread " + i, "Body " + i));
        }
        long pinned = started.get(3);
        QuarkusTransaction.requiringNew().run(() -> DiscussionThread.update("pinned = true WHERE id = ?1", pinned));
        List<Long> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 10; page++) {
            RequestSpecification request = as(Tokens.TRAINEE).queryParam("size", 5);
            if (after != null) {
                request.queryParam("after", after);
            }
            Response response = request.get(base(network));
            response.then().statusCode(200);
            seen.addAll(response.jsonPath().getList("threads.id", Long.class));
            after = response.jsonPath().getString("next");
            if (after == null) {
                break;
            }
        }
        assertEquals(12, seen.size());
        assertEquals(12, new HashSet<>(seen).size());
        assertEquals(pinned, seen.get(0), "the pinned thread first");
        assertEquals(started.get(11), seen.get(1), "then the latest");
        assertTrue(seen.indexOf(started.get(0)) == 11, "the oldest last");
        as(Tokens.TRAINEE)
                .queryParam("after", "not-a-cursor")
                .get(base(network))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("after"));
    }
}
