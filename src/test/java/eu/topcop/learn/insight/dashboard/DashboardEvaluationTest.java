package eu.topcop.learn.insight.dashboard;

import java.io.StringReader;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static eu.topcop.learn.insight.dashboard.DashboardEvaluationData.APPLIED_OCCASIONALLY;
import static eu.topcop.learn.insight.dashboard.DashboardEvaluationData.APPLIED_REGULARLY;
import static eu.topcop.learn.insight.dashboard.DashboardEvaluationData.NO;
import static eu.topcop.learn.insight.dashboard.DashboardEvaluationData.NOT_YET;
import static eu.topcop.learn.insight.dashboard.DashboardFiguresTest.dashboard;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The evaluation figures on the dashboards (reaction score, face-to-face knowledge test gain, applied share) on a
 * hand-checked data set in 2016 and 2017, years no other test writes, for organised property crime:
 *
 * <ul>
 *   <li>2017: Portugal's reactions 10, 8, 6, 9, 7 (score 80); Belgium's four reactions of 10 (hidden: fewer than 5),
 *       so every country's total, 9 answers, would give Belgium's away and is hidden too; Portugal's follow-ups, 3 of
 *       5 applied (60 %); Portugal's knowledge tests +20 and +5 (12.5 points), a late post-test and a lone pre-test
 *       not counted;
 *   <li>2016: the same five reactions in Portugal, four of 10 in Belgium and one of 10 in Austria: the hidden cells
 *       hold 5 answers together, so every country's total is shown, (80 × 5 + 100 × 5) ÷ 10 = 90.
 * </ul>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardEvaluationTest {

    private static final String PRIORITY = DashboardData.PRIORITY;

    @Inject
    DashboardEvaluationData data;

    @Inject
    DashboardFacts facts;

    @BeforeAll
    void seed() {
        data.reactions("PT", 2017, 10, 8, 6, 9, 7);
        data.reactions("BE", 2017, 10, 10, 10, 10);
        data.followUps("PT", 2017, APPLIED_REGULARLY, APPLIED_OCCASIONALLY, APPLIED_REGULARLY, NOT_YET, NO);
        data.knowledgeTests("PT", 2017, new int[] {40, 60}, new int[] {50, 55});
        data.reactions("PT", 2016, 10, 8, 6, 9, 7);
        data.reactions("BE", 2016, 10, 10, 10, 10);
        data.reactions("AT", 2016, 10);
        facts.refresh().orElseThrow();
    }

    @Test
    void shouldScoreTheReactionOfFiveAnswers() {
        JsonPath totals = dashboard(Tokens.MANAGER, "country=PT&year=2017").setRootPath("totals");
        assertEquals(5, totals.getInt("reaction.respondents"));
        assertEquals(80, totals.getInt("reaction.value"));
        assertNull(totals.get("reaction.hidden"));
    }

    @Test
    void shouldHideAReactionScoreOfFourAnswers() {
        JsonPath totals = dashboard(Tokens.MANAGER, "country=BE&year=2017").setRootPath("totals");
        assertEquals(4, totals.getInt("reaction.respondents"));
        assertNull(totals.get("reaction.value"));
        assertEquals("FEWER_THAN_SMALLEST", totals.getString("reaction.hidden"));
    }

    @Test
    void shouldHideATotalThatWouldGiveAHiddenCellAway() {
        JsonPath d = dashboard(Tokens.MANAGER, "priority=" + PRIORITY + "&year=2017");
        assertEquals(9, d.getInt("totals.reaction.respondents"));
        assertNull(d.get("totals.reaction.value"));
        assertEquals("DIFFERENCING", d.getString("totals.reaction.hidden"));
        assertEquals(80, d.getInt("byCountryAndPriority.find { it.country == 'PT' }.figures.reaction.value"));
        assertEquals(
                "FEWER_THAN_SMALLEST",
                d.getString("byCountryAndPriority.find { it.country == 'BE' }.figures.reaction.hidden"));
        // Nothing else is hidden, so the applied share of the same total stays.
        assertEquals(60, d.getInt("totals.applied.value"));
    }

    @Test
    void shouldShowATotalWhoseHiddenCellsHoldFiveAnswers() {
        JsonPath d = dashboard(Tokens.MANAGER, "priority=" + PRIORITY + "&year=2016");
        assertEquals(10, d.getInt("totals.reaction.respondents"));
        assertEquals(90, d.getInt("totals.reaction.value"));
        assertEquals(
                "FEWER_THAN_SMALLEST",
                d.getString("byCountryAndPriority.find { it.country == 'AT' }.figures.reaction.hidden"));
    }

    @Test
    void shouldShareTheFollowUpsThatApplied() {
        JsonPath totals = dashboard(Tokens.MANAGER, "country=PT&year=2017").setRootPath("totals");
        assertEquals(5, totals.getInt("applied.respondents"));
        assertEquals(60, totals.getInt("applied.value"));
    }

    @Test
    void shouldAverageTheFaceToFaceKnowledgeTestGainApartFromTheOnlineModules() {
        JsonPath totals = dashboard(Tokens.MANAGER, "country=PT&year=2017").setRootPath("totals");
        assertEquals(2, totals.getInt("testPairs"));
        assertEquals("12.5", totals.getString("testGain"));
        assertEquals(0, totals.getInt("gainPairs"));
        assertNull(totals.get("knowledgeGain"));
    }

    @Test
    void shouldLeaveSurveyFiguresOutOfTheYearsAndQuarters() {
        JsonPath d = dashboard(Tokens.MANAGER, "country=PT&year=2017");
        assertNull(d.get("byYear[0].figures.reaction"));
        assertNull(d.get("byQuarter[0].figures.reaction"));
        assertEquals(2, d.getInt("byQuarter.find { it.quarter == 1 }.figures.testPairs"));
    }

    @Test
    @TestSecurity(user = "dash-manager", roles = Roles.COURSE_MANAGER)
    void shouldExplainEveryHiddenFigureOnThePage() {
        given().get("/insight/dashboard?priority=" + PRIORITY + "&year=2017")
                .then()
                .statusCode(200)
                .body(containsString("Reaction score (0–100, level 1)"))
                .body(containsString("Face-to-face knowledge test gain"))
                .body(containsString("Online module gain"))
                .body(containsString("fewer than 5 answers"))
                .body(containsString("hidden: with the figures shown it would reveal one of fewer than 5 answers"))
                .body(containsString("data-testid=\"evaluation-rule\""))
                .body(containsString(">80<"))
                .body(containsString("60 %"));
    }

    @Test
    @TestSecurity(user = "dash-manager", roles = Roles.COURSE_MANAGER)
    void shouldLeaveHiddenFiguresEmptyInTheExports() throws Exception {
        String csv = given().get("/insight/dashboard/cells.csv?priority=" + PRIORITY + "&year=2017")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        List<String> header = records.get(0).toList();
        int respondents = header.indexOf("Reaction survey answers");
        int score = header.indexOf("Reaction score (0–100, level 1)");
        int applied = header.indexOf("Applied at work (follow-up, level 3)");
        int gain = header.indexOf("Face-to-face knowledge test gain (points, level 2)");
        CSVRecord belgium =
                records.stream().filter(r -> r.get(0).equals("BE")).findFirst().orElseThrow();
        CSVRecord portugal =
                records.stream().filter(r -> r.get(0).equals("PT")).findFirst().orElseThrow();
        assertEquals("4", belgium.get(respondents));
        assertEquals("", belgium.get(score));
        assertEquals("80", portugal.get(score));
        assertEquals("60", portugal.get(applied));
        assertEquals("12.5", portugal.get(gain));
    }
}
