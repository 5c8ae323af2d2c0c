package eu.topcop.learn.networks.library;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.discussions.DiscussionFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A network's library form (multipart): a refused document comes back as typed, the file's problem beside it. */
@QuarkusTest
class NetworkLibraryPagesTest {

    private static final String TOKEN = "network-library-pages";
    private static final String MEMBER = "network-library-pages-member";

    @Inject
    NetworkFixture networks;

    @Inject
    DiscussionFixture people;

    @Test
    @TestSecurity(user = MEMBER, roles = "trainee")
    void shouldKeepTheTypedDocumentAndNameTheFilesProblemBesideTheFileInput() {
        Network network = networks.network();
        String library = "/networks/" + network.code + "/library";
        given().get(library); // makes the person, as a first request does
        Person me = people.testUser(MEMBER);
        networks.member(network, me);
        given().cookie("topcop-csrf", TOKEN)
                .cookie("topcop-lang", "uk")
                .multiPart("_csrf", TOKEN)
                .multiPart("kind", "GUIDELINE")
                .multiPart("title", "Tracing converted pistols")
                .multiPart("summary", "What the lab reads first")
                .multiPart("body", "Serial numbers, then the barrel.")
                .multiPart("language", "en")
                .multiPart("access", "MEMBERS")
                .multiPart("note", "First draft")
                .multiPart("file", "photo.pdf", LibraryFixture.png(), "application/pdf")
                .post(library)
                .then()
                .statusCode(422)
                .body(containsString("<html lang=\"uk\">"))
                .body(containsString("role=\"alert\""))
                .body(containsString("action=\"" + library + "\""))
                .body(containsString("value=\"Tracing converted pistols\""))
                .body(containsString(">What the lab reads first</textarea>"))
                .body(containsString(">Serial numbers, then the barrel.</textarea>"))
                .body(containsString("value=\"First draft\""))
                .body(containsString("data-field=\"file\">назва файлу вказує на інший тип, ніж його вміст"))
                .body(containsString("<input type=\"file\" id=\"file\" name=\"file\" aria-invalid=\"true\""
                        + " aria-describedby=\"file-hint file-error\""))
                .body(not(containsString("data-testid=\"error-page\"")));
    }
}
