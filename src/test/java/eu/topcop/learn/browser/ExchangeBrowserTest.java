package eu.topcop.learn.browser;

import java.net.URL;
import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A course manager publishes an exchange offer, an officer applies, the coordinator of the officer's country
 * endorses, and the course manager matches them from the suggestions with a mentor and a learning agreement;
 * the officer sees the placement. In a real Chromium, with real sign-ins.
 */
@QuarkusTest
class ExchangeBrowserTest {

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
    void officerIsEndorsedAndMatchedWithAHostAndMentor() {
        try (BrowserContext managerContext = browser.newContext();
                BrowserContext officerContext = browser.newContext();
                BrowserContext coordinatorContext = browser.newContext()) {
            Page manager = managerContext.newPage();
            manager.navigate(base + "exchange/offers/new");
            Pages.signIn(manager, "marta.keller");
            LocalDate start = LocalDate.now().plusDays(35);
            manager.locator("#kind").selectOption("SHORT_TERM");
            manager.locator("#hostCountry").selectOption("UA");
            manager.locator("#hostAgency").fill("Cyber Police Department, Kyiv");
            manager.locator("#topic").fill("Tracing cryptocurrency in drug cases");
            manager.locator("#priority").selectOption("drug-trafficking");
            manager.locator("#places").fill("1");
            manager.locator("#startsOn").fill(start.toString());
            manager.locator("#endsOn").fill(start.plusDays(4).toString());
            manager.locator("#language").selectOption("en");
            manager.locator("#description").fill("Five days with the crypto tracing team.");
            manager.getByTestId("submit-offer").click();
            assertThat(manager.getByTestId("offer-status")).hasAttribute("data-status", "OPEN");
            String offer = manager.url();

            Page officer = officerContext.newPage();
            officer.navigate(offer);
            Pages.signIn(officer, "nino.beridze");
            officer.locator("#agency").fill("Criminal Police Department, Tbilisi");
            officer.locator("input[name=languages][value=en]").check();
            officer.locator("#motivation").fill("Our drug cases move to cryptocurrency; I will train my unit.");
            officer.getByTestId("submit-application").click();
            assertThat(officer.getByTestId("application-status")).hasAttribute("data-status", "SUBMITTED");
            String application = officer.url().replaceAll("\\?.*", "");

            Page coordinator = coordinatorContext.newPage();
            coordinator.navigate(application);
            Pages.signIn(coordinator, "giorgi.kapanadze");
            coordinator.getByTestId("endorse").click();
            assertThat(coordinator.getByTestId("application-status")).hasAttribute("data-status", "ENDORSED");

            manager.navigate(base + "exchange/suggestions");
            String id = application.substring(application.lastIndexOf('/') + 1);
            manager.locator("tr[data-application='" + id + "'] [data-testid=match-suggestion]")
                    .first()
                    .click();
            manager.locator("#mentor").fill("Oleksandr Bondar");
            manager.locator("#mentorEmail").fill("o.bondar@cyberpolice.example");
            manager.locator("#learningAgreement").fill("Trace three wallets from a live case; brief the Tbilisi unit.");
            manager.getByTestId("match").click();
            assertThat(manager.getByTestId("application-status")).hasAttribute("data-status", "MATCHED");

            officer.navigate(application);
            assertThat(officer.getByTestId("mentor")).containsText("Oleksandr Bondar");
            Pages.screenshot(officer, "exchange-matched");
        }
    }
}
