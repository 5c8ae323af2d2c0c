package eu.topcop.learn.browser;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import eu.topcop.learn.learning.RightAnswers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainee opens a module, takes the pre-test, reads, leaves and resumes, takes the quiz, passes and sees
 * the knowledge gained, downloads the certificate, and the public page confirms it; an altered code does not
 * verify. In a real Chromium.
 */
@QuarkusTest
class LearningBrowserTest {

    private static final String MODULE = "smuggling-ilp";

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

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
    void traineeLearnsPassesAndGetsAVerifiableCertificate() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "modules/" + MODULE);
            Pages.signIn(page, "aylin.mammadova");

            page.getByTestId("start-module").click();
            // Before the first lesson: the pre-test, taken without knowing the answers.
            page.getByTestId("take-pre-test").click();
            assertThat(page.getByTestId("quiz-form")).isVisible();
            page.getByTestId("submit-quiz").click();
            assertThat(page.getByTestId("pre-test-score")).isVisible();
            assertThat(page.getByTestId("outcomes")).hasCount(0);
            page.getByTestId("begin-lessons").click();
            assertThat(page.getByTestId("lesson")).isVisible();
            page.getByTestId("lesson-read").click();
            page.waitForURL(url -> url.endsWith("/lessons/2"));

            // Leaves, and comes back later: the player resumes at lesson 2.
            page.navigate(base + "home");
            page.navigate(base + "learning");
            page.locator("[data-code=" + MODULE + "] form button").first().click();
            page.waitForURL(url -> url.endsWith("/lessons/2"));
            Pages.readLessons(page, MODULE, 2, 5);
            assertThat(page.getByTestId("lessons-done")).isVisible();
            Pages.screenshot(page, "learning-lessons-done");

            page.getByTestId("take-quiz").click();
            assertThat(page.getByTestId("quiz-form")).isVisible();
            answerRight(page);
            Pages.screenshot(page, "learning-quiz");
            page.getByTestId("submit-quiz").click();
            // The score first, so that a wrong answer fails with what the page said rather than a missing notice.
            assertThat(page.getByTestId("quiz-score")).containsText("100");
            assertThat(page.getByTestId("next-step")).hasAttribute("data-next", "certificate");
            assertThat(page.getByTestId("module-completed")).isVisible();
            assertThat(page.getByTestId("knowledge-gain")).containsText("100");
            Pages.screenshot(page, "learning-quiz-result");

            page.navigate(base + "learning");
            assertThat(page.getByTestId("transcript").locator("tr[data-code=" + MODULE + "]"))
                    .containsText("100");
            assertThat(page.getByTestId("transcript").locator("tr[data-course=smuggling-independent-learning]"))
                    .isVisible();
            page.navigate(base + "learning/certificates");
            Locator certificate = page.getByTestId("certificates").locator("li").first();
            Download download = page.waitForDownload(
                    () -> certificate.getByTestId("download-certificate").click());
            assertTrue(download.suggestedFilename().endsWith(".pdf"), download.suggestedFilename());
            String verification = certificate.locator("a").last().getAttribute("href");

            try (BrowserContext anyone = browser.newContext()) {
                Page check = anyone.newPage();
                check.navigate(verification);
                assertThat(check.getByTestId("certificate-status")).hasAttribute("data-status", "VALID");
                Pages.screenshot(check, "certificate-verified");
                String code =
                        verification.substring(verification.indexOf("/certificates/") + 14, verification.indexOf('?'));
                String altered = verification.replace(code, code.substring(0, 11) + (code.endsWith("A") ? "B" : "A"));
                check.navigate(altered);
                assertThat(check.getByTestId("certificate-status")).hasAttribute("data-status", "NOT_GENUINE");
            }
        }
    }

    /**
     * Fills the form with the right answers, worked out on the server from the attempt's stored paper and the
     * answer key: the page itself shows nothing that would give them away.
     */
    private void answerRight(Page page) {
        int number = Integer.parseInt(page.url().substring(page.url().lastIndexOf('/') + 1));
        Long person = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select p.id from Person p where p.username = :u", Long.class)
                        .setParameter("u", "aylin.mammadova")
                        .getSingleResult());
        Map<String, List<String>> right = RightAnswers.of(em, person, MODULE, number);
        for (Locator question : page.locator("fieldset.question").all()) {
            List<String> ids = right.get(question.getAttribute("data-key"));
            switch (question.getAttribute("data-type")) {
                case "matching" -> {
                    List<Locator> selects = question.locator("select").all();
                    for (int i = 0; i < selects.size(); i++) {
                        selects.get(i).selectOption(ids.get(i));
                    }
                }
                case "ordering" -> {
                    for (int rank = 0; rank < ids.size(); rank++) {
                        question.locator("input[name$='-" + ids.get(rank) + "']")
                                .fill(String.valueOf(rank + 1));
                    }
                }
                default ->
                    ids.forEach(
                            id -> question.locator("input[value='" + id + "']").check());
            }
        }
    }
}
