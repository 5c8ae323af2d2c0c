package eu.topcop.learn.browser;

import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.DemoNetworks;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.library.LibraryFixture;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/**
 * The walk through the shipped EMPACT Support Network, in a real browser: a national coordinator asks to
 * join and its moderator admits them; the coordinator replies in Russian to a thread, proposes its conclusion as a
 * training need and uploads a draft guideline; the moderator (a course manager) sees the proposal, comments on the
 * draft and publishes it; a member finds it by a word of its body.
 */
@QuarkusTest
class EmpactSupportNetworkBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DemoNetworks demo;

    @Inject
    LibraryFixture people;

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
    void coordinatorJoinsRepliesInRussianAndUploadsAGuidelineThatTheModeratorPublishesAndAMemberFinds() {
        Person coordinator = people.signedIn(Tokens.COORDINATOR);
        people.signedIn(Tokens.MANAGER);
        people.signedIn(Tokens.TRAINER);
        QuarkusTransaction.requiringNew().run(() -> {
            if (Network.count("code", DemoNetworks.FORUM) == 0) {
                demo.seed();
            }
            // The walk starts outside the network, even when the database has seen an earlier run.
            Network.getEntityManager()
                    .createNativeQuery("DELETE m FROM network_member m JOIN network n ON n.id = m.network_id"
                            + " WHERE n.code = :n AND m.person_id = :p")
                    .setParameter("n", DemoNetworks.SUPPORT)
                    .setParameter("p", coordinator.id)
                    .executeUpdate();
        });
        String network = base + "networks/" + DemoNetworks.SUPPORT;
        String word =
                "tachograph" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        long thread = given().auth()
                .oauth2(Tokens.accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title", "Workshop follow-up: cross-border vehicle checks",
                        "body", "What did your units change after the workshop?",
                        "language", "en"))
                .post("/api/networks/" + DemoNetworks.SUPPORT + "/discussions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("thread.id");

        try (BrowserContext coordinatorContext = browser.newContext();
                BrowserContext moderatorContext = browser.newContext();
                BrowserContext memberContext = browser.newContext()) {
            Page giorgi = coordinatorContext.newPage();
            giorgi.navigate(network);
            Pages.signIn(giorgi, Tokens.COORDINATOR);
            giorgi.locator("#reason").fill("Georgia's border police lead the vehicle checks.");
            giorgi.getByTestId("join-button").click();
            assertThat(giorgi.getByTestId("done")).isVisible();

            Page marta = moderatorContext.newPage();
            marta.navigate(network);
            Pages.signIn(marta, Tokens.MANAGER);
            marta.locator("[data-testid=waiting] li")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Giorgi"))
                    .getByTestId("approve")
                    .click();
            assertThat(marta.getByTestId("members")).containsText("Giorgi");

            giorgi.navigate(network + "/discussions/" + thread);
            giorgi.locator("#body").fill("Мы ввели совместные проверки на границе с Арменией.");
            giorgi.locator("#language").selectOption("ru");
            giorgi.getByTestId("post-reply").click();
            assertThat(giorgi.locator("[data-post][lang=ru] [data-testid=post-language]"))
                    .containsText("Русский");
            giorgi.getByTestId("propose-need").click();
            giorgi.locator("#need").fill("Joint vehicle checks at land borders");
            giorgi.locator("#country").selectOption("GE");
            giorgi.getByTestId("propose").click();
            assertThat(giorgi.getByTestId("done")).isVisible();
            Pages.screenshot(giorgi, "esn-proposal");

            giorgi.navigate(network + "/library");
            giorgi.getByTestId("new-document").click();
            giorgi.locator("#title").fill("Guideline on joint vehicle checks");
            giorgi.locator("#summary").fill("How two border services check vehicles together.");
            giorgi.locator("#body").fill("# Steps\n\nRead the " + word + " data before the joint check.");
            giorgi.locator("#file")
                    .setInputFiles(new FilePayload("guideline.pdf", "application/pdf", LibraryFixture.pdf()));
            giorgi.getByTestId("save-document").click();
            assertThat(giorgi.getByTestId("status")).hasText(Pattern.compile("Draft"));
            giorgi.getByTestId("submit").click();
            assertThat(giorgi.getByTestId("status")).hasText(Pattern.compile("In review"));
            String document = giorgi.url().replaceAll(".*/library/documents/(\\d+).*", "$1");

            marta.navigate(base + "training-needs");
            assertThat(marta.getByTestId("proposals")).containsText("Joint vehicle checks at land borders");
            marta.navigate(base + "library/documents/" + document);
            marta.locator("#comment").fill("Add the legal basis for the **joint check**.");
            marta.getByTestId("send-comment").click();
            assertThat(marta.locator("[data-testid=comments] strong")).hasText("joint check");
            marta.getByTestId("publish").click();
            assertThat(marta.getByTestId("status")).hasText(Pattern.compile("Published"));
            Pages.screenshot(marta, "esn-published");

            Page armen = memberContext.newPage();
            armen.navigate(base + "library");
            Pages.signIn(armen, Tokens.TRAINER);
            armen.locator("#q").fill(word);
            armen.getByTestId("search").click();
            armen.locator("[data-document='" + document + "'] a").first().click();
            assertThat(armen.getByTestId("document-title")).hasText("Guideline on joint vehicle checks");
        }
    }
}
