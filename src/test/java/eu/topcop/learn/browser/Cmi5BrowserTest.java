package eu.topcop.learn.browser;

import java.net.URL;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import eu.topcop.learn.cmi5.Cmi5LaunchFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A learner launches the test cmi5 course's two AUs from the course's page, in a real Chromium: each AU (static HTML,
 * plain JavaScript) reads its launch URL, redeems the fetch URL, reads LMS.LaunchData and reports initialized,
 * completed, passed and terminated to /xapi; the units and the course end satisfied, and the course's certificate is
 * the learner's.
 */
@QuarkusTest
class Cmi5BrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Cmi5LaunchFixture courses;

    @Inject
    EntityManager em;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void shutDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void learnerLaunchesBothUnitsAndTheCourseEndsSatisfiedAndComplete() {
        Person nino = signedIn(Tokens.TRAINEE);
        String code = courses.course();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "learning/cmi5/" + code);
            Pages.signIn(page, Tokens.TRAINEE);
            assertThat(page.getByTestId("cmi5-au-status-0")).hasText("Not attempted");

            // The first unit (AnyWindow) opens in this window and comes back when done.
            page.getByTestId("cmi5-launch-0").click();
            assertThat(page.locator("body[data-cmi5='initialized']")).isVisible();
            page.locator("#done").click();
            page.waitForURL("**/learning/cmi5/" + code);
            assertThat(page.getByTestId("cmi5-au-status-0")).hasText("Satisfied");

            // The quiz (OwnWindow, masteryScore 0.8) opens in a window of its own.
            Page quiz =
                    page.waitForPopup(() -> page.getByTestId("cmi5-launch-1").click());
            assertThat(quiz.locator("body[data-cmi5='initialized']")).isVisible();
            quiz.locator("#right").click();
            quiz.waitForURL("**/learning/cmi5/" + code);
            page.reload();
            assertThat(page.getByTestId("cmi5-au-status-1")).hasText("Satisfied");
            assertThat(page.getByTestId("cmi5-course-satisfied")).isVisible();
        }
        Number certificates = QuarkusTransaction.requiringNew().call(() -> (Number)
                em.createNativeQuery("SELECT COUNT(*) FROM certificate WHERE person_id = :p AND course_code = :c")
                        .setParameter("p", nino.id)
                        .setParameter("c", code)
                        .getSingleResult());
        assertEquals(1, certificates.intValue());
    }

    private static Person signedIn(String username) {
        given().auth()
                .oauth2(Tokens.accessToken(username))
                .get("/api/enrolment/my-applications")
                .then()
                .statusCode(200);
        String subject = Tokens.subject(username);
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", subject).singleResult());
    }
}
