package eu.topcop.learn.browser;

import com.microsoft.playwright.Page;

/** What browser tests do on many pages: sign in on the Keycloak form, read lessons, keep a screenshot. */
final class Pages {

    private Pages() {}

    static void signIn(Page page, String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith("http://localhost"));
    }

    /**
     * Reads lessons {@code from} to the last of a module of {@code lessons}, each click waiting for the page it
     * leads to: clicked again before that page came, the button of the page being left posts its lesson twice and
     * the next lesson stays unread (the likely cause of a quiz taken too early, seen once in CI).
     */
    static void readLessons(Page page, String module, int from, int lessons) {
        for (int n = from; n <= lessons; n++) {
            String next =
                    n < lessons ? "/learning/modules/" + module + "/lessons/" + (n + 1) : "/learning?done=" + module;
            page.getByTestId("lesson-read").click();
            page.waitForURL(url -> url.endsWith(next));
        }
    }

    /** Kept in target/screenshots for a person to look at what the browser saw. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
