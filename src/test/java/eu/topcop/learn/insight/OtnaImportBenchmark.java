package eu.topcop.learn.insight;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A benchmark, not a test: it measures and reports, and asserts only that the work was done. The import of a
 * questionnaire file of 10,000 rows (5 countries × 20 agencies × 10 respondents × 10 capabilities) through the
 * API, validated and written; the same file again; the consolidation. Not in the default run:
 * {@code ./mvnw test -Dsurefire.excludedGroups=jazzer -Dtest=OtnaImportBenchmark}; the figures go to the log and
 * to {@code target/benchmarks/otna-import.md}.
 */
@QuarkusTest
@Tag("benchmark")
class OtnaImportBenchmark {

    private static final List<String> COUNTRIES = List.of("AM", "AZ", "GE", "MD", "UA");

    @Test
    void measureTheImportOfTenThousandRows() throws Exception {
        String code = "bench-" + System.nanoTime();
        List<Map<String, Object>> capabilities = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            capabilities.add(Map.of(
                    "code",
                    "B-" + c,
                    "priority",
                    "drug-trafficking",
                    "title",
                    Map.of("en", "Capability " + c),
                    "targetGroups",
                    List.of("investigators", "analysts")));
        }
        TestRounds.define(TestRounds.definition(code, List.of("drug-trafficking"), COUNTRIES, capabilities));

        StringBuilder csv = new StringBuilder(OtnaImportTest.HEADER).append('\n');
        java.util.Random random = new java.util.Random(17);
        for (String country : COUNTRIES) {
            for (int a = 0; a < 20; a++) {
                for (int r = 0; r < 10; r++) {
                    for (int c = 0; c < 10; c++) {
                        csv.append(country)
                                .append(",Agency ")
                                .append(a)
                                .append(",R-")
                                .append(r)
                                .append(",B-")
                                .append(c)
                                .append(c % 2 == 0 ? ",investigators," : ",analysts,")
                                .append(1 + random.nextInt(5))
                                .append(',')
                                .append(List.of("low", "medium", "high").get(random.nextInt(3)))
                                .append(',')
                                .append(random.nextInt(50))
                                .append(',')
                                .append(random.nextInt(10))
                                .append('\n');
                    }
                }
            }
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        OtnaImportTest.importFile(code, "bench.csv", bytes).then().statusCode(200);
        double imported = seconds(start);
        start = System.nanoTime();
        OtnaImportTest.importFile(code, "bench.csv", bytes).then().statusCode(200);
        double again = seconds(start);
        start = System.nanoTime();
        int gaps = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .post("/api/insight/rounds/" + code + "/consolidation")
                .then()
                .statusCode(200)
                .extract()
                .path("gaps");
        double consolidated = seconds(start);
        assertEquals(COUNTRIES.size() * 10, gaps);

        String report = String.format(
                "| OTNA import, %d rows (%d KB CSV) | %.2f s | target < 10 s |%n"
                        + "| the same file again (UNCHANGED) | %.2f s | |%n"
                        + "| consolidation into %d gaps | %.2f s | |%n",
                10_000, bytes.length / 1024, imported, again, gaps, consolidated);
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/otna-import.md"), report);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
