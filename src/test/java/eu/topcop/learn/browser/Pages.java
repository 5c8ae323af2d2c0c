package eu.topcop.learn.browser;

import com.microsoft.playwright.Page;

/** What browser tests do on many pages: sign in on the Keycloak form, keep a screenshot. */
final class Pages {

    private Pages() {}

    static void signIn(Page page, String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith("http://localhost"));
    }

    /** Kept in target/screenshots for a person to look at what the browser saw. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
