package eu.topcop.learn.browser;

import java.net.URL;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import eu.topcop.learn.insight.evaluation.SurveyFixture;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A national coordinator asks to join an expert network from the list of networks, and its moderator admits them
 * from the network's page; the coordinator then sees its members. In a real Chromium, with real sign-ins.
 */
@QuarkusTest
class NetworkBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    NetworkFixture networks;

    @Inject
    SurveyFixture people;

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
    void coordinatorAsksToJoinAndTheModeratorAdmitsThem() {
        Network network = networks.network();
        networks.moderator(network, people.signedIn(Tokens.MANAGER));
        people.signedIn(Tokens.COORDINATOR);

        try (BrowserContext coordinatorContext = browser.newContext();
                BrowserContext moderatorContext = browser.newContext()) {
            Page coordinator = coordinatorContext.newPage();
            coordinator.navigate(base + "networks");
            Pages.signIn(coordinator, Tokens.COORDINATOR);
            coordinator.locator("a[href='/networks/" + network.code + "']").click();
            assertThat(coordinator.getByTestId("members-only")).isVisible();
            coordinator.locator("#reason").fill("Our unit leads the national cases on synthetic drugs.");
            coordinator.getByTestId("join-button").click();
            assertThat(coordinator.getByTestId("done")).isVisible();
            assertThat(coordinator.getByTestId("leave")).isVisible();
            Pages.screenshot(coordinator, "network-requested");

            Page moderator = moderatorContext.newPage();
            moderator.navigate(base + "networks/" + network.code);
            Pages.signIn(moderator, Tokens.MANAGER);
            assertThat(moderator.getByTestId("waiting")).containsText("synthetic drugs");
            moderator.getByTestId("approve").first().click();
            assertThat(moderator.getByTestId("done")).isVisible();
            assertThat(moderator.getByTestId("members")).containsText("Giorgi");
            Pages.screenshot(moderator, "network-moderator");

            coordinator.reload();
            assertThat(coordinator.getByTestId("members")).isVisible();
            assertThat(coordinator.getByTestId("space-links")).isVisible();
        }
    }
}
