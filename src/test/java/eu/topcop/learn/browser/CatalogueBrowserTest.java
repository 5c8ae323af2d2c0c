package eu.topcop.learn.browser;

import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Course managers publish offerings, trainees find them, content authors import content: in a real Chromium. */
@QuarkusTest
class CatalogueBrowserTest {

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
    void managerPublishesAnOfferingAndATraineeFindsItInRussian() {
        String place = "Zatoka" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate start = LocalDate.now().plusDays(200);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "manager/offerings/new");
            Pages.signIn(page, "marta.keller");

            page.getByLabel("Course", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("drugs-regional-training");
            page.getByLabel("Starts on").fill(start.toString());
            page.getByLabel("Ends on").fill(start.plusDays(4).toString());
            page.getByLabel("Venue (institution and city)").fill("Training Centre " + place + ", Odesa");
            page.getByLabel("Country of the venue").selectOption("UA");
            page.getByLabel("Places").fill("30");
            page.getByLabel("Working language").selectOption("ru");
            page.getByLabel("Applications open on").fill(LocalDate.now().toString());
            // A mistake first: applications would close after the start.
            page.getByLabel("Applications close on").fill(start.plusDays(1).toString());
            page.getByTestId("save-offering").click();

            assertThat(page.getByTestId("errors")).containsText("Applications must close on or before the start date.");
            assertThat(page.getByLabel("Venue (institution and city)"))
                    .hasValue("Training Centre " + place + ", Odesa");
            Pages.screenshot(page, "offering-form-mistake");

            page.getByLabel("Applications close on").fill(start.minusDays(30).toString());
            page.getByTestId("save-offering").click();
            assertThat(page.getByTestId("offering-title")).containsText("Regional training");
            assertThat(page.getByTestId("offering-window")).containsText("Open now");
            assertThat(page.getByTestId("change-offering")).isVisible();
            Pages.screenshot(page, "offering-published");
        }

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "catalogue");
            Pages.signIn(page, "armen.petrosyan");
            page.locator("#language-select").selectOption("ru");
            page.locator("form.language-switcher button[type=submit]").click();
            assertThat(page.locator("html")).hasAttribute("lang", "ru");

            page.locator("#q").fill(place);
            page.locator("#country-filter").selectOption("UA");
            page.locator("#type-filter").selectOption("regional-training");
            page.getByTestId("apply-filters").click();

            assertThat(page.getByTestId("offerings").locator("li")).hasCount(1);
            assertThat(page.getByTestId("offerings-total")).containsText("1");
            Pages.screenshot(page, "catalogue-search-ru");
            page.getByTestId("offerings").locator("li h3 a").click();
            assertThat(page.getByTestId("offering-facts")).containsText("Украина");
            assertThat(page.getByTestId("offering-facts")).containsText("Русский");
            assertThat(page.getByTestId("change-offering")).hasCount(0);
            Pages.screenshot(page, "offering-ru");

            // The choice is remembered for the account: leave it as it was for other tests.
            page.locator("#language-select").selectOption("en");
            page.locator("form.language-switcher button[type=submit]").click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
        }
    }

    @Test
    void contentAuthorStartsAnImportAndReadsTheReport() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "content/imports");
            Pages.signIn(page, "lukas.brenner");

            page.getByTestId("start-import").click();
            page.waitForURL(url -> url.matches(".*/content/imports/\\d+$"));
            // The progress box refreshes itself (htmx) until the import has finished: a few seconds, longer on a
            // build machine running several suites at once.
            assertThat(page.locator("[data-testid=import-progress][data-status=FINISHED]"))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(60_000));
            assertThat(page.getByTestId("import-progress")
                            .locator(
                                    "tr",
                                    new com.microsoft.playwright.Locator.LocatorOptions().setHasText("drugs-ilp")))
                    .containsText("unchanged");
            Pages.screenshot(page, "import-report");

            page.navigate(base + "content/imports");
            assertThat(page.getByTestId("imports").locator("tbody tr").first()).containsText("lukas.brenner");
        }
    }
}
