package eu.topcop.learn.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import eu.topcop.learn.insight.TestRounds;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course manager imports an OTNA round's answers from XLSX (a broken file first: every problem named, nothing
 * taken), consolidates them into capability gaps, decides on a gap (a change without a reason is refused with the
 * input kept), exports the gaps, and reads the coverage; a national coordinator sees their own country's gaps only.
 * In a real Chromium, with real sign-ins.
 */
@QuarkusTest
class InsightBrowserTest {

    private static final String MANAGER = "marta.keller";
    private static final String COORDINATOR = "giorgi.kapanadze";
    private static final List<String> HEADER = List.of(
            "country",
            "agency",
            "respondent",
            "capability",
            "target_group",
            "relevance",
            "urgency",
            "officers_awareness",
            "officers_expert");

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
    void managerImportsARoundDecidesAGapAndTheCoordinatorSeesOnlyTheirCountry() throws IOException {
        String round = "browser-otna-" + System.nanoTime() % 1_000_000_000L;
        TestRounds.define(TestRounds.definition(
                round,
                List.of("drug-trafficking"),
                List.of("GE", "UA"),
                List.of(TestRounds.capability("BR-1", "drug-trafficking"))));

        try (BrowserContext managerContext = browser.newContext();
                BrowserContext coordinatorContext = browser.newContext()) {
            Page manager = managerContext.newPage();
            manager.navigate(base + "insight/rounds");
            Pages.signIn(manager, MANAGER);
            manager.locator("tr[data-code=" + round + "] a").click();
            assertThat(manager.getByTestId("round-status")).hasText("Collecting answers");

            // A broken file: an unknown capability in row 3, a relevance of 9 in row 4. Nothing is taken.
            upload(
                    manager,
                    "needs-broken.xlsx",
                    xlsx(List.of(
                            List.of("GE", "Patrol Police", "R-1", "BR-1", "investigators", 4, "high", 6, 2),
                            List.of("GE", "Patrol Police", "R-2", "XX-9", "investigators", 4, "high", 6, 2),
                            List.of("UA", "National Police", "R-3", "BR-1", "analysts", 9, "low", 3, 0))));
            assertThat(manager.getByTestId("import-result")).hasAttribute("data-status", "REFUSED");
            List<String> problems =
                    manager.getByTestId("import-problems").locator("li").allTextContents();
            assertEquals(2, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("needs-broken.xlsx:3:D"), problems.toString());
            assertTrue(problems.get(1).startsWith("needs-broken.xlsx:4:F"), problems.toString());
            Pages.screenshot(manager, "otna-import-refused");

            upload(
                    manager,
                    "needs.xlsx",
                    xlsx(List.of(
                            List.of("GE", "Patrol Police", "R-1", "BR-1", "investigators", 4, "high", 6, 2),
                            List.of("GE", "Criminal Police", "R-2", "BR-1", "investigators", 5, "high", 10, 4),
                            List.of("UA", "National Police", "R-3", "BR-1", "analysts", 3, "low", 3, 0))));
            assertThat(manager.getByTestId("import-result")).hasAttribute("data-status", "IMPORTED");

            manager.reload();
            manager.getByTestId("consolidate").click();
            assertThat(manager.getByTestId("done")).isVisible();
            assertThat(manager.getByTestId("round-status")).hasText("Consolidated");

            // Two gaps: Georgia's investigators (two agencies, summed: 6 + 10 awareness, 2 + 4 expert, 22 in all)
            // and Ukraine's analysts.
            manager.getByTestId("gaps-link").click();
            assertThat(manager.getByTestId("gaps").locator("tbody tr")).hasCount(2);
            manager.locator("#country").selectOption("GE");
            manager.locator("[data-testid=gap-filters] button").click();
            assertThat(manager.getByTestId("gaps").locator("tbody tr")).hasCount(1);
            manager.getByTestId("gaps").locator("tbody tr th a").click();
            assertThat(manager.getByTestId("gap-total")).hasText("22");

            // A change without a reason is refused; what was typed stays.
            manager.locator("input[name=action][value=CHANGE]").check();
            manager.locator("#officers-awareness").fill("12");
            manager.getByTestId("decide").click();
            assertThat(manager.getByTestId("errors").locator("[data-field=reason]"))
                    .isVisible();
            assertThat(manager.locator("#officers-awareness")).hasValue("12");
            assertThat(manager.locator("input[name=action][value=CHANGE]")).isChecked();
            manager.locator("#reason").fill("Two agencies counted the same unit; the academy confirmed 12.");
            manager.getByTestId("decide").click();
            assertThat(manager.getByTestId("done")).isVisible();
            assertThat(manager.getByTestId("gap-total")).hasText("18");
            assertThat(manager.getByTestId("gap-status")).hasText("Validated");
            assertThat(manager.getByTestId("history").locator("tbody tr")).hasCount(1);
            Pages.screenshot(manager, "otna-gap-decided");

            // The export is the table: parsed back, the changed figure is in it.
            manager.navigate(base + "insight/rounds/" + round + "/gaps");
            Download download = manager.waitForDownload(
                    () -> manager.getByTestId("export-csv").click());
            String csv =
                    Files.readString(download.path(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            List<CSVRecord> rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .build()
                    .parse(new StringReader(csv))
                    .getRecords();
            assertEquals(2, rows.size());
            CSVRecord georgia = rows.stream()
                    .filter(r -> r.get("country").equals("GE"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("12", georgia.get("officers_awareness"));
            assertEquals("VALIDATED", georgia.get("status"));

            manager.navigate(base + "insight/rounds/" + round + "/coverage");
            assertThat(manager.getByTestId("without-course").locator("li")).hasCount(2);

            // The course manager maps a course to the capability at the expert level: both gaps are now served,
            // and the course lists them; a mapping without a reason is refused first, with the input kept.
            manager.navigate(base + "insight/mappings");
            manager.locator("#course").selectOption("drugs-independent-learning");
            manager.locator("#capability").fill("BR-1");
            manager.locator("#level").fill("expert");
            manager.locator("#reason").evaluate("e => e.removeAttribute('required')");
            manager.getByTestId("add-mapping").click();
            assertThat(manager.getByTestId("errors").locator("[data-field=reason]"))
                    .isVisible();
            assertThat(manager.locator("#capability")).hasValue("BR-1");
            manager.locator("#reason").fill("Its financial investigation unit trains this capability.");
            manager.getByTestId("add-mapping").click();
            assertThat(manager.getByTestId("done")).isVisible();
            assertThat(manager.locator("[data-testid=mappings] tr[data-source=MANAGER]"))
                    .hasCount(1);
            manager.navigate(base + "insight/rounds/" + round + "/coverage");
            assertThat(manager.getByTestId("coverage").locator("tbody tr")).hasCount(2);
            assertThat(manager.getByTestId("coverage")
                            .locator("tr[data-id] li[data-level=expert]")
                            .first())
                    .isVisible();
            manager.getByTestId("coverage")
                    .locator("tbody tr")
                    .first()
                    .locator("td a")
                    .first()
                    .click();
            assertThat(manager.getByTestId("served-gaps").locator("tr[data-id]"))
                    .not()
                    .hasCount(0);
            Pages.screenshot(manager, "otna-course-serves");
            manager.navigate(base + "insight/rounds/" + round + "/gaps/" + georgianGap(manager, round));
            assertThat(manager.getByTestId("trace-courses").locator("li")).hasCount(1);

            // The coordinator of Georgia: Georgia's gap only, and no country to choose.
            Page coordinator = coordinatorContext.newPage();
            coordinator.navigate(base + "insight/rounds/" + round + "/gaps");
            Pages.signIn(coordinator, COORDINATOR);
            assertThat(coordinator.getByTestId("gaps").locator("tbody tr")).hasCount(1);
            assertThat(coordinator.locator("#country")).hasCount(0);
            assertThat(coordinator.getByTestId("import-form")).hasCount(0);
            Pages.screenshot(coordinator, "otna-gaps-coordinator");
        }
    }

    /** The id of the round's gap of Georgia, as its row in the gaps table gives it. */
    private String georgianGap(Page page, String round) {
        page.navigate(base + "insight/rounds/" + round + "/gaps?country=GE");
        return page.getByTestId("gaps").locator("tbody tr").first().getAttribute("data-id");
    }

    private static void upload(Page page, String name, byte[] bytes) {
        page.locator("#file")
                .setInputFiles(new FilePayload(
                        name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes));
        page.waitForResponse(
                response -> response.url().endsWith("/imports"),
                () -> page.getByTestId("import-submit").click());
    }

    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("answers");
        for (int c = 0; c < HEADER.size(); c++) {
            sheet.value(0, c, HEADER.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else {
                    sheet.value(r + 1, c, v.toString());
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
