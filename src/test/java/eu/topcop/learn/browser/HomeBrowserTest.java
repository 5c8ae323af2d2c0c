package eu.topcop.learn.browser;

import java.net.URL;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationService;
import eu.topcop.learn.trainers.TrainerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainee, a course manager, a coordinator and a trainer each open their home page, follow its first next step
 * to the page where it is done, and come back home: in a real Chromium, signed in through Keycloak.
 */
@QuarkusTest
class HomeBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    TrainerFixture trainers;

    @Inject
    MultiplicationService multiplication;

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
    void traineeFollowsTheirNextStepAndComesBackHome() {
        walk(Tokens.TRAINEE, "home-trainee");
    }

    @Test
    void managerOpensTheQueueOfAnOfferingWithDecisionsPendingAndComesBackHome() {
        Offering offering = fixture.offering(5, Tokens.MANAGER);
        fixture.decidable(offering, fixture.person("MD"));
        String target = walk(Tokens.MANAGER, "home-manager");
        assertTrue(target.contains("/enrolment/queue?offering="), "the step leads to the queue: " + target);
    }

    @Test
    void coordinatorOpensAnApplicationToEndorseAndComesBackHome() {
        fixture.apply(fixture.offering(5), fixture.person("GE"));
        String target = walk(Tokens.COORDINATOR, "home-coordinator");
        assertTrue(target.contains("/enrolment/applications/"), "the step leads to an application: " + target);
    }

    @Test
    void trainerOpensAMultiplicationCourseToReportAndComesBackHome() {
        String target = walk(Tokens.TRAINER, "home-trainer", this::heldACourseToReport);
        assertTrue(target.contains("/trainers/multiplication-courses/"), "the step leads to the course: " + target);
    }

    /** Armen is known once he has signed in: certified, he ran a multiplication course last week, not reported. */
    private void heldACourseToReport() {
        Person armen = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("username", Tokens.TRAINER).firstResult());
        trainers.certified(armen, trainers.trainTheTrainer());
        String code = multiplication.plan(armen, TrainerFixture.plan()).code;
        multiplication.decide(code, fixture.coordinator("AM"), "AM", new Decision(true, null));
        trainers.held(code);
    }

    private String walk(String username, String section) {
        return walk(username, section, () -> {});
    }

    /**
     * Signs in at home, makes the rows that need the person known, checks the role's section, follows its first next
     * step, and goes back; returns the step's address.
     */
    private String walk(String username, String section, Runnable afterSignIn) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "home");
            Pages.signIn(page, username);
            afterSignIn.run();
            page.reload();
            assertThat(page.getByTestId("home-title")).isVisible();
            assertThat(page.getByTestId(section)).isVisible();
            Locator step = page.getByTestId(section).getByTestId("next-step").first();
            String href = step.getAttribute("href");
            step.click();
            page.waitForURL(url -> url.contains(href));
            assertThat(page.locator("h1")).isVisible();
            assertFalse(page.getByTestId("error-page").isVisible(), "the next step opens: " + href);
            Pages.screenshot(page, "home-step-" + username);
            page.goBack();
            page.waitForURL(url -> url.endsWith("/home"));
            assertThat(page.getByTestId(section)).isVisible();
            return href;
        }
    }
}
