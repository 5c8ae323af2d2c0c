package eu.topcop.learn.browser;

import java.net.URL;
import java.time.LocalDate;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.trainers.TrainerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A certified trainer plans a multiplication course, the coordinator approves it, the trainer registers
 * participants, records the delivery and sends the report, and the coordinator validates it and sees the
 * cascade grow. In a real Chromium, with real sign-ins.
 */
@QuarkusTest
class TrainerBrowserTest {

    private static final String TRAINER = "levan.gelashvili";
    private static final String COORDINATOR = "giorgi.kapanadze";

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    TrainerFixture trainers;

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
    void trainerRunsAMultiplicationCourseAndTheCoordinatorSeesTheCascadeGrow() {
        try (BrowserContext trainerContext = browser.newContext();
                BrowserContext coordinatorContext = browser.newContext()) {
            Page trainer = trainerContext.newPage();
            trainer.navigate(base + "trainers");
            Pages.signIn(trainer, TRAINER);
            certify(TRAINER);

            Page coordinator = coordinatorContext.newPage();
            coordinator.navigate(base + "trainers/cascade");
            Pages.signIn(coordinator, COORDINATOR);
            long reachedBefore = Long.parseLong(
                    coordinator.getByTestId("officers-reached").textContent().strip());

            // The trainer plans the course; a mistake first (no place), then the fix.
            trainer.navigate(base + "trainers/multiplication-courses/new");
            trainer.locator("#startsOn").fill(LocalDate.now().plusDays(10).toString());
            trainer.locator("#endsOn").fill(LocalDate.now().plusDays(11).toString());
            trainer.locator("#language").selectOption("ka");
            trainer.locator("#expectedParticipants").fill("12");
            trainer.locator("#material").fill("The regional case study adapted to the Criminal Code of Georgia.");
            trainer.locator("#place").fill(" ");
            trainer.getByTestId("submit-plan").click();
            assertThat(trainer.getByTestId("errors").locator("[data-field=place]"))
                    .isVisible();
            trainer.locator("#place").fill("Police Academy, Kutaisi");
            trainer.getByTestId("submit-plan").click();
            assertThat(trainer.getByTestId("status")).hasAttribute("data-status", "PLANNED");
            String course = trainer.url().replaceAll(".*/multiplication-courses/([^?]+).*", "$1");

            coordinator.navigate(base + "trainers/multiplication-courses/" + course);
            coordinator.getByTestId("approve").click();
            assertThat(coordinator.getByTestId("status")).hasAttribute("data-status", "APPROVED");

            trainer.reload();
            register(trainer, "Tamar Lomidze", "Patrol Police");
            register(trainer, "Irakli Beridze", "Border Police");
            register(trainer, "Nana Kapanadze", "Criminal Police");
            assertThat(trainer.getByTestId("participants").locator("tbody tr")).hasCount(3);

            // The course days come and go.
            trainers.held(course);
            trainer.reload();
            trainer.locator("tr:has-text('Tamar Lomidze') input[name=attended]").check();
            trainer.locator("tr:has-text('Irakli Beridze') input[name=attended]")
                    .check();
            trainer.locator("#materialUsed").fill("Case study, slides, the online module as preparation.");
            trainer.locator("#evaluationSummary").fill("Practical and useful; more on financial investigation.");
            // Everyone was recorded by name, so nobody can be asked: the trainer gives their own estimate.
            assertThat(trainer.locator("#evaluationScore-hint")).isVisible();
            assertThat(trainer.getByTestId("score-from-answers")).hasCount(0);
            trainer.locator("#evaluationScore").fill("4.6");
            trainer.getByTestId("save-delivery").click();
            assertThat(trainer.getByTestId("done")).isVisible();
            trainer.locator("#report").fill("Delivered in Kutaisi to three services; two of three attended.");
            trainer.getByTestId("send-report").click();
            assertThat(trainer.getByTestId("status")).hasAttribute("data-status", "REPORTED");
            assertThat(trainer.getByTestId("typed-score")).hasText("4.60/5");
            Pages.screenshot(trainer, "multiplication-course-reported");

            coordinator.navigate(base + "trainers/multiplication-courses/" + course);
            coordinator.getByTestId("validate").click();
            assertThat(coordinator.getByTestId("status")).hasAttribute("data-status", "VALIDATED");
            coordinator.navigate(base + "trainers/cascade");
            long reachedAfter = Long.parseLong(
                    coordinator.getByTestId("officers-reached").textContent().strip());
            assertEquals(reachedBefore + 2, reachedAfter, "the two officers who attended");
            assertThat(coordinator
                            .getByTestId("cascade-chart")
                            .locator("tr[data-country=GE]")
                            .first())
                    .isVisible();
            Pages.screenshot(coordinator, "cascade");
        }
    }

    private static void register(Page trainer, String name, String agency) {
        trainer.locator("#name").fill(name);
        trainer.locator("#agency").fill(agency);
        trainer.getByTestId("register-participant").click();
        assertThat(trainer.getByTestId("done")).isVisible();
    }

    /** Levan has signed in, so he is known; a train-the-trainer course certified him (its own test shows how). */
    private void certify(String username) {
        Person person = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("username", username).firstResult());
        trainers.certified(person, trainers.trainTheTrainer());
    }
}
