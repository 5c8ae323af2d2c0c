package eu.topcop.learn.browser;

import java.net.URL;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.SurveyFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An officer's supervisor, who has no account, opens the follow-up from the link in their e-mail, in the language
 * they were written in, sees whom it is about, answers it, and finds the link spent afterwards. In a real Chromium,
 * without signing in.
 */
@QuarkusTest
class SupervisorLinkBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    SurveyFixture surveys;

    @Inject
    EnrolmentFixture people;

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
    void supervisorAnswersTheFollowUpThroughTheLinkWithoutSigningIn() {
        Person officer = people.person("UA");
        String path = surveys.supervisorFollowUp(
                officer, "Oleh Shevchenko", "oleh." + System.nanoTime() + "@npu.example", "uk");
        String link = base.toString().replaceAll("/$", "") + path;

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(link);
            assertThat(page.getByTestId("about")).containsText(officer.name);
            assertThat(page.locator("html")).hasAttribute("lang", "uk");
            Locator questions = page.locator("fieldset.question");
            for (int i = 0; i < questions.count(); i++) {
                Locator question = questions.nth(i);
                Locator radios = question.locator("input[type=radio]");
                if (radios.count() > 0) {
                    radios.first().check();
                } else if (question.locator("input[type=checkbox]").count() > 0) {
                    question.locator("input[type=checkbox]").first().check();
                } else {
                    question.locator("textarea").fill("Він навчив колег своєї групи.");
                }
            }
            Pages.screenshot(page, "evaluation-supervisor-link");
            page.getByTestId("send").click();
            page.waitForLoadState();
            Pages.screenshot(page, "evaluation-supervisor-answered");
            assertThat(page.getByTestId("answered")).isVisible();

            page.navigate(link);
            assertThat(page.getByTestId("closed")).hasAttribute("data-state", "answered");
            page.navigate(link.substring(0, link.length() - 3) + "abc");
            assertThat(page.getByTestId("invalid-link")).isVisible();
        }
    }
}
