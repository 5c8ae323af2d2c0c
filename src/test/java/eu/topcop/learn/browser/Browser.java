package eu.topcop.learn.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The system's headless Chromium (Debian package {@code chromium}, installed by .ci/run), driven by
 * Playwright for Java. Playwright never downloads a browser here: the closed network would refuse it.
 */
final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    static Browser launch() {
        Path executable = Path.of(System.getProperty("lms.test.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable
                    + ": install Debian's chromium package (.ci/run does) or set -Dlms.test.chromium=PATH");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        return new Browser(playwright, chromium);
    }

    /**
     * A fresh browser profile: no cookies, no session, English as the browser's language. Every page it opens is
     * checked by axe-core ({@link AxeCheck}); closing it fails on any violation.
     */
    BrowserContext newContext() {
        return checked(chromium.newContext(new NewContextOptions().setLocale("en-GB")));
    }

    /**
     * A fresh browser profile that starts with the cookies (the session) another one saved with {@code
     * storageState()}: signed in, but with an empty cache.
     */
    BrowserContext newContext(String storageState) {
        return checked(
                chromium.newContext(new NewContextOptions().setLocale("en-GB").setStorageState(storageState)));
    }

    private static BrowserContext checked(BrowserContext context) {
        context.setDefaultTimeout(30_000);
        // A renderer that dies shows in the test only as "Target page, context or browser has been closed": the
        // log names the page it died on.
        context.onPage(
                page -> page.onCrash(crashed -> System.err.println("Chromium's renderer crashed on " + crashed.url())));
        return AxeCheck.attachTo(context);
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
