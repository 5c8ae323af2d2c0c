package eu.topcop.learn.browser;

import java.net.URL;
import java.nio.file.Files;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import eu.topcop.learn.insight.dashboard.DashboardData;
import eu.topcop.learn.insight.dashboard.DashboardFacts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course manager opens the dashboard, follows a figure down to one country and crime priority, and downloads
 * that table as CSV with the progress shown. In a real Chromium, with a real sign-in.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final String MANAGER = "marta.keller";

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DashboardData data;

    @Inject
    DashboardFacts facts;

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
    void managerFollowsAFigureDownAndDownloadsItsTable() throws Exception {
        data.seed("NL", 2022);
        facts.refresh().orElseThrow();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "insight/dashboard?year=2022");
            Pages.signIn(page, MANAGER);
            assertThat(page.getByTestId("chart-bars")).isVisible();
            assertThat(page.getByTestId("as-of")).isVisible();
            Pages.screenshot(page, "dashboard");

            page.locator("[data-testid=table-cells] tr[data-country=NL] [data-testid=cell-need]")
                    .click();
            page.waitForURL(url -> url.contains("country=NL") && url.contains("priority=organised-property-crime"));
            assertThat(page.getByTestId("total-need")).hasText("15");
            assertThat(page.getByTestId("total-trained")).hasText("2");

            Download download = page.waitForDownload(
                    () -> page.getByTestId("export-cells-csv").click());
            String csv = Files.readString(download.path());
            assertTrue(csv.contains("NL,"), csv);
            assertTrue(csv.contains("organised-property-crime"), csv);
            assertThat(page.getByTestId("export-status")).containsText("KB");
        }
    }
}
