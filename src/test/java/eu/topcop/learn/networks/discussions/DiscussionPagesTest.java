package eu.topcop.learn.networks.discussions;

import jakarta.inject.Inject;

import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The discussion pages: forms that keep what was typed and say what to correct, in the reader's language. */
@QuarkusTest
class DiscussionPagesTest {

    private static final String TOKEN = "discussion-pages-token";
    private static final String USER = "discussion-pages-member";

    @Inject
    NetworkFixture networks;

    @Inject
    DiscussionFixture people;

    @Test
    @TestSecurity(user = USER, roles = "trainee")
    void shouldStartAThreadReplyAndKeepARefusedFormAsTyped() {
        Network network = networks.network();
        String base = "/networks/" + network.code + "/discussions";
        given().get(base).then().statusCode(403);
        networks.member(network, people.testUser(USER));
        given().get(base).then().statusCode(200).body(containsString("thread-form"));

        given().cookie("topcop-csrf", TOKEN)
                .cookie("topcop-lang", "ru")
                .formParam("_csrf", TOKEN)
                .formParam("title", "Keep me")
                .formParam("body", "<script>alert('x')</script> kept text")
                .formParam("language", "ru")
                .post(base)
                .then()
                .statusCode(422)
                .body(containsString("скрипты"))
                .body(containsString("Keep me"))
                .body(containsString("kept text"))
                .body(not(containsString("<script>alert")));

        String location = given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("title", "From the page")
                .formParam("body", "Opening *post*")
                .formParam("language", "en")
                .redirects()
                .follow(false)
                .post(base)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String thread = location.substring(location.indexOf(base));
        given().get(thread).then().statusCode(200).body(containsString("<em>post</em>"));
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .formParam("body", "> > too deep")
                .post(thread + "/posts")
                .then()
                .statusCode(422)
                .body(containsString("too deep"));
        given().formParam("body", "no token").post(thread + "/posts").then().statusCode(403);
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("body", "Ответ по-русски")
                .formParam("language", "ru")
                .redirects()
                .follow(false)
                .post(thread + "/posts")
                .then()
                .statusCode(303);
        given().get(thread)
                .then()
                .statusCode(200)
                .body(containsString("Ответ по-русски"))
                .body(containsString("Русский"));
    }

    @Test
    @TestSecurity(user = USER + "-files", roles = "trainee")
    void shouldAttachAFileFromThePageAndRefuseADisguisedOneInTheReadersLanguage() {
        Network network = networks.network();
        String base = "/networks/" + network.code + "/discussions";
        given().get(base).then().statusCode(403);
        networks.member(network, people.testUser(USER + "-files"));
        given().get(base).then().statusCode(200).body(containsString("multipart/form-data"));

        given().cookie("topcop-csrf", TOKEN)
                .cookie("topcop-lang", "ru")
                .multiPart("_csrf", TOKEN)
                .multiPart("title", "Keep the title")
                .multiPart("body", "With a file")
                .multiPart("attachments", "agenda.pdf", DiscussionAttachmentTest.HTML, "application/pdf")
                .post(base)
                .then()
                .statusCode(422)
                .body(containsString("тип agenda.pdf не разрешён"))
                .body(containsString("Keep the title"));
        String location = given().cookie("topcop-csrf", TOKEN)
                .multiPart("_csrf", TOKEN)
                .multiPart("title", "With a file")
                .multiPart("body", "See the agenda")
                .multiPart("language", "en")
                .multiPart("attachments", "agenda.pdf", DiscussionAttachmentTest.PDF, "application/pdf")
                .redirects()
                .follow(false)
                .post(base)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String thread = location.substring(location.indexOf(base));
        String page = given().get(thread).then().statusCode(200).extract().asString();
        int at = page.indexOf(thread + "/attachments/");
        String link = page.substring(at, page.indexOf('"', at));
        given().get(link)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("attachment; filename=\"agenda.pdf\""));
        given().multiPart("body", "no token")
                .multiPart("attachments", "agenda.pdf", DiscussionAttachmentTest.PDF, "application/pdf")
                .post(thread + "/posts")
                .then()
                .statusCode(403);
    }
}
