package eu.topcop.learn.browser;

import java.net.URL;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainee takes a timed quiz: the countdown runs, an answer survives a reload (the draft on the device) while
 * the countdown keeps counting from the server's deadline, and the result names the next step. In a real Chromium.
 */
@QuarkusTest
class QuizBrowserTest {

    private static final String MODULE = "thb-ilp";

    private static final Pattern TIME_LEFT = Pattern.compile("^(\\d{1,3}):([0-5]\\d)$");

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

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
    void traineeKeepsTheAnswersAndTheCountdownAcrossAReloadAndSeesTheNextStep() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "modules/" + MODULE);
            Pages.signIn(page, "ion.rusu");
            page.getByTestId("start-module").click();
            page.getByTestId("skip-pre-test").click();
            Pages.readLessons(page, MODULE, 1, 5);
            Locator take = page.getByTestId("take-quiz");
            assertTrue(take.getAttribute("class").contains("primary"), "after the last lesson: take the quiz");
            take.click();

            Locator countdown = page.getByTestId("countdown");
            assertThat(countdown).hasText(TIME_LEFT);
            int before = seconds(countdown.textContent());
            assertTrue(before > 0 && before <= 20 * 60, countdown.textContent());

            Locator question =
                    page.locator("fieldset.question:has(input[type=radio])").first();
            String key = question.getAttribute("data-key");
            Locator choice = question.locator("input[type=radio]").nth(1);
            choice.check();
            String chosen = choice.getAttribute("value");
            Pages.screenshot(page, "quiz-paper");

            page.reload();
            Locator restored =
                    page.locator("fieldset.question[data-key=\"" + key + "\"] input[value=\"" + chosen + "\"]");
            assertThat(restored).isChecked();
            assertThat(page.getByTestId("draft-restored")).isVisible();
            assertThat(countdown).hasText(TIME_LEFT);
            page.waitForTimeout(1500);
            int after = seconds(countdown.textContent());
            assertTrue(after < before && after > 0, before + " then " + after + " seconds left");

            page.getByTestId("submit-quiz").click();
            assertThat(page.getByTestId("quiz-score")).isVisible();
            assertThat(page.getByTestId("next-step")).hasAttribute("data-next", "try-again");
            assertThat(page.getByTestId("try-again")).isVisible();
            assertThat(page.locator(".outcome[data-key=" + key + "] [data-testid=given] li"))
                    .hasCount(1);
            Pages.screenshot(page, "quiz-result");
            assertEquals(
                    0,
                    ((Number) page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('draft:')).length"))
                            .intValue(),
                    "the draft is cleared once the result shows the answers arrived");
        }
    }

    private static int seconds(String timeLeft) {
        var match = TIME_LEFT.matcher(timeLeft.strip());
        assertTrue(match.matches(), timeLeft);
        return Integer.parseInt(match.group(1)) * 60 + Integer.parseInt(match.group(2));
    }
}
