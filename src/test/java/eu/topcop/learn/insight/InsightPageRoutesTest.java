package eu.topcop.learn.insight;

import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OTNA pages keep the same rules as the API, with real sign-ins: a national coordinator reads their own
 * country's gaps only (another country's is 403, in the table, the exports and a gap's page) and decides and imports
 * nothing; a trainee sees no round; a course manager's decision with bad figures comes back naming the field and
 * changes nothing.
 */
@QuarkusTest
class InsightPageRoutesTest {

    @jakarta.inject.Inject
    eu.topcop.learn.insight.dashboard.DashboardFacts facts;

    @Test
    void shouldHoldEachReaderToTheirCountryAndRoleOnThePages() throws InterruptedException {
        String round = OtnaImportTest.defineRound();
        OtnaImportTest.importFile(
                        round,
                        "needs.csv",
                        (OtnaImportTest.HEADER + "\n"
                                        + "GE,Patrol Police,R-1,DT-1,investigators,4,high,6,2\n"
                                        + "UA,National Police,R-2,DT-1,analysts,3,low,3,0\n")
                                .getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .post("/api/insight/rounds/" + round + "/consolidation")
                .then()
                .statusCode(200);
        JsonPath gaps = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/insight/rounds/" + round + "/gaps")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long georgian = gaps.getLong("find { it.country == 'GE' }.id");
        long ukrainian = gaps.getLong("find { it.country == 'UA' }.id");
        String base = "/insight/rounds/" + round;

        WebSession coordinator = new WebSession();
        coordinator
                .signIn(base + "/gaps", Tokens.COORDINATOR)
                .then()
                .statusCode(200)
                .body(containsString("data-id=\"" + georgian + "\""))
                .body(not(containsString("data-id=\"" + ukrainian + "\"")))
                .body(not(containsString("data-testid=\"import-form\"")));
        assertEquals(403, coordinator.get(base + "/gaps?country=UA").statusCode());
        assertEquals(403, coordinator.get(base + "/gaps/" + ukrainian).statusCode());
        assertEquals(403, coordinator.get(base + "/coverage?country=UA").statusCode());
        assertEquals(403, coordinator.get(base + "/gaps.csv?country=UA").statusCode());
        String csv = coordinator.get(base + "/gaps.csv").asString();
        assertTrue(csv.contains("\nGE,"), csv);
        assertFalse(csv.contains("\nUA,"), csv);
        assertEquals(200, coordinator.get(base + "/gaps/" + georgian).statusCode());
        assertEquals(
                403,
                post(coordinator, base + "/gaps/" + georgian + "/decision", "action=VALIDATE")
                        .statusCode());
        assertEquals(403, post(coordinator, base + "/consolidation", "").statusCode());

        WebSession trainee = new WebSession();
        assertEquals(403, trainee.signIn("/insight/rounds", Tokens.TRAINEE).statusCode());
        assertEquals(403, trainee.get(base + "/gaps").statusCode());

        WebSession manager = new WebSession();
        manager.signIn(base + "/gaps/" + georgian, Tokens.MANAGER).then().statusCode(200);
        Response refused = post(
                manager,
                base + "/gaps/" + georgian + "/decision",
                "action=CHANGE&officers=twelve&officers=2&urgency=high&reason=Recounted");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("data-field=\"officers\""), "the page names the field");
        assertTrue(refused.asString().contains("value=\"twelve\""), "what was typed stays");
        assertEquals(
                "PROPOSED",
                given().auth()
                        .oauth2(accessToken(Tokens.MANAGER))
                        .get("/api/insight/rounds/" + round + "/gaps")
                        .jsonPath()
                        .getString("find { it.country == 'GE' }.status"),
                "nothing was decided");
        Response changed = post(
                manager,
                base + "/gaps/" + georgian + "/decision",
                "action=CHANGE&officers=12&officers=2&urgency=high&reason=Recounted");
        assertEquals(303, changed.statusCode());
        assertTrue(manager.get(base + "/gaps/" + georgian).asString().contains("data-testid=\"gap-total\">14<"));
        String trace = manager.get(base + "/gaps/" + georgian + "/trace.csv").asString();
        assertTrue(trace.startsWith("\uFEFFkind,code,course"), trace);
        assertEquals(
                403, coordinator.get(base + "/gaps/" + ukrainian + "/trace.csv").statusCode());
        String mappings = manager.get("/insight/mappings/export.csv").asString();
        assertTrue(mappings.startsWith("\uFEFFcapability,course,outcome"), mappings);
        assertTrue(mappings.contains("CONTENT"), "the content's mappings are listed");
        // The dashboards' pages and exports hold the coordinator to their country too, whatever they ask for.
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType("application/json")
                .body("{\"action\":\"VALIDATE\"}")
                .post("/api/insight/rounds/gaps/" + ukrainian + "/decision")
                .then()
                .statusCode(200);
        // A scheduled refresh may hold the lock a moment: ours runs once it is free.
        while (facts.refresh().isEmpty()) {
            Thread.sleep(200);
        }
        assertTrue(
                manager.get("/insight/dashboard/cells.csv").asString().contains("\nUA,"),
                "the manager's export has Ukraine's validated need");
        String cells =
                coordinator.get("/insight/dashboard/cells.csv?country=UA").asString();
        assertFalse(cells.contains("\nUA,"), cells);
        assertTrue(cells.contains("\nGE,"), cells);
        for (String page : List.of(base, base + "/coverage", base + "/needs/new", "/insight/rounds")) {
            assertEquals(200, manager.get(page).statusCode(), page);
        }
    }

    /** A form as the page sends it: the CSRF cookie's token in the form, from the application's own origin. */
    private static Response post(WebSession session, String path, String form) {
        String token = session.appCookies().get("topcop-csrf");
        return session.send(
                "POST",
                path,
                given().contentType("application/x-www-form-urlencoded")
                        .body(form + (form.isEmpty() ? "" : "&") + "_csrf=" + token));
    }
}
