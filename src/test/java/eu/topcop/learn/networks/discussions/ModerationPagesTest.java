package eu.topcop.learn.networks.discussions;

import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Moderation pages: forms with the CSRF token, refusals in the reader's language, moderators only. */
@QuarkusTest
class ModerationPagesTest {

    private static final String TOKEN = "moderation-pages-token";
    private static final String MANAGER = "moderation-pages-manager";
    private static final String MEMBER = "moderation-pages-member";

    private static final String MODERATOR = "moderation-pages-moderator";

    private static final String REFUSED = "moderation-pages-refused";

    @Inject
    NetworkFixture networks;

    @Inject
    DiscussionFixture people;

    @Inject
    EnrolmentFixture enrolment;

    @Inject
    Discussions discussions;

    @Test
    @TestSecurity(user = MEMBER, roles = "trainee")
    void shouldRefuseTheModerationPagesToAMemberButLetThemReport() {
        Network network = networks.network();
        String base = "/networks/" + network.code + "/discussions";
        given().get(base).then().statusCode(403);
        Person me = people.testUser(MEMBER);
        networks.member(network, me);
        long thread = discussions.start(
                        network.code, NetworkFixture.viewer(me), new Discussions.NewThread("T", "Body", "en"), "en")
                .id;
        long post = discussions
                .thread(network.code, thread, NetworkFixture.viewer(me), null, 20, "en")
                .posts()
                .get(0)
                .id();
        given().get(base + "/reports").then().statusCode(403);
        given().get(base + "/moderation").then().statusCode(403);
        given().get(base + "/" + thread + "/posts/" + post + "/moderate").then().statusCode(403);
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("reason", "x")
                .post(base + "/" + thread + "/posts/" + post + "/hide")
                .then()
                .statusCode(403);
        given().get(base + "/" + thread + "/posts/" + post + "/report")
                .then()
                .statusCode(200)
                .body(containsString("report-form"));
        given().cookie("topcop-csrf", TOKEN)
                .cookie("topcop-lang", "ru")
                .formParam("_csrf", TOKEN)
                .formParam("reason", " ")
                .post(base + "/" + thread + "/posts/" + post + "/reports")
                .then()
                .statusCode(422)
                .body(containsString("Причина: укажите причину."));
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("reason", "Off topic")
                .redirects()
                .follow(false)
                .post(base + "/" + thread + "/posts/" + post + "/reports")
                .then()
                .statusCode(303);
        given().formParam("reason", "no token")
                .post(base + "/" + thread + "/posts/" + post + "/reports")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = MANAGER, roles = "course-manager")
    void shouldLetACourseManagerHideAPostLockAThreadAndReadTheTrail() {
        Network network = networks.network();
        String base = "/networks/" + network.code + "/discussions";
        given().get(base).then().statusCode(200).body(containsString("moderator-links"));
        Person author = enrolment.people(1, "MD").get(0);
        networks.member(network, author);
        long thread = discussions.start(
                        network.code,
                        NetworkFixture.viewer(author),
                        new Discussions.NewThread("To moderate", "Secret text", "en"),
                        "en")
                .id;
        long post = discussions
                .thread(network.code, thread, NetworkFixture.viewer(author), null, 20, "en")
                .posts()
                .get(0)
                .id();
        given().get(base + "/" + thread + "/posts/" + post + "/moderate")
                .then()
                .statusCode(200)
                .body(containsString("hide-form"));
        given().cookie("topcop-csrf", TOKEN)
                .cookie("topcop-lang", "uk")
                .formParam("_csrf", TOKEN)
                .formParam("reason", "")
                .post(base + "/" + thread + "/posts/" + post + "/hide")
                .then()
                .statusCode(422)
                .body(containsString("Причина: вкажіть причину."));
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("reason", "Personal data of a suspect")
                .redirects()
                .follow(false)
                .post(base + "/" + thread + "/posts/" + post + "/hide")
                .then()
                .statusCode(303);
        given().get(base + "/" + thread)
                .then()
                .statusCode(200)
                .body(containsString("Hidden by a moderator: Personal data of a suspect"))
                .body(containsString("thread-moderation"));
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("action", "LOCK")
                .redirects()
                .follow(false)
                .post(base + "/" + thread + "/moderation")
                .then()
                .statusCode(303);
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("personId", String.valueOf(author.id))
                .formParam("until", "1999-01-01")
                .post(base + "/mutes")
                .then()
                .statusCode(422)
                .body(containsString("Muted until: choose a day after today"));
        given().get(base + "/moderation")
                .then()
                .statusCode(200)
                .body(containsString("hid a post"))
                .body(containsString("locked the thread"))
                .body(containsString("Personal data of a suspect"));
        given().get(base + "/reports").then().statusCode(200).body(containsString("no-reports"));
        // Another member sees that it is hidden, not why nor what it said.
        Person other = enrolment.people(1, "MD").get(0);
        networks.member(network, other);
        var page = discussions.thread(network.code, thread, NetworkFixture.viewer(other), null, 20, "en");
        org.junit.jupiter.api.Assertions.assertNull(page.posts().get(0).html());
        org.junit.jupiter.api.Assertions.assertNull(page.posts().get(0).hiddenReason());
    }

