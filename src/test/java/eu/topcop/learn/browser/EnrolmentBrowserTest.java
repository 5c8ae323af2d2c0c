package eu.topcop.learn.browser;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.catalogue.OfferingForm;
import eu.topcop.learn.catalogue.OfferingService;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A coordinator nominates, a course manager approves in bulk, the trainee sees it; the nomination form fills in the
 * supervisor the officer named last: in a real Chromium.
 */
@QuarkusTest
class EnrolmentBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    OfferingService offerings;

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
    void coordinatorNominatesManagerApprovesInBulkTraineeSeesIt() {
        LocalDate start = LocalDate.now().plusDays(90);
        Offering offering = offerings.publish(
                new OfferingForm(
                        "thb-regional-training",
                        start,
                        start.plusDays(4),
                        false,
                        "Police Academy, Tbilisi",
                        "GE",
                        2,
                        "en",
                        LocalDate.now().minusDays(1),
                        start.minusDays(20)),
                "marta.keller",
                "Marta Keller");

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "catalogue/offerings/" + offering.code);
            Pages.signIn(page, "giorgi.kapanadze");
            page.getByTestId("enrolment-link").click();
            nominate(page, "Nino Beridze", "nino.beridze@demo.topcop.eu");
            nominate(page, "Levan Gelashvili", "levan.gelashvili." + offering.id + "@police.example");
            nominate(page, "Tamar Lomidze", "tamar.lomidze." + offering.id + "@police.example");
            assertThat(page.getByTestId("quota-use")).containsText("3");
            // Armen's account is Armenian: Giorgi cannot nominate him, and keeps what he typed.
            fill(page, "Armen Petrosyan", "armen.petrosyan@demo.topcop.eu");
            page.getByTestId("nominate").click();
            assertThat(page.getByTestId("errors")).containsText("own country");
            assertThat(page.locator("#n-email-error")).containsText("own country");
            assertThat(page.locator("#n-email")).hasValue("armen.petrosyan@demo.topcop.eu");
            assertThat(page.locator("#n-agency")).hasValue("Patrol Police");
            assertThat(page.getByTestId("quota-use")).containsText("3");
            Pages.screenshot(page, "enrolment-coordinator");
        }

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "enrolment/queue?offering=" + offering.code);
            Pages.signIn(page, "marta.keller");
            assertThat(page.getByTestId("queue").locator("tbody tr")).hasCount(3);
            page.getByTestId("queue")
                    .locator("tbody input[type=checkbox]")
                    .all()
                    .forEach(box -> box.check());
            page.getByTestId("bulk-approve").click();
            assertThat(page.locator("[data-testid=batch][data-finished=true]")).isVisible();
            Pages.screenshot(page, "enrolment-bulk");

            page.navigate(base + "enrolment/offerings/" + offering.code);
            assertThat(page.getByRole(
                            com.microsoft.playwright.options.AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Participants (2/2)")))
                    .isVisible();
            Pages.screenshot(page, "enrolment-roster");
        }

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "enrolment/applications");
            Pages.signIn(page, "nino.beridze");
            var row = page.getByTestId("my-applications")
                    .locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("human beings"));
            assertThat(row).containsText("Approved");
            row.locator("a").first().click();
            assertThat(page.getByTestId("history")).containsText("Giorgi Kapanadze");
            assertThat(page.getByTestId("history")).containsText("Marta Keller");
            // Written in Georgian (Nino never chose a language, and Georgia's is the default for its officers), it
            // reads in the language of the page she reads it in now (issue 16).
            context.addCookies(java.util.List.of(
                    new com.microsoft.playwright.options.Cookie("topcop-lang", "ru").setUrl(base.toString())));
            page.navigate(base + "enrolment/notifications");
            assertThat(page.locator("[data-testid=notifications] li[data-kind=APPROVED]"))
                    .containsText("Ваше место подтверждено");
            Pages.screenshot(page, "enrolment-trainee");
        }
    }

    @Test
    void coordinatorNominatesWithTheSupervisorTheOfficerNamedLastFilledIn() {
        String supervisor = "Eter Tsintsadze " + Long.toString(System.nanoTime(), 36);
        LocalDate start = LocalDate.now().plusDays(120);
        Offering earlier = publish(start);
        Offering offering = publish(start.plusDays(7));
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.TRAINEE))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "agency",
                        "Criminal Police",
                        "agencyType",
                        "police",
                        "speaksWorkingLanguage",
                        true,
                        "supervisor",
                        Map.of("name", supervisor, "email", "e.tsintsadze@police.ge")))
                .post("/api/enrolment/offerings/" + earlier.code + "/applications")
                .then()
                .statusCode(201);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "enrolment/offerings/" + offering.code);
            Pages.signIn(page, "giorgi.kapanadze");
            assertThat(page.getByTestId("n-supervisor-fields")).isVisible();
            // The officer's e-mail, once typed, brings the supervisor they named last.
            fill(page, "Nino Beridze", "nino.beridze@demo.topcop.eu");
            assertThat(page.locator("#n-supervisorName")).hasValue(supervisor);
            assertThat(page.locator("#n-supervisorEmail")).hasValue("e.tsintsadze@police.ge");
            page.locator("#n-supervisorPosition").fill("Head of the drugs unit");
            Pages.screenshot(page, "enrolment-nominee-supervisor");
            page.getByTestId("nominate").click();
            assertThat(page.getByTestId("done")).isVisible();
        }
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.COORDINATOR))
                .get("/api/enrolment/country-applications?offering=" + offering.code)
                .then()
                .statusCode(200)
                .body("[0].supervisor.name", equalTo(supervisor))
                .body("[0].supervisor.position", equalTo("Head of the drugs unit"));
    }

    /** Of another course than the first test's, whose rows that test finds by their title. */
    private Offering publish(LocalDate start) {
        return offerings.publish(
                new OfferingForm(
                        "drugs-regional-training",
                        start,
                        start.plusDays(4),
                        false,
                        "Police Academy, Tbilisi",
                        "GE",
                        5,
                        "en",
                        LocalDate.now().minusDays(1),
                        start.minusDays(20)),
                "marta.keller",
                "Marta Keller");
    }

    private static void nominate(Page page, String name, String email) {
        fill(page, name, email);
        page.getByTestId("nominate").click();
        assertThat(page.getByTestId("done")).isVisible();
    }

    private static void fill(Page page, String name, String email) {
        page.locator("#n-name").fill(name);
        page.locator("#n-email").fill(email);
        page.locator("#n-agency").fill("Patrol Police");
        page.locator("#n-agencyType").selectOption("police");
        page.getByTestId("nominate-form")
                .locator("input[name=speaksWorkingLanguage]")
                .check();
    }
}
