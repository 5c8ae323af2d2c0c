package eu.topcop.learn.browser;

import java.net.URL;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flows people use, in a real headless Chromium, signing in through the real Keycloak login form. */
@QuarkusTest
class SignInBrowserTest {

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
    void traineeSignsInSwitchesLanguageIsRefusedTheManagerAreaAndSignsOut() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();

            page.navigate(base + "home");
            signIn(page, "olena.kovalenko");

            assertThat(page.getByTestId("home-title")).containsText("Olena Kovalenko");
            assertThat(page.getByTestId("user-roles")).hasText("Trainee");
            assertThat(page.getByTestId("user-country")).hasText("Ukraine");
            assertThat(page.getByTestId("portfolio-priorities").locator("li.card"))
                    .hasCount(6);
            assertThat(page.locator("nav a[href='/manager']")).hasCount(0);

            page.getByLabel("Language").selectOption("uk");
            page.locator("form.language-switcher button[type=submit]").click();
            page.waitForURL(base + "home");
            assertThat(page.locator("html")).hasAttribute("lang", "uk");
            assertThat(page.getByTestId("user-roles")).hasText("Слухач");
            assertThat(page.getByTestId("user-country")).hasText("Україна");
            assertThat(page.locator("[data-code='trafficking-in-human-beings'] h3"))
                    .hasText("Торгівля людьми");

            screenshot(page, "home-uk");

            // Remembered for the user, not only for this page.
            page.navigate(base + "home");
            assertThat(page.locator("html")).hasAttribute("lang", "uk");

            Response refused = page.navigate(base + "manager");
            assertEquals(403, refused.status());
            assertThat(page.getByTestId("error-page")).isVisible();

            page.navigate(base + "home");
            page.getByTestId("sign-out").click();
            // Keycloak returns to the landing page (with the logout's state parameter).
            page.waitForURL(url -> url.equals(base.toString()) || url.startsWith(base + "?"));
            assertThat(page.getByTestId("landing-sign-in")).isVisible();

            // Signed out for real: the home page asks Keycloak again.
            page.navigate(base + "home");
            assertThat(page.locator("#kc-login")).isVisible();
        }
    }

    @Test
    void courseManagerReachesTheManagerAreaFromTheNavigation() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "manager");
            signIn(page, "marta.keller");

            assertThat(page.getByTestId("manager-title")).isVisible();
            assertThat(page.getByTestId("coverage").locator("tbody tr")).hasCount(7);
            assertThat(page.locator("nav a[href='/manager']")).isVisible();
            screenshot(page, "manager-en");
        }
    }

    @Test
    void readerPicksAnotherEmpactCycleWithoutReloadingThePage() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "home");
            signIn(page, "ion.rusu");

            page.evaluate("window.__marker = 'same page'");
            page.getByLabel("EMPACT cycle").selectOption("2022-2025");
            page.locator("#empact button[type=submit]").click();
            assertThat(page.locator("#empact li[data-code='empact-2022-fraudulent-documents']"))
                    .isVisible();
            assertTrue("same page".equals(page.evaluate("window.__marker")), "htmx swapped the list in place");
        }
    }

    @Test
    void traineeBrowsesTheCatalogueAndReadsALessonInEnglishAndRussian() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "catalogue");
            signIn(page, "aylin.mammadova");

            assertThat(page.locator("[data-testid=curricula] > li[data-code=thb-curriculum]"))
                    .isVisible();
            assertThat(page.locator("[data-testid=curricula] > li[data-code=drugs-curriculum]"))
                    .isVisible();
            page.getByLabel("Crime priority").selectOption("trafficking-in-human-beings");
            page.getByTestId("apply-filters").click();
            // Named curricula, not a count: other tests add curricula of their own to the shared database.
            assertThat(page.locator("[data-testid=curricula] > li[data-code=drugs-curriculum]"))
                    .hasCount(0);
            assertThat(page.locator("[data-testid=curricula] > li[data-code=thb-curriculum]"))
                    .isVisible();

            page.locator("li[data-code=thb-curriculum] h3 a").click();
            assertThat(page.getByTestId("curriculum-title")).isVisible();
            page.locator("a[href='/modules/thb-ilp']").first().click();
            assertThat(page.getByTestId("lessons").locator("li")).hasCount(5);
            page.getByTestId("lessons").locator("li a").first().click();
            assertThat(page.getByTestId("lesson").locator("h2").first()).isVisible();
            String english = page.getByTestId("lesson").locator("h1").textContent();
            screenshot(page, "lesson-en");

            page.getByLabel("Language").selectOption("ru");
            page.locator("form.language-switcher button[type=submit]").click();
            assertThat(page.locator("html")).hasAttribute("lang", "ru");
            assertThat(page.getByTestId("fallback")).hasCount(0);
            String russian = page.getByTestId("lesson").locator("h1").textContent();
            assertTrue(!russian.equals(english) && russian.matches(".*[А-Яа-я].*"), "Russian title: " + russian);
            screenshot(page, "lesson-ru");

            page.navigate(base + "catalogue");
            assertThat(page.locator("h1")).containsText("Каталог");
        }
    }

    private static void screenshot(Page page, String name) {
        Pages.screenshot(page, name);
    }

    private static void signIn(Page page, String username) {
        Pages.signIn(page, username);
    }
}
