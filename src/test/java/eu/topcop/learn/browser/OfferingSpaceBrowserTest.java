package eu.topcop.learn.browser;

import java.net.URL;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.networks.discussions.DiscussionFixture;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An approved participant goes from the offering's page to its discussion space and starts a thread there. In a real
 * Chromium, with a real sign-in; the offering and the approval are made by the fixture.
 */
@QuarkusTest
class OfferingSpaceBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    EnrolmentFixture enrolment;

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
    void participantOpensTheOfferingsDiscussionFromItsPageAndStartsAThread() {
        Offering offering = enrolment.offering(5);
        enrolment.approved(offering, people.signedIn(Tokens.TRAINEE), enrolment.manager());
        try (BrowserContext context = browser.newContext()) {
            Page nino = context.newPage();
            nino.navigate(base + "catalogue/offerings/" + offering.code);
            Pages.signIn(nino, Tokens.TRAINEE);
            nino.getByTestId("offering-discussion").locator("button").click();
            assertThat(nino.getByTestId("offering-dates")).isVisible();
            assertThat(nino.getByTestId("no-threads")).isVisible();
            nino.locator("#title").fill("Arriving in Tbilisi");
            nino.locator("#body").fill("Shall we share a taxi from the **airport**?");
            nino.locator("#language").selectOption("en");
            nino.getByTestId("post-thread").click();
            assertThat(nino.getByTestId("thread-title")).hasText("Arriving in Tbilisi");
            assertThat(nino.getByTestId("offering-dates")).isVisible();
        }
    }
}
