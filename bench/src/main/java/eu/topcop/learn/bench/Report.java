package eu.topcop.learn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The table of a run: {@code Report RESULTS SIZE MARKDOWN} reads what bench/run measured (a properties file:
 * start time, memory, sysbench, and the folder of each Gatling report), prints one table (scenario, figure,
 * reference, ratio, target, verdict) and writes it as Markdown. Figures come from Gatling's own statistics
 * ({@code js/stats.json} of each report); nothing is estimated here.
 */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Row(String scenario, String figure, String reference, String ratio, String target, String verdict) {}

    private Report() {}

    public static void main(String[] args) throws IOException {
        Properties results = new Properties();
        try (var in = Files.newBufferedReader(Path.of(args[0]))) {
            results.load(in);
        }
        String size = args[1];
        List<Row> rows = new ArrayList<>();
        Map<String, JsonNode> gatling = new LinkedHashMap<>();
        for (String key : results.stringPropertyNames()) {
            if (key.endsWith("_DIR") && !results.getProperty(key).isBlank()) {
                gatling.put(key.substring(0, key.length() - 4), stats(Path.of(results.getProperty(key))));
            }
        }

        JsonNode p1 = gatling.get("P1");
        if (p1 != null) {
            long ko = count(p1, "ko");
            double p99 = number(p1, "percentiles4");
            rows.add(new Row(
                    "P1 learners (" + results.getProperty("P1_USERS") + ", module and quiz, 30-90 s think time)",
                    String.format(Locale.ROOT, "p99 %.0f ms, %d errors of %d", p99, ko, count(p1, "total")),
                    "",
                    "",
                    "p99 <= 300 ms, 0 errors (at 1,000 learners)",
                    verdict(p99 <= 300 && ko == 0)));
        }
        JsonNode me = gatling.get("P2_ME");
        double meRate = me == null ? Double.NaN : rate(me);
        throughput(rows, gatling.get("P2_CATALOGUE"), "P2 GET /api/catalogue/offerings", meRate, 0.5);
        for (String key : gatling.keySet()) {
            if (key.startsWith("P2_PAGE_")) {
                String page = results.getProperty(key + "_PATH", key);
                throughput(rows, gatling.get(key), "P2 page " + page, meRate, 0.3);
            }
        }
        JsonNode p3 = gatling.get("P3");
        if (p3 != null) {
            double tps = Double.parseDouble(results.getProperty("SYSBENCH_TPS", "NaN"));
            double rate = rate(p3);
            rows.add(new Row(
                    "P3 quiz submissions (" + results.getProperty("P3_ANSWERS", "?") + " answers)",
                    String.format(Locale.ROOT, "%.1f/s, %d errors", rate, count(p3, "ko")),
                    String.format(Locale.ROOT, "sysbench oltp_write_only %.1f tps", tps),
                    String.format(Locale.ROOT, "%.2f", rate / tps),
                    ">= 0.5",
                    verdict(rate / tps >= 0.5 && count(p3, "ko") == 0)));
        }
        absolute(rows, results, "P6_START_S", "P6 start, process to first answer", "%.1f s", "<= 2 s", 2);
        absolute(rows, results, "RSS_IDLE_MB", "P6 memory idle (RSS)", "%.0f MB", "<= 250 MB", 250);
        absolute(rows, results, "RSS_P1_MB", "P6 memory under P1 (highest RSS)", "%.0f MB", "<= 400 MB", 400);
        JsonNode p8 = gatling.get("P8");
        if (p8 != null) {
            double seconds = number(p8, "maxResponseTime") / 1000;
            rows.add(new Row(
                    "P8 login storm (" + count(p8, "total") + " sign-ins at once, token endpoint)",
                    String.format(Locale.ROOT, "last token after %.1f s, %d errors", seconds, count(p8, "ko")),
                    "",
                    "",
                    "200 in <= 10 s",
                    verdict(seconds <= 10 && count(p8, "ko") == 0)));
        }
        rows.add(new Row("P5 xAPI statement ingest", "not measured: no LRS endpoint yet", "", "", "", "n/a"));
        rows.add(new Row("P7 dashboards and exports", "not measured in this step", "", "", "<= 1 s at L", "n/a"));

        StringBuilder markdown = new StringBuilder();
        markdown.append("Size ").append(size).append(", ").append(results.getProperty("WHEN", ""))
                .append(", ").append(results.getProperty("MACHINE", "")).append("\n\n");
        markdown.append("| scenario | figure | reference | ratio | target | verdict |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            markdown.append(String.format(
                    "| %s | %s | %s | %s | %s | %s |%n",
                    row.scenario, row.figure, row.reference, row.ratio, row.target, row.verdict));
        }
        Files.createDirectories(Path.of(args[2]).toAbsolutePath().getParent());
        Files.writeString(Path.of(args[2]), markdown.toString());
        System.out.print(markdown);
    }

    private static void throughput(List<Row> rows, JsonNode stats, String name, double reference, double target) {
        if (stats == null) {
            return;
        }
        double rate = rate(stats);
        rows.add(new Row(
                name,
                String.format(Locale.ROOT, "%.0f req/s, %d errors", rate, count(stats, "ko")),
                String.format(Locale.ROOT, "GET /api/me %.0f req/s", reference),
                String.format(Locale.ROOT, "%.2f", rate / reference),
                ">= " + target,
                verdict(rate / reference >= target && count(stats, "ko") == 0)));
    }

    private static void absolute(
            List<Row> rows, Properties results, String key, String name, String format, String target, double most) {
        String value = results.getProperty(key);
        if (value == null || value.isBlank()) {
            return;
        }
        double figure = Double.parseDouble(value);
        rows.add(new Row(name, String.format(Locale.ROOT, format, figure), "", "", target, verdict(figure <= most)));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    /** The whole run's statistics ("All Requests") of a Gatling report folder. */
    private static JsonNode stats(Path report) throws IOException {
        return JSON.readTree(Files.readString(report.resolve("js/stats.json"))).get("stats");
    }

    private static double rate(JsonNode stats) {
        return stats.get("meanNumberOfRequestsPerSecond").get("total").asDouble();
    }

    private static double number(JsonNode stats, String field) {
        return stats.get(field).get("total").asDouble();
    }

    private static long count(JsonNode stats, String which) {
        return stats.get("numberOfRequests").get(which).asLong();
    }
}
