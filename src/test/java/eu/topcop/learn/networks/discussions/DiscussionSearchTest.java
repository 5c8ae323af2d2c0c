package eu.topcop.learn.networks.discussions;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.NetworkMember;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.support.Tokens;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search across discussions: a word of a post or a title finds its thread in every script of the seven languages;
 * networks one does not read (never joined, left) are never searched; hidden posts are found only by their author and
 * the moderators; pages by latest activity; the API names {@code q} when it cannot search.
 */
@QuarkusTest
class DiscussionSearchTest {

    @Inject
    NetworkFixture networks;

    @Inject
    EnrolmentFixture people;

    @Inject
    DiscussionFixture fixture;

    @Inject
    Discussions discussions;

    @Inject
    Moderation moderation;

    @Inject
    DiscussionSearch search;

    /** A word no other test writes, so that searches across networks find only this test's threads. */
    private static String unique() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private long thread(Network network, Person author, String title, String body, String language) {
        return discussions.start(
                        network.code,
                        NetworkFixture.viewer(author),
                        new Discussions.NewThread(title, body, language),
                        "en")
                .id;
    }

    private long firstPost(Network network, long thread, Person reader) {
        return discussions
                .thread(network.code, thread, NetworkFixture.viewer(reader), null, 20, "en")
                .posts()
                .get(0)
                .id();
    }

    private List<Long> found(DiscussionSearch.Results results) {
        return results.hits().stream().map(DiscussionSearch.Hit::threadId).toList();
    }

    @Test
    void shouldFindAThreadByAWordOfItsPostInRussianGeorgianAndArmenian() {
        Network network = networks.network();
        Person author = people.person("GE");
        networks.member(network, author);
        NetworkAccess.Viewer me = NetworkFixture.viewer(author);
        long ru = thread(network, author, "Граница", "Контрабанда оружия через восточную границу.", "ru");
        long ka = thread(network, author, "საზღვარი", "იარაღის კონტრაბანდა აღმოსავლეთ საზღვარზე.", "ka");
        long hy = thread(network, author, "Սահման", "Զենքի մաքսանենգություն արևելյան սահմանին։", "hy");

        DiscussionSearch.Results russian = search.inNetwork(network.code, me, "оружия", null, 20, "en");
        assertEquals(List.of(ru), found(russian));
        assertTrue(russian.hits().get(0).snippet().contains("Контрабанда оружия"), russian.toString());
        assertNotNull(russian.hits().get(0).postId(), "a link to the matching post");
        assertEquals(List.of(ru), found(search.inNetwork(network.code, me, "КОНТРАБАНД", null, 20, "en")));
        assertEquals(List.of(ka), found(search.inNetwork(network.code, me, "კონტრაბანდა", null, 20, "en")));
        assertEquals(List.of(ka), found(search.inNetwork(network.code, me, "საზღვარზე", null, 20, "en")));
        assertEquals(List.of(hy), found(search.inNetwork(network.code, me, "մաքսանենգություն", null, 20, "en")));
        assertEquals(List.of(hy), found(search.inNetwork(network.code, me, "Զենքի սահման", null, 20, "en")));

        DiscussionSearch.Hit title = search.inNetwork(network.code, me, "Սահման", null, 20, "en")
                .hits()
                .get(0);
        assertEquals(hy, title.threadId(), "the title's word and, as a prefix, the post's");
        assertEquals(network.code, title.network());
    }

    @Test
    void shouldNeverSearchANetworkTheViewerDoesNotReadOrHasLeft() {
        String word = unique();
        Network mine = networks.network();
        Network foreign = networks.network();
        Network left = networks.network();
        Person reader = people.person("MD");
        Person other = people.person("UA");
        networks.member(mine, reader);
        networks.membership(left, reader, NetworkMember.Role.MEMBER, NetworkMember.Status.LEFT);
        for (Network n : List.of(mine, foreign, left)) {
            networks.member(n, other);
        }
        long visible = thread(mine, other, "Mine", "About " + word, "en");
        long hidden = thread(foreign, other, "Foreign", "About " + word, "en");
        long gone = thread(left, other, "Left", "About " + word, "en");
        NetworkAccess.Viewer me = NetworkFixture.viewer(reader);

        assertEquals(List.of(visible), found(search.everywhere(me, word, null, 20, "en")));
        assertThrows(ForbiddenException.class, () -> search.inNetwork(foreign.code, me, word, null, 20, "en"));
        assertThrows(ForbiddenException.class, () -> search.inNetwork(left.code, me, word, null, 20, "en"));
        NetworkAccess.Viewer manager = NetworkFixture.viewer(reader, Roles.COURSE_MANAGER);
        assertEquals(List.of(gone, hidden, visible), found(search.everywhere(manager, word, null, 20, "en")));
    }

    @Test
    void shouldFindAHiddenPostOnlyForItsAuthorAndTheModerators() {
        String word = unique();
        Network network = networks.network();
        Person author = people.person("GE");
        Person reader = people.person("GE");
        Person moderatorPerson = people.person("GE");
        networks.member(network, author);
        networks.member(network, reader);
        networks.moderator(network, moderatorPerson);
        long thread = thread(network, author, "Ordinary title", "Something " + word, "en");
        long post = firstPost(network, thread, author);
        moderation.hide(network.code, thread, post, NetworkFixture.viewer(moderatorPerson), "Off topic");

        assertEquals(List.of(), found(search.everywhere(NetworkFixture.viewer(reader), word, null, 20, "en")));
        for (Person allowed : List.of(author, moderatorPerson)) {
            DiscussionSearch.Hit hit = search.inNetwork(
                            network.code, NetworkFixture.viewer(allowed), word, null, 20, "en")
                    .hits()
                    .get(0);
            assertEquals(post, hit.postId());
        }
    }

