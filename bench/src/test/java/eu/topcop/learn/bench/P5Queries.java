package eu.topcop.learn.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * P5 (b): statement queries as a reporting system or a partner's LRS reads them, at the size's statement count:
 * GET /xapi/statements by agent (a generated learner), by activity (a module or one of its lessons) and by verb
 * since a day (passed, within the generated years), a page of {@link #LIMIT}. Not Gatling: each query kind is timed
 * on its own by {@link #READERS} readers, {@link #TIMES} queries each, after {@link #WARM} of every kind have warmed
 * the application (its JIT) and MariaDB, so that the first kind timed does not pay the warm-up for the others, and its
 * percentiles are its own. {@code P5Queries RESULTS} appends per kind its name, p50, p95, p99, queries, errors and
 * the mean statements a page returned (a query that finds nothing would be fast for the wrong reason).
 */
public final class P5Queries {

    static final int LIMIT = 25;
    static final int TIMES = Bench.intEnv("BENCH_P5_QUERIES", 200);
    /**
     * Queries of every kind each reader sends before any is timed. 50 left the JIT compiling while the first kind
     * was timed: at L, by agent (timed first) p50 23 ms, p95 44, p99 59 after 50, and 14, 25, 37 after 500 (the
     * learners timed are other learners than those warmed with, so it is not their pages that were warmed).
     */
    static final int WARM = Bench.intEnv("BENCH_P5_WARM", 500);
    static final int READERS = Bench.intEnv("BENCH_P5_READERS", 4);
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";

    private record Kind(String name, Function<Random, String> query) {}

    private P5Queries() {}

    public static void main(String[] args) throws Exception {
        P5Data data = P5Data.load();
        List<Kind> kinds = List.of(
                new Kind("agent", random -> "agent=" + encode(data.agent(data.learner(random)))),
                new Kind("activity", random -> {
                    P5Data.Module module = data.module(random);
                    String activity = random.nextBoolean()
                            ? module.activity()
                            : module.activity() + "/lessons/" + (1 + random.nextInt(Math.max(1, module.lessons())));
                    return "activity=" + encode(activity);
                }),
                new Kind("verb+since", random -> "verb=" + encode(PASSED) + "&since="
                        + encode(Offerings.AS_OF.minusSeconds(86_400L * random.nextInt(1_000)).toString())));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        StringBuilder lines = new StringBuilder();
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<?>> warming = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                Random random = new Random(-17L - r);
                warming.add(pool.submit(() -> {
                    for (int t = 0; t < WARM; t++) {
                        for (Kind kind : kinds) {
                            read(client, data, kind.query.apply(random));
                        }
                    }
                }));
            }
            for (Future<?> reader : warming) {
                reader.get();
            }
            for (int k = 0; k < kinds.size(); k++) {
                Kind kind = kinds.get(k);
                AtomicLong errors = new AtomicLong();
                AtomicLong returned = new AtomicLong();
                List<Future<long[]>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    Random random = new Random(17L * (k + 1) + r);
                    readers.add(pool.submit(() -> {
                        long[] times = new long[TIMES];
                        for (int t = 0; t < TIMES; t++) {
                            long started = System.nanoTime();
                            int statements = read(client, data, kind.query.apply(random));
                            long ms = (System.nanoTime() - started) / 1_000_000;
                            times[t] = ms;
                            if (statements < 0) {
                                errors.incrementAndGet();
                            } else {
                                returned.addAndGet(statements);
                            }
                        }
                        return times;
                    }));
                }
                long[] all = new long[0];
                for (Future<long[]> reader : readers) {
                    long[] times = reader.get();
                    long[] joined = Arrays.copyOf(all, all.length + times.length);
                    System.arraycopy(times, 0, joined, all.length, times.length);
                    all = joined;
                }
                Arrays.sort(all);
                long p50 = all[(int) Math.ceil(all.length * 0.50) - 1];
                long p95 = all[(int) Math.ceil(all.length * 0.95) - 1];
                long p99 = all[(int) Math.ceil(all.length * 0.99) - 1];
                double mean = returned.get() / (double) Math.max(1, all.length - errors.get());
                System.out.printf(Locale.ROOT, "P5 query by %-10s p50 %4d ms, p95 %4d ms, p99 %4d ms, %d queries, %d"
                                + " errors, %.1f statements a page%n",
                        kind.name, p50, p95, p99, all.length, errors.get(), mean);
                lines.append(String.format(Locale.ROOT,
                        "P5_Q_%d_NAME=%s%nP5_Q_%d_P50=%d%nP5_Q_%d_P95=%d%nP5_Q_%d_P99=%d%nP5_Q_%d_COUNT=%d%n"
                                + "P5_Q_%d_ERRORS=%d%nP5_Q_%d_ROWS=%.1f%n",
                        k, kind.name, k, p50, k, p95, k, p99, k, all.length, k, errors.get(), k, mean));
            }
        } finally {
            pool.shutdown();
        }
        lines.append("P5_QUERY_READERS=").append(READERS).append('\n');
        Files.writeString(Path.of(args[0]), lines, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
    }

    /** The statements of one page, or -1 when the answer was not 200 or did not arrive. */
    private static int read(HttpClient client, P5Data data, String query) {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(Bench.APP + "/xapi/statements?" + query + "&limit=" + LIMIT))
                            .header("Authorization", data.basic())
                            .header("X-Experience-API-Version", "1.0.3")
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            JsonNode body = Bench.JSON.readTree(response.body());
            return body.path("statements").size();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
