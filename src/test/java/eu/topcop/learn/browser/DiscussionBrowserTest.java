package eu.topcop.learn.browser;

import java.net.URL;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.discussions.DiscussionFixture;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member opens a network's discussions and starts a thread; another member replies in Russian, quoting it; the
 * first finds the reply by a Russian word with the search box. In a real Chromium, with real sign-ins. The network
 * and its members are made by the fixture: the network pages are another part of the feature.
 */
@QuarkusTest
class DiscussionBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    NetworkFixture networks;

    @Inject
    DiscussionFixture people;

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
    void memberStartsAThreadAndAnotherRepliesInRussianQuotingIt() {
        Network network = networks.network();
        networks.member(network, people.signedIn(Tokens.TRAINEE));
        networks.member(network, people.signedIn(Tokens.TRAINEE_UA));
        String discussions = base + "networks/" + network.code + "/discussions";
        try (BrowserContext ninoContext = browser.newContext();
                BrowserContext olenaContext = browser.newContext()) {
            Page nino = ninoContext.newPage();
            nino.navigate(discussions);
            Pages.signIn(nino, Tokens.TRAINEE);
            assertThat(nino.getByTestId("no-threads")).isVisible();
            nino.locator("#title").fill("Tracing cryptocurrency in drug cases");
            nino.locator("#body").fill("Which tools do you use to trace **mixers**?");
            nino.locator("#language").selectOption("en");
            nino.getByTestId("post-thread").click();
            assertThat(nino.getByTestId("thread-title")).hasText("Tracing cryptocurrency in drug cases");
            String thread = nino.url();

            Page olena = olenaContext.newPage();
            olena.navigate(thread);
            Pages.signIn(olena, Tokens.TRAINEE_UA);
            olena.locator("[data-post] a[data-testid^=quote-]").first().click();
            assertThat(olena.getByTestId("quoting")).containsText("mixers");
            olena.locator("#body").fill("Мы используем анализ цепочек блоков.");
            olena.locator("#language").selectOption("ru");
            olena.getByTestId("post-reply").click();
            assertThat(olena.locator("[data-post][lang=ru]")).containsText("Мы используем анализ цепочек блоков.");
            assertThat(olena.locator("[data-post][lang=ru] [data-testid=quote]"))
                    .containsText("mixers");

            nino.navigate(discussions);
            assertThat(nino.getByTestId("threads")).containsText("Tracing cryptocurrency in drug cases");
            nino.navigate(thread);
            assertThat(nino.locator("[data-post][lang=ru] [data-testid=post-language]"))
                    .containsText("Русский");

            // Nino finds Olena's reply by one of its Russian words, from the search box of the discussions page.
            nino.navigate(discussions);
            nino.locator("#q").fill("цепочек");
            nino.locator("[data-testid=search-form] button").click();
            assertThat(nino.getByTestId("hits")).containsText("Tracing cryptocurrency in drug cases");
            assertThat(nino.getByTestId("snippet")).containsText("анализ цепочек блоков");
            nino.locator("[data-testid=hits] a").first().click();
            assertThat(nino.getByTestId("thread-title")).hasText("Tracing cryptocurrency in drug cases");
        }
    }
}
