package eu.topcop.learn.insight.dashboard;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard pages and every export on the hand-checked data set (Malta, 2024: no other test writes there):
 * charts with their data tables and drill-down links, the exports parsed back, the pages in another language.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTest {

    private static final String FILTER = "country=MT&year=2024";

    @Inject
    DashboardData data;

    @Inject
    DashboardFacts facts;

    @BeforeAll
    void seed() {
        data.seed("MT", 2024);
        facts.refresh().orElseThrow();
    }

    @Test
    @TestSecurity(user = "dash-manager", roles = Roles.COURSE_MANAGER)
    void shouldDrawTheChartsBesideTheirTablesWithDrillDownLinks() {
        given().get("/insight/dashboard?" + FILTER)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"chart-bars\""))
                .body(containsString("role=\"group\" aria-labelledby=\"bars-title\""))
                .body(containsString("data-testid=\"chart-heat\""))
                .body(containsString("data-testid=\"chart-trend\""))
                .body(containsString("<caption>"))
                .body(containsString("data-testid=\"cell-need\">15<"))
                .body(containsString("13.3 %"))
                .body(containsString("/insight/dashboard?country=MT&amp;priority=organised-property-crime"))
                .body(containsString("/insight/priorities/organised-property-crime"))
                .body(containsString("/trainers/cascade?country=MT&priority=organised-property-crime"))
                .body(containsString("Malta"))
                .body(containsString("data-testid=\"as-of\""))
                .body(containsString("data-testid=\"total-reaction\""))
                .body(containsString("data-testid=\"total-test-gain\""))
                .body(containsString("data-testid=\"total-applied\""))
                .body(containsString("<th scope=\"col\">Reaction score (0–100, level 1)</th>"));
    }

    @Test
    @TestSecurity(user = "dash-manager", roles = Roles.COURSE_MANAGER)
    void shouldShowTheDashboardInGeorgian() {
        given().header("Accept-Language", "ka")
                .get("/insight/dashboard?" + FILTER)
                .then()
                .statusCode(200)
                .body(containsString("პორტფელის საინფორმაციო პანელი"))
                .body(not(containsString("Portfolio dashboard")));
    }

    @Test
    @TestSecurity(user = "dash-manager", roles = Roles.COURSE_MANAGER)
    void shouldShowACrimePriorityWithWhatWasDeliveredAndWhatIsMissing() {
        given().get("/insight/priorities/organised-property-crime")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"priority-delivered\""))
                .body(containsString("data-country=\"MT\""))
                .body(containsString("data-testid=\"priority-missing\""));
        given().get("/insight/priorities/no-such-priority").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "dash-trainee", roles = Roles.TRAINEE)
    void shouldRefuseTheDashboardToATrainee() {
        given().get("/insight/dashboard").then().statusCode(403);
        given().get("/insight/dashboard.xlsx").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dash-manager", roles = Roles.COURSE_MANAGER)
    void shouldParseEveryCsvExportBack() throws Exception {
        for (String table : List.of("cells", "empact", "years", "quarters", "gaps")) {
            String csv = given().get("/insight/dashboard/" + table + ".csv?" + FILTER)
                    .then()
                    .statusCode(200)
                    .header("Content-Disposition", containsString("dashboard-" + table + ".csv"))
                    .extract()
                    .asString();
            List<CSVRecord> records =
                    CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
            assertTrue(records.size() >= 1, table + " has a header");
            if (table.equals("cells")) {
                assertEquals(2, records.size());
                CSVRecord row = records.get(1);
                assertEquals("MT", row.get(0));
                assertEquals("organised-property-crime", row.get(2));
                assertEquals("15", row.get(4), "officers to train");
                assertEquals("2", row.get(8), "officers trained");
                assertEquals("13", row.get(16), "not yet trained");
            }
            if (table.equals("quarters")) {
                assertEquals(5, records.size());
            }
            if (table.equals("gaps")) {
                assertEquals("13", records.get(1).get(6));
            }
        }
    }

    @Test
    @TestSecurity(user = "dash-manager", roles = Roles.COURSE_MANAGER)
    void shouldParseTheSpreadsheetBack() throws Exception {
        byte[] xlsx = given().get("/insight/dashboard.xlsx?" + FILTER)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> cells = workbook.findSheet("cells").orElseThrow().read();
            assertEquals(2, cells.size());
            assertEquals("MT", cells.get(1).getCellText(0));
            assertEquals("15", cells.get(1).getCellText(4));
            assertEquals(5, workbook.findSheet("quarters").orElseThrow().read().size());
            assertTrue(workbook.findSheet("empact").isPresent());
            assertTrue(workbook.findSheet("years").isPresent());
            assertTrue(workbook.findSheet("gaps").isPresent());
        }
    }

    @Test
    @TestSecurity(user = "dash-manager", roles = Roles.COURSE_MANAGER)
    void shouldWriteTheCountryReportAsAPdfWithItsFigures() throws Exception {
        byte[] pdf = given().header("Accept-Language", "ru")
                .get("/insight/dashboard/report.pdf?" + FILTER)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Мальта"), text);
        assertTrue(text.contains("Сотрудников нужно обучить"), text);
        assertTrue(text.contains("15"), text);
        assertTrue(text.contains("13.3 %"), text);
        assertTrue(text.contains("Оценка реакции"), text);
        assertTrue(text.contains("Прирост по тесту знаний очного обучения"), text);
        given().get("/insight/dashboard/report.pdf").then().statusCode(422);
    }
}