    @Test
    void shouldPageTheHitsByLatestActivityAndShowTheTitlesOnlyMatch() {
        String word = unique();
        Network network = networks.network();
        Person author = people.person("AZ");
        networks.member(network, author);
        long first = thread(network, author, "Title " + word, "Nothing to find here", "en");
        long second = thread(network, author, "Second", "Body " + word, "en");
        long third = thread(network, author, "Third", "Body " + word, "en");
        NetworkAccess.Viewer me = NetworkFixture.viewer(author);

        DiscussionSearch.Results page = search.inNetwork(network.code, me, word, null, 2, "en");
        assertEquals(List.of(third, second), found(page));
        assertNotNull(page.next());
        DiscussionSearch.Results rest = search.inNetwork(network.code, me, word, page.next(), 2, "en");
        assertEquals(List.of(first), found(rest));
        assertNull(rest.next());
        assertNull(rest.hits().get(0).postId(), "only the title matched");
        assertThrows(
                DomainException.RuleViolation.class,
                () -> search.inNetwork(network.code, me, word, "not-a-cursor", 2, "en"));
    }

    @Test
    void shouldSearchThroughTheApiAndNameQWhenItCannot() {
        String word = unique();
        Network network = networks.network();
        Person nino = fixture.signedIn(Tokens.TRAINEE);
        fixture.signedIn(Tokens.COORDINATOR);
        networks.member(network, nino);
        long thread = thread(network, nino, "Api", "Через API " + word, "ru");
        String base = "/api/networks/" + network.code + "/discussions/search";

        given().auth()
                .oauth2(Tokens.accessToken(Tokens.TRAINEE))
                .queryParam("q", word)
                .get(base)
                .then()
                .statusCode(200)
                .body("hits.threadId", contains((int) thread))
                .body("hits[0].snippet", containsString(word));
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.TRAINEE))
                .queryParam("q", word)
                .get("/api/networks/discussions/search")
                .then()
                .statusCode(200)
                .body("hits.threadId", contains((int) thread))
                .body("hits[0].network", equalTo(network.code));
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.COORDINATOR))
                .queryParam("q", word)
                .get(base)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.COORDINATOR))
                .queryParam("q", word)
                .get("/api/networks/discussions/search")
                .then()
                .statusCode(200)
                .body("hits.size()", equalTo(0));
        for (String bad : List.of("", "ab cd", "x".repeat(DiscussionSearch.Q_MAX + 1))) {
            int status = bad.length() > DiscussionSearch.Q_MAX ? 400 : 422;
            given().auth()
                    .oauth2(Tokens.accessToken(Tokens.TRAINEE))
                    .queryParam("q", bad)
                    .get("/api/networks/discussions/search")
                    .then()
                    .statusCode(status)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("q"));
        }
    }

    @Test
    void shouldAskBothFullTextIndexesRatherThanReadEveryPostOrThread() {
        String plan = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            var explain = DiscussionThread.getEntityManager()
                    .createNativeQuery("EXPLAIN " + DiscussionSearch.sql(true, true, 21))
                    .setParameter("words", "+border*")
                    .setParameter("p", 1L)
                    .setParameter("runs", false)
                    .setParameter("n", 1L)
                    .setParameter("at", java.sql.Timestamp.from(java.time.Instant.now()))
                    .setParameter("id", 1L);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = explain.getResultList();
            // id, select_type, table, type, possible_keys, key, ...
            return rows.stream()
                    .map(r -> r[2] + ":" + r[3] + ":" + r[5])
                    .collect(java.util.stream.Collectors.joining(" "));
        });
        assertTrue(plan.contains("p:fulltext:ft_discussion_post_body"), plan);
        assertTrue(plan.contains("d:fulltext:ft_discussion_thread_title"), plan);
    }

    @Test
    @TestSecurity(user = "search-page-member", roles = "trainee")
    void shouldSearchFromThePagesAndKeepATooShortSearchAsTypedInTheReadersLanguage() {
        given().queryParam("q", "warm up")
                .get("/networks/discussions/search")
                .then()
                .statusCode(200);
        Person me = fixture.testUser("search-page-member");
        Network network = networks.network();
        networks.member(network, me);
        String word = unique();
        long thread = thread(network, me, "Page", "Текст " + word, "ru");
        String base = "/networks/" + network.code + "/discussions";

        given().get(base).then().statusCode(200).body(containsString("action=\"" + base + "/search\""));
        given().get(base + "/search").then().statusCode(200).body(containsString("search-form"));
        given().queryParam("q", word)
                .get(base + "/search")
                .then()
                .statusCode(200)
                .body(containsString("data-thread=\"" + thread + "\""))
                .body(containsString("#post-"));
        given().queryParam("q", word)
                .get("/networks/discussions/search")
                .then()
                .statusCode(200)
                .body(containsString("data-thread=\"" + thread + "\""))
                .body(containsString(network.code));
        given().cookie("topcop-lang", "ru")
                .queryParam("q", "ab")
                .get("/networks/discussions/search")
                .then()
                .statusCode(422)
                .body(containsString("Поиск: укажите хотя бы одно слово"))
                .body(containsString("value=\"ab\""));
        given().queryParam("q", word)
                .get("/networks/" + networks.network().code + "/discussions/search")
                .then()
                .statusCode(403);
    }
}
