package eu.topcop.learn.browser;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page-weight budget of issue 16: a trainee's first lesson visit (cache cold: page, stylesheet, htmx,
 * favicon) costs at most 40 kB over the wire, the next lesson (cache warm) at most 12 kB. Bytes are what
 * Chromium received, headers included ({@code Network.loadingFinished.encodedDataLength}); the Keycloak sign-in
 * happens in another profile and is not counted. How soon the lesson is readable on slow 3G is measured and
 * written to target/page-weight.md, never asserted: speed targets are measured, not tested.
 */
@QuarkusTest
class PageWeightBrowserTest {

    private static final String MODULE = "smuggling-ilp";
    private static final int FIRST_VISIT_BUDGET = 40_000;
    private static final int NEXT_LESSON_BUDGET = 12_000;

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
    void shouldKeepATraineesLessonVisitsWithinTheirByteBudgets() throws IOException {
        String session = signedInWithModuleStarted();
        StringBuilder report = new StringBuilder("# Page weight, " + LocalDate.now() + "\n\n");

        try (BrowserContext context = browser.newContext(session)) {
            Page page = context.newPage();
            Wire wire = Wire.watch(context, page);
            openLesson(page, 1);
            Map<String, Integer> first = wire.take();
            openLesson(page, 2);
            Map<String, Integer> next = wire.take();
            report.append(table("First lesson visit (cache cold)", first))
                    .append(table("Next lesson (cache warm)", next));
            int firstTotal = total(first);
            int nextTotal = total(next);
            assertTrue(firstTotal <= FIRST_VISIT_BUDGET, "First lesson visit " + firstTotal + " bytes: " + first);
            assertTrue(nextTotal <= NEXT_LESSON_BUDGET, "Next lesson " + nextTotal + " bytes: " + next);
        }

        try (BrowserContext context = browser.newContext(session)) {
            Page page = context.newPage();
            Wire.watch(context, page).slow3g();
            long first = readableAfter(page, 1);
            long next = readableAfter(page, 2);
            report.append("## Slow 3G (400 ms RTT, 400 kbit/s both ways)\n\n")
                    .append("| visit | lesson text painted (first contentful paint) |\n|---|---|\n")
                    .append("| first lesson, cache cold | ")
                    .append(first)
                    .append(" ms |\n")
                    .append("| next lesson, cache warm | ")
                    .append(next)
                    .append(" ms |\n");
        }

        Path file = Path.of("target", "page-weight.md");
        Files.writeString(file, report);
        System.out.println(report);
    }

    /** Signs in on the Keycloak form in a profile of its own and starts the module; returns the session. */
    private String signedInWithModuleStarted() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "modules/" + MODULE);
            Pages.signIn(page, Tokens.TRAINEE);
            page.getByTestId("start-module").click();
            page.waitForURL(url -> url.contains("/learning/modules/" + MODULE + "/"));
            return context.storageState();
        }
    }

    private void openLesson(Page page, int n) {
        page.navigate(base + "learning/modules/" + MODULE + "/lessons/" + n);
        assertThat(page.getByTestId("lesson")).isVisible();
        // htmx and the favicon come after the page; wait until nothing more is on its way.
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Milliseconds from the start of navigation until the browser first painted the page's text. */
    private long readableAfter(Page page, int n) {
        openLesson(page, n);
        Object paint = page.evaluate("() => performance.getEntriesByName('first-contentful-paint')[0].startTime");
        return Math.round(((Number) paint).doubleValue());
    }

    private static int total(Map<String, Integer> bytes) {
        return bytes.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String table(String title, Map<String, Integer> bytes) {
        StringBuilder table = new StringBuilder("## " + title + ": " + total(bytes) + " bytes\n\n");
        table.append("| address | bytes over the wire |\n|---|---|\n");
        bytes.forEach((url, size) -> table.append("| ")
                .append(url)
                .append(" | ")
                .append(size == 0 ? "0 (from the browser's cache)" : String.valueOf(size))
                .append(" |\n"));
        return table.append('\n').toString();
    }

    /** What Chromium received per address, through the DevTools protocol. */
    private static final class Wire {

        private final CDPSession cdp;
        private final Map<String, String> urls = new LinkedHashMap<>();
        private final Map<String, Integer> received = new LinkedHashMap<>();

        private Wire(CDPSession cdp) {
            this.cdp = cdp;
        }

        static Wire watch(BrowserContext context, Page page) {
            Wire wire = new Wire(context.newCDPSession(page));
            wire.cdp.send("Network.enable");
            wire.cdp.on(
                    "Network.requestWillBeSent",
                    event -> wire.urls.put(
                            event.get("requestId").getAsString(),
                            event.getAsJsonObject("request").get("url").getAsString()));
            wire.cdp.on("Network.loadingFinished", event -> wire.finished(event));
            return wire;
        }

        private void finished(JsonObject event) {
            String url =
                    urls.getOrDefault(event.get("requestId").getAsString(), "?").replaceFirst("^https?://[^/]+", "");
            received.merge(url, (int) event.get("encodedDataLength").getAsDouble(), Integer::sum);
        }

        Map<String, Integer> take() {
            Map<String, Integer> taken = new LinkedHashMap<>(received);
            received.clear();
            return taken;
        }

        void slow3g() {
            JsonObject conditions = new JsonObject();
            conditions.addProperty("offline", false);
            conditions.addProperty("latency", 400);
            conditions.addProperty("downloadThroughput", 50_000);
            conditions.addProperty("uploadThroughput", 50_000);
            cdp.send("Network.emulateNetworkConditions", conditions);
        }
    }
}
