package eu.topcop.learn.browser;

import java.net.URL;
import java.util.UUID;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.library.LibraryFixture;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coordinator writes a draft guideline with its PDF in a network they belong to (a disguised file is refused first,
 * the form keeping what they typed) and submits it for review; a moderator comments and publishes it; a member finds it by a word
 * of its body. In a real Chromium, with real sign-ins.
 */
@QuarkusTest
class LibraryBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    NetworkFixture networks;

    @Inject
    LibraryFixture library;

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
    void coordinatorUploadsADraftModeratorCommentsAndPublishesItAndAMemberFindsItByAWordOfItsBody() {
        Network network = networks.network();
        networks.member(network, library.signedIn(Tokens.COORDINATOR));
        networks.moderator(network, library.signedIn(Tokens.TRAINER));
        networks.member(network, library.signedIn(Tokens.TRAINEE));
        String word =
                "interdiction" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);

        try (BrowserContext coordinatorContext = browser.newContext();
                BrowserContext moderatorContext = browser.newContext();
                BrowserContext memberContext = browser.newContext()) {
            Page coordinator = coordinatorContext.newPage();
            coordinator.navigate(base + "networks/" + network.code + "/library");
            Pages.signIn(coordinator, Tokens.COORDINATOR);
            coordinator.getByTestId("new-document").click();
            coordinator.locator("#title").fill("Controlled deliveries of firearms");
            coordinator.locator("#summary").fill("How border and customs units run a controlled delivery.");
            coordinator.locator("#body").fill("# Steps\n\nAgree the " + word + " plan with the prosecutor first.");
            coordinator.locator("#priorities").selectOption("firearms-trafficking");
            coordinator
                    .locator("#file")
                    .setInputFiles(new FilePayload("guideline.pdf", "application/pdf", LibraryFixture.png()));
            coordinator.getByTestId("save-document").click();
            assertThat(coordinator.locator("[data-testid=errors] li[data-field=file]"))
                    .isVisible();
            assertThat(coordinator.locator("#title")).hasValue("Controlled deliveries of firearms");
            Pages.screenshot(coordinator, "library-disguised-file");

            coordinator
                    .locator("#file")
                    .setInputFiles(new FilePayload("guideline.pdf", "application/pdf", LibraryFixture.pdf()));
            coordinator.getByTestId("save-document").click();
            assertThat(coordinator.getByTestId("status")).hasText(java.util.regex.Pattern.compile("Draft"));
            assertThat(coordinator.getByTestId("file")).isVisible();
            coordinator.getByTestId("submit").click();
            assertThat(coordinator.getByTestId("status")).hasText(java.util.regex.Pattern.compile("In review"));
            String document = coordinator.url().replaceAll(".*/library/documents/(\\d+).*", "$1");

            Page moderator = moderatorContext.newPage();
            moderator.navigate(base + "library/documents/" + document);
            Pages.signIn(moderator, Tokens.TRAINER);
            assertThat(moderator.getByTestId("body")).containsText(word);
            moderator.locator("#comment").fill("Name the prosecutor's office in the **first step**.");
            moderator.getByTestId("send-comment").click();
            assertThat(moderator.locator("[data-testid=comments] strong")).hasText("first step");
            Pages.screenshot(moderator, "library-review");
            moderator.getByTestId("publish").click();
            assertThat(moderator.getByTestId("status")).hasText(java.util.regex.Pattern.compile("Published"));

            Page member = memberContext.newPage();
            member.navigate(base + "library");
            Pages.signIn(member, Tokens.TRAINEE);
            member.locator("#q").fill(word);
            member.getByTestId("search").click();
            assertThat(member.locator("[data-document='" + document + "']")).isVisible();
            member.locator("[data-document='" + document + "'] a").first().click();
            assertThat(member.getByTestId("document-title")).hasText("Controlled deliveries of firearms");
            Pages.screenshot(member, "library-document");
        }
    }
}
