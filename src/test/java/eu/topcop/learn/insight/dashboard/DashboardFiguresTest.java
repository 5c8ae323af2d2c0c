package eu.topcop.learn.insight.dashboard;

import jakarta.inject.Inject;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dashboard's figures on the hand-checked data set of {@link DashboardData} (Luxembourg, 2025: no other test
 * writes there), after a refresh; a coordinator sees their own country whatever they ask for.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest {

    static final String COUNTRY = "LU";
    static final int YEAR = 2025;

    @Inject
    DashboardData data;

    @Inject
    DashboardFacts facts;

    @BeforeAll
    void seed() {
        data.seed(COUNTRY, YEAR);
        facts.refresh().orElseThrow();
    }

    @Test
    void shouldCountEveryFigureOfTheHandCheckedDataSet() {
        JsonPath dashboard = dashboard(Tokens.MANAGER, "country=LU&year=2025");
        assertEquals(COUNTRY, dashboard.getString("filter.country"));
        JsonPath totals = dashboard.setRootPath("totals");
        assertEquals(15, totals.getInt("officersToTrain"));
        assertEquals(3, totals.getInt("applications"));
        assertEquals(2, totals.getInt("approvals"));
        assertEquals(1, totals.getInt("offerings"));
        assertEquals(2, totals.getInt("completions"));
        assertEquals(1, totals.getInt("certificates"));
        assertEquals(2, totals.getInt("gainPairs"));
        assertEquals("20.0", totals.getString("knowledgeGain"));
        assertEquals(1, totals.getInt("trainersCertified"));
        assertEquals(2, totals.getInt("cascadeReach"));
        assertEquals(1, totals.getInt("exchangePlacements"));
        assertEquals(1, totals.getInt("eventParticipants"));
        assertEquals(13, totals.getInt("uncovered"));
        assertEquals("13.3", totals.getString("coverage"));
    }

    @Test
    void shouldBreakTheFiguresDownPerQuarterCountryPriorityAndEmpactPriority() {
        JsonPath d = dashboard(Tokens.MANAGER, "country=LU&year=2025");
        assertEquals(4, d.getList("byQuarter").size());
        assertEquals(15, d.getInt("byQuarter[0].figures.officersToTrain"));
        assertEquals(2, d.getInt("byQuarter[0].figures.applications"));
        assertEquals(2, d.getInt("byQuarter[0].figures.gainPairs"));
        assertEquals(1, d.getInt("byQuarter[1].figures.applications"));
        assertEquals(2, d.getInt("byQuarter[1].figures.completions"));
        assertEquals(1, d.getInt("byQuarter[1].figures.trainersCertified"));
        assertEquals(2, d.getInt("byQuarter[2].figures.cascadeReach"));
        assertEquals(1, d.getInt("byQuarter[2].figures.exchangePlacements"));
        assertEquals(1, d.getInt("byQuarter[3].figures.eventParticipants"));
        assertEquals(4, d.getInt("byQuarter[3].quarter"));
        assertEquals(1, d.getList("byCountryAndPriority").size());
        assertEquals(DashboardData.PRIORITY, d.getString("byCountryAndPriority[0].priority"));
        assertEquals(1, d.getList("topUncovered").size());
        assertEquals(13, d.getInt("topUncovered[0].uncovered"));
        // Organised property crime serves no EMPACT priority of 2026-2029.
        assertEquals(0, d.getList("byEmpactPriority").size());
        assertEquals(1, d.getList("byYear").size());
        assertEquals(YEAR, d.getInt("byYear[0].year"));
    }

    @Test
    void shouldNarrowToAPriorityAndFindNothingForAnother() {
        JsonPath d = dashboard(Tokens.MANAGER, "country=LU&priority=drug-trafficking");
        assertEquals(0, d.getInt("totals.officersToTrain"));
        assertEquals(0, d.getList("byCountryAndPriority").size());
    }

    @Test
    void shouldHoldACoordinatorToTheirCountryWhateverTheyAsk() {
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .when()
                .get("/api/insight/dashboard?country=LU")
                .then()
                .statusCode(200)
                .body("filter.country", equalTo("GE"))
                .body("byCountryAndPriority.country", everyItem(equalTo("GE")))
                .body("refreshedAt", notNullValue());
    }

    @Test
    void shouldRefuseTheDashboardToATraineeAndTheRefreshToAManager() {
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .get("/api/insight/dashboard")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .post("/api/insight/dashboard/refresh")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.ADMIN))
                .post("/api/insight/dashboard/refresh")
                .then()
                .statusCode(200)
                .body("factRows", notNullValue());
    }

    @Test
    void shouldGiveTheSameFiguresAfterASecondRefresh() {
        int before = dashboard(Tokens.MANAGER, "country=LU&year=2025").getInt("totals.completions");
        facts.refresh().orElseThrow();
        assertEquals(before, dashboard(Tokens.MANAGER, "country=LU&year=2025").getInt("totals.completions"));
    }

    static JsonPath dashboard(String user, String query) {
        return given().auth()
                .oauth2(accessToken(user))
                .when()
                .get("/api/insight/dashboard?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
