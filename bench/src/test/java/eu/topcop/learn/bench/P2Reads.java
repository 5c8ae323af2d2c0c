package eu.topcop.learn.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * P2: authenticated API reads at saturation. {@code BENCH_PATH} is read in a loop by {@code BENCH_CONCURRENCY}
 * users, each with a bench user's token (fetched before the measured part), for {@code BENCH_SECONDS}: the figure
 * is requests per second. bench/run runs it for {@code /api/me} (the reference) and for the catalogue.
 */
public class P2Reads extends Simulation {

    static final String PATH = Bench.env("BENCH_PATH", "/api/me");
    static final int CONCURRENCY = Bench.intEnv("BENCH_CONCURRENCY", 16);
    static final int SECONDS = Bench.intEnv("BENCH_SECONDS", 20);

    final List<Map<String, Object>> tokens = new ArrayList<>();

    {
        IntStream.range(0, CONCURRENCY)
                .parallel()
                .mapToObj(i -> Map.<String, Object>of("token", Bench.token(Bench.username(i))))
                .forEachOrdered(tokens::add);
    }

    final Iterator<Map<String, Object>> feeder = tokens.stream().iterator();

    ScenarioBuilder reads = scenario("P2 " + PATH)
            .feed(feeder)
            .during(Duration.ofSeconds(SECONDS))
            .on(exec(http(PATH).get(Bench.APP + PATH)
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200))));

    {
        // No cache: every read is answered in full (the catalogue sends ETags, and a 304 costs less than a page).
        setUp(reads.injectOpen(atOnceUsers(CONCURRENCY)))
                .protocols(http.disableCaching())
                .maxDuration(Duration.ofSeconds(SECONDS + 30));
    }
}
