package eu.topcop.learn.browser;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.results.ResultFixture;
import eu.topcop.learn.insight.results.ResultKind;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Georgia's coordinator records a Joint Action Day of one of their officers, chosen by name: a first try with the
 * date left out is refused with the input kept, then the result is validated at once, listed, and counted in the
 * figures. In a real Chromium, with a real sign-in.
 */
@QuarkusTest
class ResultsBrowserTest {

    private static final String COORDINATOR = "giorgi.kapanadze";

    private static final String PRIORITY = "organised-property-crime";

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    ResultFixture results;

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
    void coordinatorRecordsAJointActionDayAndSeesItListedAndCounted() {
        // Five Georgian officers with arrests already on record, so that the cell has officers enough to show.
        List<Person> officers = results.officers(5, "GE");
        results.record(
                results.manager(),
                ResultKind.ARRESTS,
                LocalDate.now().minusDays(30),
                PRIORITY,
                officers,
                2,
                null,
                false);
        Person chosen = officers.get(2);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "insight/results/figures?priority=" + PRIORITY);
            Pages.signIn(page, COORDINATOR);
            long before = Long.parseLong(jadCount(page).textContent().strip());

            page.navigate(base + "insight/results");
            page.getByTestId("record-link").click();
            page.getByTestId("kind").selectOption("JOINT_ACTION_DAY");
            page.getByTestId("priority").selectOption(PRIORITY);
            page.getByTestId("description").fill("Joint Action Day on stolen vehicles at the Sarpi crossing");
            page.getByTestId("evidence").fill("MIA-GE/JAD/2026-077");
            page.getByTestId("officers").selectOption(new SelectOption().setLabel(chosen.name));
            // The date is left out (its "required" lifted, as a browser without it would send it): refused, kept.
            page.getByTestId("date").evaluate("e => e.removeAttribute('required')");
            page.getByTestId("save").click();
            assertThat(page.getByTestId("errors").locator("[data-field=date]")).isVisible();
            assertThat(page.getByTestId("evidence")).hasValue("MIA-GE/JAD/2026-077");
            assertThat(page.locator("#officers option[value='" + chosen.id + "']"))
                    .hasJSProperty("selected", true);

            page.getByTestId("date").fill(LocalDate.now().minusDays(2).toString());
            page.getByTestId("save").click();
            assertThat(page.getByTestId("done")).isVisible();
            assertThat(page.getByTestId("result-status")).hasAttribute("data-status", "VALIDATED");
            assertThat(page.getByTestId("result-officers")).hasText(chosen.name);
            assertThat(page.getByTestId("history").locator("tbody tr")).hasCount(2);
            Pages.screenshot(page, "results-recorded");

            page.navigate(base + "insight/results?priority=" + PRIORITY + "&kind=JOINT_ACTION_DAY");
            assertThat(page.getByTestId("results")
                            .locator("tbody tr")
                            .filter(new Locator.FilterOptions().setHasText(chosen.name)))
                    .hasCount(1);

            page.navigate(base + "insight/results/figures?priority=" + PRIORITY);
            assertThat(page.getByTestId("chart-share").or(page.getByTestId("share-none")))
                    .isVisible();
            assertEquals(before + 1, Long.parseLong(jadCount(page).textContent().strip()));
            Pages.screenshot(page, "results-figures");
        }
    }

    private static Locator jadCount(Page page) {
        return page.locator("[data-testid=table-results] tr[data-country=GE][data-priority=" + PRIORITY
                + "] td[data-kind=JOINT_ACTION_DAY]");
    }
}
