package eu.topcop.learn.browser;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.Survey;
import eu.topcop.learn.insight.evaluation.SurveyFixture;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A participant answers the reaction survey of a training that has just ended, from their list of surveys, and
 * its course manager watches the response rate on the results page. In a real Chromium, with real sign-ins.
 */
@QuarkusTest
class EvaluationBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    SurveyFixture fixture;

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
    void participantAnswersTheReactionSurveyAndTheManagerSeesTheResponseRate() {
        Person nino = fixture.signedIn(Tokens.TRAINEE);
        Survey survey = fixture.surveyOf(fixture.ended(List.of(nino)));
        long invitation = fixture.invitationOf(survey, nino).id;

        try (BrowserContext context = browser.newContext();
                BrowserContext managerContext = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "evaluation");
            Pages.signIn(page, Tokens.TRAINEE);
            page.locator("a[href='/evaluation/invitations/" + invitation + "']").click();
            assertThat(page.getByTestId("privacy")).isVisible();
            Locator questions = page.locator("fieldset.question");
            for (int i = 0; i < questions.count(); i++) {
                Locator question = questions.nth(i);
                Locator radios = question.locator("input[type=radio]");
                if (radios.count() > 0) {
                    radios.nth(radios.count() - 2).check();
                } else if (question.locator("input[type=checkbox]").count() > 0) {
                    question.locator("input[type=checkbox]").first().check();
                } else {
                    question.locator("textarea").fill("The practical exercise on controlled deliveries.");
                }
            }
            Pages.screenshot(page, "evaluation-survey");
            page.getByTestId("send").click();
            assertThat(page.getByTestId("answered")).isVisible();
            assertThat(page.locator("tr[data-state=answered]")).hasCount(1);

            Page manager = managerContext.newPage();
            manager.navigate(base + "evaluation/surveys/" + survey.id);
            Pages.signIn(manager, "fixture.manager".equals(survey.organiser) ? Tokens.MANAGER : Tokens.MANAGER);
            assertThat(manager.getByTestId("rate")).containsText("1");
            assertThat(manager.getByTestId("no-non-respondents")).isVisible();
            Pages.screenshot(manager, "evaluation-report");
        }
    }

    @Test
    void managerComparesTheOfferingsOfACourseOnTheFourLevelsNarrowsToACountryAndDownloadsIt() {
        Person nino = fixture.signedIn(Tokens.TRAINEE);
        Offering offering = fixture.ended(List.of(nino));
        fixture.surveyOf(offering);
        String course =
                QuarkusTransaction.requiringNew().call(() -> Offering.<Offering>findById(offering.id).course.code);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "evaluation/reports");
            Pages.signIn(page, Tokens.MANAGER);
            page.locator("a[href='/evaluation/reports/courses/" + course + "']")
                    .first()
                    .click();
            assertThat(page.getByTestId("four-levels")).isVisible();
            assertThat(page.locator("tr[data-line='o" + offering.id + "']")).isVisible();
            page.locator("#country").selectOption("GE");
            page.locator("[data-testid=report-country] button").click();
            assertThat(page.getByTestId("counted-for")).containsText("Georgia");
            Pages.screenshot(page, "evaluation-four-levels");
            Download sheet =
                    page.waitForDownload(() -> page.getByTestId("export-xlsx").click());
            org.junit.jupiter.api.Assertions.assertTrue(
                    sheet.suggestedFilename().endsWith("-GE.xlsx"));

            page.locator("tr[data-line='o" + offering.id + "'] a").click();
            assertThat(page.getByTestId("offering-surveys")).isVisible();
        }
    }
}
