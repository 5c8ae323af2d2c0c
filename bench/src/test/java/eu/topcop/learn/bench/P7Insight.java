package eu.topcop.learn.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * P7: every insight dashboard, report and export, as a course manager reads them (the demo's {@code marta.keller},
 * who sees every country): the API with her token, the pages and their downloads with the cookies her browser
 * holds after signing in. Not a load test: one reader, each route once to warm it and then {@link #TIMES} times,
 * the whole answer read to its last byte. {@code P7Insight RESULTS} appends, per route, its path, the slowest of
 * the timed reads (ms), its size (bytes) and its status to the results file bench/run's report reads.
 */
public final class P7Insight {

    static final int TIMES = Bench.intEnv("BENCH_P7_TIMES", 5);
    static final String READER = Bench.env("BENCH_P7_READER", "marta.keller");

    private P7Insight() {}

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        String raw = Bench.token(READER);
        String token = "Bearer " + raw;
        String cookies = Bench.pageSession(READER);
        List<String> routes = new ArrayList<>(List.of(
                "/api/insight/dashboard",
                "/api/insight/dashboard?country=UA",
                "/api/manager/coverage",
                "/api/evaluation/reports",
                "/api/insight/results?limit=50",
                "/api/trainers/pool",
                "/insight/dashboard",
                "/insight/dashboard?country=UA",
                "/insight/dashboard/cells.csv",
                "/insight/dashboard.xlsx",
                "/insight/dashboard/report.pdf?country=UA",
                "/insight/results/figures",
                "/insight/results/figures/all.xlsx",
                "/evaluation/reports",
                "/manager",
                "/trainers/cascade",
                "/trainers/cascade.csv"));
        JsonNode rounds = Bench.get(raw, "/api/insight/rounds");
        if (rounds.size() > 0) {
            String round = rounds.get(0).path("code").asText();
            routes.addAll(List.of(
                    "/api/insight/rounds/" + round + "/gaps",
                    "/api/insight/rounds/" + round + "/coverage",
                    "/insight/rounds/" + round + "/gaps",
                    "/insight/rounds/" + round + "/coverage",
                    "/insight/rounds/" + round + "/coverage.xlsx"));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < routes.size(); i++) {
            String route = routes.get(i);
            String credential = route.startsWith("/api/") ? token : cookies;
            String header = route.startsWith("/api/") ? "Authorization" : "Cookie";
            long[] times = new long[TIMES];
            long[] last = read(client, route, header, credential); // warm
            for (int t = 0; t < TIMES; t++) {
                long started = System.nanoTime();
                last = read(client, route, header, credential);
                times[t] = (System.nanoTime() - started) / 1_000_000;
            }
            long slowest = Arrays.stream(times).max().orElse(0);
            System.out.printf(Locale.ROOT, "P7 %-50s %5d ms (slowest of %d), %d bytes, %d%n",
                    route, slowest, TIMES, last[1], last[0]);
            lines.append(String.format(Locale.ROOT,
                    "P7_%d_PATH=%s%nP7_%d_MS=%d%nP7_%d_BYTES=%d%nP7_%d_STATUS=%d%n",
                    i, route, i, slowest, i, last[1], i, last[0]));
        }
        Files.writeString(results, lines, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
    }

    /** Status and bytes of one read, the body read through (a streamed export is timed to its end). */
    private static long[] read(HttpClient client, String route, String header, String credential) {
        try {
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(URI.create(Bench.APP + route))
                            .header(header, credential)
                            .timeout(Duration.ofSeconds(300))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream body = response.body()) {
                bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new long[] {response.statusCode(), bytes};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
