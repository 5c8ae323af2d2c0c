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


/**
 * The table of a run: {@code Report RESULTS SIZE MARKDOWN} reads what bench/run measured (a properties file:
 * start time, memory, sysbench) and the log of each Gatling run beside it ({@code KEY.log}), prints one table
 * (scenario, figure, reference, ratio, target, verdict) and writes it as Markdown. Figures come from Gatling's
 * own summary (its "Global Information" block: Gatling 3.15's HTML report keeps no JSON); nothing is estimated.
 */
public final class Report {

    /** Gatling's summary of a run: requests (all, OK, failed), response times in ms, throughput. */
    private record Stats(long total, long ok, long ko, double max, double p99, double rps) {}

    private record Row(String scenario, String figure, String reference, String ratio, String target, String verdict) {}

    private Report() {}

    public static void main(String[] args) throws IOException {
        Properties results = new Properties();
        try (var in = Files.newBufferedReader(Path.of(args[0]))) {
            results.load(in);
        }
        String size = args[1];
        List<Row> rows = new ArrayList<>();
        Map<String, Stats> gatling = new LinkedHashMap<>();
        Path work = Path.of(args[0]).toAbsolutePath().getParent();
        List<String> keys = new ArrayList<>(List.of("P1", "P2_ME", "P2_CATALOGUE", "P3", "P5", "P8"));
        for (int i = 0; results.containsKey("P2_PAGE_" + i + "_PATH"); i++) {
            keys.add("P2_PAGE_" + i);
        }
        for (String key : keys) {
            Path log = work.resolve(key + ".log");
            if (Files.exists(log)) {
                Stats stats = stats(log);
                if (stats != null) {
                    gatling.put(key, stats);
                }
            }
        }

        Stats p1 = gatling.get("P1");
        if (p1 != null) {
            long ko = p1.ko;
            double p99 = p1.p99;
            rows.add(new Row(
                    "P1 learners (" + results.getProperty("P1_USERS") + ", module and quiz, 30-90 s think time)",
                    String.format(Locale.ROOT, "p99 %.0f ms, %d errors of %d", p99, ko, p1.total),
                    "",
                    "",
                    "p99 <= 300 ms, 0 errors (at 1,000 learners)",
                    verdict(p99 <= 300 && ko == 0)));
        }
        Stats me = gatling.get("P2_ME");
        double meRate = me == null ? Double.NaN : me.rps;
        throughput(rows, gatling.get("P2_CATALOGUE"), "P2 GET /api/catalogue/offerings", meRate, 0.5);
        for (int i = 0; results.containsKey("P2_PAGE_" + i + "_PATH"); i++) {
            throughput(rows, gatling.get("P2_PAGE_" + i), "P2 page " + results.getProperty("P2_PAGE_" + i + "_PATH"),
                    meRate, 0.3);
        }
        Stats p3 = gatling.get("P3");
        if (p3 != null) {
            double tps = Double.parseDouble(results.getProperty("SYSBENCH_TPS", "NaN"));
            double rate = p3.rps;
            rows.add(new Row(
                    "P3 quiz submissions (" + results.getProperty("P3_ANSWERS", "?") + " answers)",
                    String.format(Locale.ROOT, "%.1f/s, %d errors", rate, p3.ko),
                    String.format(Locale.ROOT, "sysbench oltp_write_only %.1f tps", tps),
                    String.format(Locale.ROOT, "%.2f", rate / tps),
                    ">= 0.5",
                    verdict(rate / tps >= 0.5 && p3.ko == 0)));
        }
        absolute(rows, results, "P6_START_S", "P6 start, process to first answer", "%.1f s", "<= 2 s", 2);
        absolute(rows, results, "RSS_IDLE_MB", "P6 memory idle (RSS)", "%.0f MB", "<= 250 MB", 250);
        absolute(rows, results, "RSS_P1_MB", "P6 memory under P1 (highest RSS)", "%.0f MB", "<= 400 MB", 400);
        Stats p8 = gatling.get("P8");
        if (p8 != null) {
            double seconds = p8.max / 1000;
            rows.add(new Row(
                    "P8 login storm (" + p8.total + " sign-ins at once, token endpoint)",
                    String.format(Locale.ROOT, "last answer after %.1f s, %d errors", seconds, p8.ko),
                    "",
                    "",
                    "200 in <= 10 s",
                    verdict(seconds <= 10 && p8.ko == 0)));
        }
        p5(rows, results, gatling.get("P5"), size);
        for (int i = 0; results.containsKey("P7_" + i + "_PATH"); i++) {
            long ms = Long.parseLong(results.getProperty("P7_" + i + "_MS"));
            long bytes = Long.parseLong(results.getProperty("P7_" + i + "_BYTES"));
            int status = Integer.parseInt(results.getProperty("P7_" + i + "_STATUS"));
            rows.add(new Row(
                    "P7 " + results.getProperty("P7_" + i + "_PATH"),
                    String.format(Locale.ROOT, "%d ms (slowest of 5), %,d bytes, %d", ms, bytes, status),
                    "",
                    "",
                    "<= 1 s at L",
                    verdict(ms <= 1000 && status == 200)));
        }

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

    /**
     * P5: ingest as statements/s (Gatling's requests/s times the batch), against sysbench oltp_write_only on the same
     * MariaDB (P3's reference: a statement batch is a write transaction too); each query kind's p95 and p99.
     */
    private static void p5(List<Row> rows, Properties results, Stats ingest, String size) {
        if (ingest != null) {
            int batch = Integer.parseInt(results.getProperty("P5_BATCH", "50"));
            double rate = ingest.rps * batch;
            double tps = Double.parseDouble(results.getProperty("SYSBENCH_TPS", "NaN"));
            rows.add(new Row(
                    "P5 xAPI ingest (batches of " + batch + ", POST /xapi/statements, persisted)",
                    String.format(Locale.ROOT, "%.0f statements/s, %d errors of %d batches", rate, ingest.ko,
                            ingest.total),
                    String.format(Locale.ROOT, "sysbench oltp_write_only %.1f tps", tps),
                    String.format(Locale.ROOT, "%.2f", rate / tps),
                    ">= 1,000 statements/s",
                    verdict(rate >= 1000 && ingest.ko == 0)));
        }
        String statements = String.format(Locale.ROOT, "%,d", Generate.Size.valueOf(size).statements);
        for (int i = 0; results.containsKey("P5_Q_" + i + "_NAME"); i++) {
            long p95 = Long.parseLong(results.getProperty("P5_Q_" + i + "_P95"));
            long p99 = Long.parseLong(results.getProperty("P5_Q_" + i + "_P99"));
            long errors = Long.parseLong(results.getProperty("P5_Q_" + i + "_ERRORS"));
            rows.add(new Row(
                    "P5 xAPI query by " + results.getProperty("P5_Q_" + i + "_NAME") + " (" + statements
                            + " statements, " + results.getProperty("P5_QUERY_READERS", "?") + " readers)",
                    String.format(Locale.ROOT, "p50 %s ms, p95 %d ms, p99 %d ms, %s errors of %s, %s statements a page",
                            results.getProperty("P5_Q_" + i + "_P50", "?"), p95, p99, errors, results.getProperty("P5_Q_" + i + "_COUNT"),
                            results.getProperty("P5_Q_" + i + "_ROWS")),
                    "",
                    "",
                    "p95 and p99 <= 50 ms at L",
                    verdict(p99 <= 50 && errors == 0)));
        }
    }

    private static void throughput(List<Row> rows, Stats stats, String name, double reference, double target) {
        if (stats == null) {
            return;
        }
        double rate = stats.rps;
        rows.add(new Row(
                name,
                String.format(Locale.ROOT, "%.0f req/s, %d errors", rate, stats.ko),
                String.format(Locale.ROOT, "GET /api/me %.0f req/s", reference),
                String.format(Locale.ROOT, "%.2f", rate / reference),
                ">= " + target,
                verdict(rate / reference >= target && stats.ko == 0)));
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

    /** The "Global Information" block Gatling prints at the end of a run; null when the run did not finish. */
    private static Stats stats(Path log) throws IOException {
        Map<String, String[]> lines = new LinkedHashMap<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("> ") && line.contains("|")) {
                String[] cells = line.substring(2).split("\\|");
                lines.putIfAbsent(cells[0].strip(), cells);
            }
        }
        if (!lines.containsKey("request count")) {
            return null;
        }
        return new Stats(
                (long) cell(lines, "request count", 1),
                (long) cell(lines, "request count", 2),
                (long) cell(lines, "request count", 3),
                cell(lines, "max response time (ms)", 1),
                cell(lines, "response time 99th percentile (ms)", 1),
                cell(lines, "mean throughput (rps)", 1));
    }

    private static double cell(Map<String, String[]> lines, String name, int column) {
        String value = lines.get(name)[column].strip().replace(",", "");
        return value.equals("-") ? 0 : Double.parseDouble(value);
    }
}
