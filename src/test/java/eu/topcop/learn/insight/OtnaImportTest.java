package eu.topcop.learn.insight;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course manager defines an OTNA round, imports agencies' questionnaire files (a broken one first), and
 * consolidates them into capability gaps; a national coordinator sees their own country's. Real Keycloak tokens.
 */
@QuarkusTest
class OtnaImportTest {

    static final String HEADER =
            "country,agency,respondent,capability,target_group,relevance,urgency,officers_awareness,officers_expert";

    @Test
    void shouldNameEveryProblemOfABrokenFileAsFileRowColumnAndImportNothing() throws Exception {
        String round = defineRound();
        String broken = HEADER + "\n"
                + "GE,Patrol Police,R-1,DT-1,investigators,3,high,5,1\n" // fine, yet not imported: the file is broken
                + "FR,Patrol Police,R-2,DT-1,investigators,3,high,5,1\n" // a country outside the round
                + "GE,,R-3,DT-1,investigators,3,high,5,1\n" // no agency
                + "GE,Patrol Police,R-4,XX-9,investigators,3,high,5,1\n" // unknown capability
                + "GE,Patrol Police,R-5,DT-1,pilots,3,high,5,1\n" // target group not of the capability
                + "GE,Patrol Police,R-6,DT-1,investigators,7,high,5,1\n" // relevance out of 1..5
                + "GE,Patrol Police,R-7,DT-1,investigators,3,soon,5,1\n" // urgency not on the scale
                + "GE,Patrol Police,R-8,DT-1,investigators,3,high,many,1\n" // not a number
                + "GE,Patrol Police,R-1,DT-1,investigators,4,low,2,2\n"; // the same respondent again

        importFile(round, "ge.csv", broken.getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(422)
                .body("status", equalTo("REFUSED"))
                .body("problems", hasItem("ge.csv:3:A (country): \"FR\" is not a country of this round (GE, UA)"))
                .body("problems", hasItem("ge.csv:4:B (agency): empty; it is needed"))
                .body("problems", hasItem("ge.csv:5:D (capability): \"XX-9\" is not a capability of this round"))
                .body(
                        "problems",
                        hasItem(
                                "ge.csv:6:E (target_group): \"pilots\" is not a target group of DT-1 (investigators, analysts)"))
                .body("problems", hasItem("ge.csv:7:F (relevance): 7 is not a whole number from 1 to 5"))
                .body(
                        "problems",
                        hasItem(
                                "ge.csv:8:G (urgency): \"soon\" is not on the round's urgency scale (low, medium, high)"))
                .body(
                        "problems",
                        hasItem("ge.csv:9:H (officers_awareness): \"many\" is not a whole number from 0 to 100000"))
                .body(
                        "problems",
                        hasItem(
                                "ge.csv:10:C: the same respondent answers DT-1 for investigators again (first in row 2)"));
        assertEquals(0, answers(round), "nothing of a broken file is imported");

        importFile(round, "ge.csv", "country,agency,who\nGE,x,y\n".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(422)
                .body(
                        "problems",
                        hasItem(
                                "ge.csv:1:C: unknown column \"who\"; the columns are country, agency, respondent, capability,"
                                        + " target_group, relevance, urgency, officers_awareness, officers_expert"))
                .body("problems", hasItem("ge.csv:1:D: the column respondent is missing"));
        importFile(round, "old.xlsx", new byte[] {1, 2, 3})
                .then()
                .statusCode(422)
                .body("problems[0]", equalTo("old.xlsx:1:A: not an XLSX workbook"));
        assertEquals(0, answers(round));
    }

    @Test
    void shouldImportOnceReplaceAnAgencysAnswersWithItsNextFileAndConsolidateGaps() throws Exception {
        String round = defineRound();
        String file = HEADER + "\n"
                + "GE,Patrol Police,R-1,DT-1,investigators,5,high,8,4\n"
                + "GE,Patrol Police,R-2,DT-1,investigators,4,medium,10,2\n"
                + "GE,Patrol Police,R-3,DT-1,investigators,3,high,40,5\n"
                + "GE,Customs,R-4,DT-1,investigators,2,low,2,0\n"
                + "GE,Customs,R-5,DT-1,investigators,3,medium,3,1\n"
                + "UA,National Police,R-6,DT-1,analysts,5,high,20,\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

        importFile(round, "answers.csv", bytes)
                .then()
                .statusCode(200)
                .body("status", equalTo("IMPORTED"))
                .body("rows", equalTo(6))
                .body("agencies.size()", equalTo(3));
        importFile(round, "answers.csv", bytes).then().statusCode(200).body("status", equalTo("UNCHANGED"));
        assertEquals(6, answers(round));

        // Customs sends a corrected file: its two answers become one; the other agencies' stay.
        importFile(
                        round,
                        "customs.csv",
                        (HEADER + "\nGE,Customs,R-4,DT-1,investigators,2,low,6,0\n").getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(200)
                .body("status", equalTo("IMPORTED"));
        assertEquals(5, answers(round));

        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .post("/api/insight/rounds/" + round + "/consolidation")
                .then()
                .statusCode(200)
                .body("answers", equalTo(5))
                .body("gaps", equalTo(2));
        // Georgia: Patrol Police's median (10 awareness, 4 expert) plus Customs' one answer (6, 0).
        Response gaps = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/insight/rounds/" + round + "/gaps?country=GE");
        gaps.then().statusCode(200).body("size()", equalTo(1));
        assertEquals(Map.of("awareness", 16, "expert", 4), gaps.jsonPath().getMap("[0].officers"));
        assertEquals(20, gaps.jsonPath().getInt("[0].officersTotal"));
        assertEquals("high", gaps.jsonPath().getString("[0].urgency"));
        assertEquals(4, gaps.jsonPath().getInt("[0].respondents"));
        assertEquals(2, gaps.jsonPath().getInt("[0].agencies"));

        // The export parses back to the same figures.
        String csv = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/insight/rounds/" + round + "/gaps.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try (var parser = org.apache.commons.csv.CSVParser.parse(
                csv.substring(1),
                org.apache.commons.csv.CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            var records = parser.getRecords();
            assertEquals(2, records.size());
            var georgia = records.stream()
                    .filter(r -> r.get("country").equals("GE"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("16", georgia.get("officers_awareness"));
            assertEquals("4", georgia.get("officers_expert"));
            assertEquals("20", georgia.get("officers_total"));
            assertEquals("high", georgia.get("urgency"));
        }

        // The Georgian coordinator sees Georgia's gap only, and may not ask for Ukraine's.
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .get("/api/insight/rounds/" + round + "/gaps")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].country", equalTo("GE"));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .get("/api/insight/rounds/" + round + "/gaps?country=UA")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .post("/api/insight/rounds/" + round + "/consolidation")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldGiveAnXlsxTemplateThatImportsOnceFilledIn() throws Exception {
        String round = defineRound();
        byte[] template = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/insight/rounds/" + round + "/template.xlsx?lang=ru")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<String> header;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(template))) {
            Row first = workbook.findSheet("answers").orElseThrow().read().get(0);
            header = first.stream().map(c -> c.getText()).toList();
            String legend = workbook.findSheet("legend").orElseThrow().read().toString();
            assertTrue(legend.contains("Срочно"), "the legend in the language asked for: " + legend);
        }
        assertEquals(List.of(HEADER.split(",")), header);

        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(filled, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("answers");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        Object[] row = {"UA", "National Police", "R-9", "DT-1", "analysts", 4, "medium", 12, 3};
        for (int c = 0; c < row.length; c++) {
            if (row[c] instanceof Integer n) {
                sheet.value(1, c, n);
            } else {
                sheet.value(1, c, (String) row[c]);
            }
        }
        workbook.finish();

        importFile(round, "ua.xlsx", filled.toByteArray())
                .then()
                .statusCode(200)
                .body("status", equalTo("IMPORTED"))
                .body("rows", equalTo(1));
        assertEquals(1, answers(round));

        String csv = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/insight/rounds/" + round + "/template.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(csv.contains("\n" + HEADER), csv);
    }

    @Test
    void shouldRefuseARoundWhoseCapabilitiesNameWhatTheRoundLacks() {
        Map<String, Object> round = round("bad-" + System.nanoTime());
        round.put(
                "capabilities",
                List.of(Map.of(
                        "code",
                        "X-1",
                        "priority",
                        "firearms-trafficking",
                        "title",
                        Map.of("en", "Tracing firearms"),
                        "targetGroups",
                        List.of("pilots"))));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(round)
                .post("/api/insight/rounds")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("capabilities[0].priority"))
                .body("errors.field", hasItem("capabilities[0].targetGroups"));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(round("coordinator-" + System.nanoTime()))
                .post("/api/insight/rounds")
                .then()
                .statusCode(403);
    }

    static String defineRound() {
        String code = "otna-" + System.nanoTime();
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(round(code))
                .post("/api/insight/rounds")
                .then()
                .statusCode(201)
                .body("columns.size()", equalTo(9));
        return code;
    }

    private static Map<String, Object> round(String code) {
        Map<String, Object> round = TestRounds.definition(
                code,
                List.of("drug-trafficking"),
                List.of("GE", "UA"),
                List.of(TestRounds.capability("DT-1", "drug-trafficking")));
        round.put("title", Map.of("en", "Drugs OTNA 2026", "ru", "ОАП по наркотикам 2026"));
        return round;
    }

    static Response importFile(String round, String name, byte[] bytes) {
        return given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(name.endsWith(".xlsx") ? OtnaResource.XLSX : "text/csv")
                .body(bytes)
                .post("/api/insight/rounds/" + round + "/imports?file=" + name);
    }

    private static long answers(String round) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) OtnaImport.getEntityManager()
                                .createNativeQuery("SELECT COUNT(*) FROM otna_answer a JOIN otna_round r"
                                        + " ON r.id = a.round_id WHERE r.code = ?1")
                                .setParameter(1, round)
                                .getSingleResult())
                        .longValue());
    }
}