    @Test
    @TestSecurity(user = MODERATOR, roles = "trainee")
    void shouldOfferTheNetworksOneModeratesAsAChoiceAndPageTheOpenReports() {
        Network network = networks.network();
        String base = "/networks/" + network.code + "/discussions";
        given().get(base).then().statusCode(403);
        Person me = people.testUser(MODERATOR);
        networks.moderator(network, me);
        Person author = enrolment.people(1, "MD").get(0);
        networks.member(network, author);
        long thread = discussions.start(
                        network.code,
                        NetworkFixture.viewer(author),
                        new Discussions.NewThread("To move", "Text", "en"),
                        "en")
                .id;
        given().cookie("topcop-lang", "ka")
                .get(base + "/" + thread)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"move-none\""))
                .body(containsString("სხვა ქსელს არ მოდერირებთ"))
                .body(not(containsString("move-form")));
        Network other = networks.network();
        networks.moderator(other, me);
        given().get(base + "/" + thread)
                .then()
                .statusCode(200)
                .body(containsString("<select id=\"network-move\" name=\"network\" required>"))
                .body(containsString("<option value=\"" + other.code + "\">"))
                .body(not(containsString("<option value=\"" + network.code + "\">")));
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("network", "")
                .post(base + "/" + thread + "/move")
                .then()
                .statusCode(422)
                .body(containsString("Network: choose another network that you also moderate."));

        people.reportedPosts(thread, author.id, Moderation.PAGE + 1);
        String reports =
                given().get(base + "/reports").then().statusCode(200).extract().asString();
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"([^\"]+)\" data-testid=\"next-reports\"")
                .matcher(reports);
        org.junit.jupiter.api.Assertions.assertTrue(next.find(), "a link to the next page of reports");
        given().get(next.group(1)).then().statusCode(200).body(not(containsString("next-reports")));
        people.members(network.id, Moderation.PAGE);
        given().get(base + "/moderation").then().statusCode(200).body(containsString("next-members"));
    }

    @Test
    @TestSecurity(user = REFUSED, roles = "course-manager")
    void shouldGiveEveryRefusedModerationFormBackOnItsOwnPageAsTypedWithTheReasonBesideItsField() {
        Network network = networks.network();
        String base = "/networks/" + network.code + "/discussions";
        Person author = enrolment.people(1, "MD").get(0);
        networks.member(network, author);
        long thread = discussions.start(
                        network.code,
                        NetworkFixture.viewer(author),
                        new Discussions.NewThread("Refused here", "Text", "en"),
                        "en")
                .id;
        long post = discussions
                .thread(network.code, thread, NetworkFixture.viewer(author), null, 20, "en")
                .posts()
                .get(0)
                .id();
        // Past the 500 characters of a reason, within the form limits of the request.
        String tooLong = "Too long a reason. ".repeat(27);

        refused("/" + thread + "/posts/" + post + "/reports", Map.of("reason", tooLong), base)
                .body(containsString("data-testid=\"report-form\""))
                .body(containsString(">" + tooLong + "</textarea>"))
                .body(containsString("data-field=\"reason\">Причина: не більше 500 символів."));
        refused("/" + thread + "/posts/" + post + "/hide", Map.of("reason", tooLong), base)
                .body(containsString("data-testid=\"hide-form\""))
                .body(containsString(">" + tooLong + "</textarea>"))
                .body(containsString("aria-invalid=\"true\""));
        refused("/" + thread + "/moderation", Map.of("action", "LOCK", "reason", tooLong), base)
                .body(containsString("data-testid=\"thread-moderation\""))
                .body(containsString("<input id=\"reason\" name=\"reason\" type=\"text\" maxlength=\"500\" value=\""
                        + tooLong + "\""))
                .body(containsString("data-field=\"reason\">Причина: не більше 500 символів."))
                .body(containsString("data-testid=\"reply-form\""));

        networks.network(); // another network to move to
        refused("/" + thread + "/move", Map.of("network", "", "reason", "Belongs elsewhere ✓"), base)
                .body(containsString("data-testid=\"move-form\""))
                .body(containsString("value=\"Belongs elsewhere ✓\""))
                .body(containsString("data-field=\"network\">Мережа: виберіть іншу мережу"));

        refused(
                        "/mutes",
                        Map.of("personId", String.valueOf(author.id), "until", "1999-01-01", "reason", "Loud ✓"),
                        base)
                .body(containsString("data-member=\"" + author.id + "\""))
                .body(containsString("id=\"until\" name=\"until\" type=\"date\""))
                .body(containsString("value=\"1999-01-01\""))
                .body(containsString("value=\"Loud ✓\""))
                .body(containsString("data-field=\"until\">Обмежено до: оберіть день після сьогоднішнього"));

        people.reportedPosts(thread, author.id, 1);
        String reports =
                given().get(base + "/reports").then().statusCode(200).extract().asString();
        java.util.regex.Matcher report =
                java.util.regex.Pattern.compile("/reports/(\\d+)/dismissal").matcher(reports);
        org.junit.jupiter.api.Assertions.assertTrue(report.find(), "a report to dismiss");
        refused("/reports/" + report.group(1) + "/dismissal", Map.of("reason", tooLong), base)
                .body(containsString("data-testid=\"reports\""))
                .body(containsString(
                        "id=\"reason\" name=\"reason\" type=\"text\" maxlength=\"500\" value=\"" + tooLong + "\""))
                .body(containsString("data-field=\"reason\">Причина: не більше 500 символів."));
    }

    /** The form posted in Ukrainian and refused: 422, the page's own form in the reader's language, no error page. */
    private static io.restassured.response.ValidatableResponse refused(
            String path, Map<String, String> fields, String base) {
        return given().cookie("topcop-csrf", TOKEN)
                .cookie("topcop-lang", "uk")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("_csrf", TOKEN)
                .formParams(fields)
                .post(base + path)
                .then()
                .statusCode(422)
                .body(containsString("<html lang=\"uk\">"))
                .body(containsString("role=\"alert\""))
                .body(not(containsString("data-testid=\"error-page\"")))
                .body(not(containsString("data-testid=\"back\"")));
    }
}
