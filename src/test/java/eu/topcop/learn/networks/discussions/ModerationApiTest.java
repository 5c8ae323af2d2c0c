package eu.topcop.learn.networks.discussions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moderation through the API with real tokens: a member (the author, Nino) reports; the network's moderator (Olena)
 * and a course manager (Marta) moderate; a member and a non-member (Giorgi) are refused every moderation route.
 */
@QuarkusTest
class ModerationApiTest {

    @Inject
    NetworkFixture networks;

    @Inject
    DiscussionFixture people;

    @Inject
    EnrolmentFixture enrolment;

    @Inject
    Discussions discussions;

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.accessToken(username)).contentType(ContentType.JSON);
    }

    private static String base(Network network) {
        return "/api/networks/" + network.code + "/discussions";
    }

    private record Setup(Network network, long thread, long post, Person author) {}

    private Setup setup() {
        Network network = networks.network();
        Person author = people.signedIn(Tokens.TRAINEE);
        networks.member(network, author);
        networks.moderator(network, people.signedIn(Tokens.TRAINEE_UA));
        people.signedIn(Tokens.COORDINATOR);
        people.signedIn(Tokens.MANAGER);
        long thread = as(Tokens.TRAINEE)
                .body(Map.of("title", "Moderated", "body", "An opening post", "language", "en"))
                .post(base(network))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("thread.id");
        long post =
                as(Tokens.TRAINEE).get(base(network) + "/" + thread).jsonPath().getLong("posts[0].id");
        return new Setup(network, thread, post, author);
    }

    @Test
    void shouldRefuseEveryModerationRouteToAMemberAndANonMemberAndLetModeratorsAndCourseManagersIn() {
        Setup s = setup();
        String b = base(s.network());
        String t = b + "/" + s.thread();
        String p = t + "/posts/" + s.post();
        Map<String, Object> reason = Map.of("reason", "Off topic");
        Map<String, Object> mute = Map.of(
                "personId", s.author().id, "until", LocalDate.now().plusDays(3).toString(), "reason", "Cool down");
        List<Object[]> routes = List.of(
                new Object[] {"GET", b + "/reports", null},
                new Object[] {"GET", b + "/moderation-log", null},
                new Object[] {"GET", b + "/members", null},
                new Object[] {"POST", p + "/hide", reason},
                new Object[] {"POST", p + "/unhide", reason},
                new Object[] {"POST", t + "/lock", reason},
                new Object[] {"POST", t + "/unlock", reason},
                new Object[] {"POST", t + "/pin", reason},
                new Object[] {"POST", t + "/unpin", reason},
                new Object[] {"POST", b + "/mutes", mute},
                new Object[] {"POST", b + "/mutes/" + s.author().id + "/end", reason});
        for (String refused : List.of(Tokens.TRAINEE, Tokens.COORDINATOR)) {
            for (Object[] r : routes) {
                call(refused, r).then().statusCode(403).contentType("application/problem+json");
            }
            as(refused)
                    .body(Map.of("network", s.network().code))
                    .post(t + "/move")
                    .then()
                    .statusCode(403);
            as(refused).body(reason).post(b + "/reports/1/dismissal").then().statusCode(403);
        }
        for (String allowed : List.of(Tokens.TRAINEE_UA, Tokens.MANAGER)) {
            for (Object[] r : routes) {
                int status = call(allowed, r).then().extract().statusCode();
                assertEquals(true, status == 200 || status == 204, allowed + " " + r[0] + " " + r[1] + ": " + status);
            }
        }
        as(Tokens.COORDINATOR).body(reason).post(p + "/reports").then().statusCode(403); // non-members do not report
    }

    @Test
    void shouldReportOnceHideWithAReasonTheAuthorSeesAndKeepAnAuditTrail() {
        Setup s = setup();
        String b = base(s.network());
        String p = b + "/" + s.thread() + "/posts/" + s.post();
        networks.member(s.network(), people.signedIn(Tokens.TRAINER));
        as(Tokens.TRAINER)
                .body(Map.of("reason", "Names a suspect"))
                .post(p + "/reports")
                .then()
                .statusCode(201);
        as(Tokens.TRAINER)
                .body(Map.of("reason", "Again"))
                .post(p + "/reports")
                .then()
                .statusCode(409); // one open report per person and post
        as(Tokens.TRAINEE_UA)
                .get(b + "/reports")
                .then()
                .statusCode(200)
                .body("reports.reason", hasItem("Names a suspect"))
                .body("reports[0].postId", equalTo((int) s.post()));
        as(Tokens.TRAINEE_UA).get(b + "/" + s.thread()).then().body("posts[0].openReports", equalTo(1));

        as(Tokens.TRAINEE_UA)
                .body(Map.of("reason", "   "))
                .post(p + "/hide")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        as(Tokens.TRAINEE_UA)
                .body(Map.of("reason", "x".repeat(Moderation.REASON_MAX + 1)))
                .post(p + "/hide")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(Tokens.TRAINEE_UA)
                .body(Map.of("reason", "Names a suspect under investigation"))
                .post(p + "/hide")
                .then()
                .statusCode(200)
                .body("hidden", equalTo(true));

        as(Tokens.TRAINEE)
                .get(p)
                .then()
                .body("hidden", equalTo(true))
                .body("hiddenReason", equalTo("Names a suspect under investigation"))
                .body("body", equalTo("An opening post"));
        as(Tokens.TRAINER)
                .get(p)
                .then()
                .body("hidden", equalTo(true))
                .body("hiddenReason", nullValue())
                .body("body", nullValue())
                .body("html", nullValue());
        as(Tokens.TRAINEE_UA).get(b + "/reports").then().body("reports.size()", equalTo(0)); // closed by hiding
        as(Tokens.TRAINER)
                .body(Map.of("reason", "Once more"))
                .post(p + "/reports")
                .then()
                .statusCode(201);

        as(Tokens.TRAINEE_UA)
                .body(Map.of())
                .post(p + "/unhide")
                .then()
                .statusCode(200)
                .body("hidden", equalTo(false));
        as(Tokens.TRAINER).get(p).then().body("body", equalTo("An opening post"));
        as(Tokens.TRAINEE_UA)
                .get(b + "/moderation-log")
                .then()
                .statusCode(200)
                .body("entries.action", equalTo(List.of("UNHIDE", "HIDE")))
                .body("entries[1].reason", equalTo("Names a suspect under investigation"))
                .body("entries[1].postId", equalTo((int) s.post()))
                .body("entries[1].moderator", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldLockPinMoveAndMuteWithTheirEffects() {
        Setup s = setup();
        String b = base(s.network());
        String t = b + "/" + s.thread();
        as(Tokens.TRAINEE_UA).body(Map.of()).post(t + "/lock").then().statusCode(204);
        as(Tokens.TRAINEE)
                .body(Map.of("body", "Still?"))
                .post(t + "/posts")
                .then()
                .statusCode(409);
        as(Tokens.TRAINEE_UA).body(Map.of()).post(t + "/unlock").then().statusCode(204);
        as(Tokens.TRAINEE).body(Map.of("body", "Yes")).post(t + "/posts").then().statusCode(201);

        long second = as(Tokens.TRAINEE)
                .body(Map.of("title", "Newer", "body", "x"))
                .post(b)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("thread.id");
        as(Tokens.TRAINEE_UA)
                .body(Map.of("reason", "FAQ"))
                .post(t + "/pin")
                .then()
                .statusCode(204);
        as(Tokens.TRAINEE)
                .get(b)
                .then()
                .body("threads.id[0]", equalTo((int) s.thread()))
                .body("threads[0].pinned", equalTo(true))
                .body("threads.id", hasItem((int) second));

        as(Tokens.TRAINEE_UA)
                .body(Map.of(
                        "personId",
                        s.author().id,
                        "until",
                        LocalDate.now().plusDays(2).toString()))
                .post(b + "/mutes")
                .then()
                .statusCode(204);
        as(Tokens.TRAINEE)
                .body(Map.of("body", "Muted?"))
                .post(t + "/posts")
                .then()
                .statusCode(403);
        as(Tokens.TRAINEE).get(t).then().statusCode(200); // reads on
        as(Tokens.TRAINEE_UA)
                .get(b + "/members")
                .then()
                .body("members.find { it.personId == " + s.author().id + " }.mutedUntil", containsString("T00:00"));
        as(Tokens.TRAINEE_UA)
                .body(Map.of())
                .post(b + "/mutes/" + s.author().id + "/end")
                .then()
                .statusCode(204);
        as(Tokens.TRAINEE)
                .body(Map.of("body", "Back"))
                .post(t + "/posts")
                .then()
                .statusCode(201);
        as(Tokens.TRAINEE_UA)
                .body(Map.of(
                        "personId",
                        s.author().id,
                        "until",
                        LocalDate.now().minusDays(1).toString()))
                .post(b + "/mutes")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("until"));
        as(Tokens.TRAINEE_UA)
                .body(Map.of(
                        "personId",
                        999999999,
                        "until",
                        LocalDate.now().plusDays(2).toString()))
                .post(b + "/mutes")
                .then()
                .statusCode(404);

        Network elsewhere = networks.network();
        as(Tokens.TRAINEE_UA)
                .body(Map.of("network", elsewhere.code))
                .post(t + "/move")
                .then()
                .statusCode(403); // she does not moderate the other network
        networks.moderator(elsewhere, people.signedIn(Tokens.TRAINEE_UA));
        as(Tokens.TRAINEE_UA)
                .body(Map.of("network", s.network().code))
                .post(t + "/move")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("network"));
        as(Tokens.TRAINEE_UA)
                .body(Map.of("network", elsewhere.code, "reason", "Belongs there"))
                .post(t + "/move")
                .then()
                .statusCode(204);
        as(Tokens.TRAINEE_UA).get(base(elsewhere) + "/" + s.thread()).then().statusCode(200);
        as(Tokens.TRAINEE_UA).get(t).then().statusCode(404);
        as(Tokens.TRAINEE_UA)
                .get(b + "/moderation-log")
                .then()
                .body("entries.action", hasItems("LOCK", "UNLOCK", "PIN", "MUTE", "UNMUTE", "MOVE"));
        as(Tokens.TRAINEE_UA)
                .get(base(elsewhere) + "/moderation-log")
                .then()
                .body("entries[0].action", equalTo("MOVE"))
                .body("entries[0].detail", equalTo("from " + s.network().code));
    }

    @Test
    void shouldAnswerUnknownPostsAndReportsWith404AndTooLongReasonsWith400() {
        Setup s = setup();
        String b = base(s.network());
        as(Tokens.TRAINEE)
                .body(Map.of("reason", "Spam"))
                .post(b + "/" + s.thread() + "/posts/999999999/reports")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.TRAINEE_UA)
                .body(Map.of("reason", "Spam"))
                .post(b + "/" + s.thread() + "/posts/999999999/hide")
                .then()
                .statusCode(404);
        as(Tokens.TRAINEE_UA)
                .body(Map.of())
                .post(b + "/reports/999999999/dismissal")
                .then()
                .statusCode(404);
        as(Tokens.TRAINEE)
                .body(Map.of("reason", "y".repeat(Moderation.REASON_MAX + 1)))
                .post(b + "/" + s.thread() + "/posts/" + s.post() + "/reports")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(Tokens.TRAINEE)
                .body(Map.of("reason", ""))
                .post(b + "/" + s.thread() + "/posts/" + s.post() + "/reports")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        assertEquals(0L, people.count("discussion_report WHERE reason = ''"));
    }

    @Test
    void shouldLetTheReporterAndTheModeratorsReadAReportAtItsLocationAndHideItFromOtherMembers() {
        Setup s = setup();
        String location = as(Tokens.TRAINEE)
                .body(Map.of("reason", "Personal data"))
                .post(base(s.network()) + "/" + s.thread() + "/posts/" + s.post() + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        for (String allowed : List.of(Tokens.TRAINEE, Tokens.TRAINEE_UA, Tokens.MANAGER)) {
            as(allowed)
                    .get(location)
                    .then()
                    .statusCode(200)
                    .body("report.reason", equalTo("Personal data"))
                    .body("report.postId", equalTo((int) s.post()))
                    .body("open", equalTo(true));
        }
        as(Tokens.COORDINATOR).get(location).then().statusCode(403); // not a member
        networks.member(s.network(), people.signedIn(Tokens.COORDINATOR));
        as(Tokens.COORDINATOR).get(location).then().statusCode(404).contentType("application/problem+json");
        as(Tokens.TRAINEE_UA)
                .body(Map.of("reason", "Hidden"))
                .post(base(s.network()) + "/" + s.thread() + "/posts/" + s.post() + "/hide")
                .then()
                .statusCode(200);
        as(Tokens.TRAINEE).get(location).then().statusCode(200).body("open", equalTo(false));
        as(Tokens.TRAINEE_UA)
                .get(base(s.network()) + "/reports/999999999")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldPageTheOpenReportsAndTheMembersFiftyAtATime() {
        Setup s = setup();
        String b = base(s.network());
        people.reportedPosts(s.thread(), s.author().id, Moderation.PAGE + 1);
        var first = as(Tokens.TRAINEE_UA)
                .get(b + "/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(Moderation.PAGE, first.getList("reports").size());
        long next = first.getLong("next");
        as(Tokens.TRAINEE_UA)
                .queryParam("after", next)
                .get(b + "/reports")
                .then()
                .statusCode(200)
                .body("reports.size()", equalTo(1))
                .body("next", nullValue());

        people.members(s.network().id, Moderation.PAGE);
        var members = as(Tokens.TRAINEE_UA)
                .get(b + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(Moderation.PAGE, members.getList("members").size());
        var rest = as(Tokens.TRAINEE_UA)
                .queryParam("after", members.getLong("next"))
                .get(b + "/members")
                .then()
                .statusCode(200)
                .body("next", nullValue())
                .extract()
                .jsonPath();
        // The fixture's members plus Nino and Olena, each once over the two pages.
        java.util.Set<Object> seen = new java.util.HashSet<>(members.getList("members.personId"));
        seen.addAll(rest.getList("members.personId"));
        assertEquals(Moderation.PAGE + 2, seen.size());
        as(Tokens.TRAINEE_UA).queryParam("after", -1).get(b + "/reports").then().statusCode(400);
    }

    @Test
    void shouldOfferAsMoveTargetsOnlyTheOtherNetworksTheModeratorModerates() {
        Network network = networks.network();
        Person moderator = enrolment.person("GE");
        Person member = enrolment.person("GE");
        networks.moderator(network, moderator);
        networks.member(network, member);
        long thread = discussions.start(
                        network.code,
                        NetworkFixture.viewer(member),
                        new Discussions.NewThread("To move", "Body", "en"),
                        "en")
                .id;
        java.util.function.Function<Person, List<String>> targets = p ->
                discussions
                        .thread(network.code, thread, NetworkFixture.viewer(p), null, 20, "en")
                        .moveTargets()
                        .stream()
                        .map(Moderation.NetworkChoice::code)
                        .toList();
        assertEquals(List.of(), targets.apply(moderator), "moderates no other network");
        assertEquals(List.of(), targets.apply(member), "a member moves nothing");
        Network other = networks.network();
        networks.moderator(other, moderator);
        Network notModerated = networks.network();
        networks.member(notModerated, moderator);
        assertEquals(List.of(other.code), targets.apply(moderator));
        List<String> manager = discussions
                .thread(network.code, thread, NetworkFixture.viewer(member, Roles.COURSE_MANAGER), null, 20, "en")
                .moveTargets()
                .stream()
                .map(Moderation.NetworkChoice::code)
                .toList();
        assertTrue(manager.containsAll(List.of(other.code, notModerated.code)), manager.toString());
        assertFalse(manager.contains(network.code), "not the thread's own network");
    }

    private static io.restassured.response.Response call(String user, Object[] route) {
        RequestSpecification spec = as(user);
        if (route[2] != null) {
            spec = spec.body(route[2]);
        }
        return "GET".equals(route[0]) ? spec.get((String) route[1]) : spec.post((String) route[1]);
    }
}
