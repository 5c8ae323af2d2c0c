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
 * P2: authenticated reads at saturation. {@code BENCH_PATH} is read in a loop by {@code BENCH_CONCURRENCY} users
 * for {@code BENCH_SECONDS}: the figure is requests per second. An API path is read with a bench user's token; a
 * page with the session cookies the user's browser would hold after signing in through Keycloak's form (both got
 * before the measured part). {@code {offering}} in the path stands for the first offering the catalogue lists.
 * bench/run runs it for {@code /api/me} (the reference), the catalogue API and each page a trainee uses.
 */
public class P2Reads extends Simulation {

    static final boolean PAGE = !Bench.env("BENCH_PATH", "/api/me").startsWith("/api/");
    static final String PATH = resolved(Bench.env("BENCH_PATH", "/api/me"));
    static final int CONCURRENCY = Bench.intEnv("BENCH_CONCURRENCY", 16);
    static final int SECONDS = Bench.intEnv("BENCH_SECONDS", 20);

    final List<Map<String, Object>> tokens = new ArrayList<>();

    {
        IntStream.range(0, CONCURRENCY)
                .parallel()
                .mapToObj(i -> Map.<String, Object>of(
                        "credential",
                        PAGE
                                ? Bench.pageSession(Bench.username(i))
                                : "Bearer " + Bench.token(Bench.username(i))))
                .forEachOrdered(tokens::add);
    }

    private static String resolved(String path) {
        if (!path.contains("{offering}")) {
            return path;
        }
        String code = Bench.get(Bench.token(Bench.username(0)), "/api/catalogue/offerings?size=1")
                .path(0)
                .path("code")
                .asText();
        return path.replace("{offering}", code);
    }

    final Iterator<Map<String, Object>> feeder = tokens.stream().iterator();

    ScenarioBuilder reads = scenario("P2 " + PATH)
            .feed(feeder)
            .during(Duration.ofSeconds(SECONDS))
            .on(exec(http(PATH).get(Bench.APP + PATH)
                    .header(PAGE ? "Cookie" : "Authorization", "#{credential}")
                    .check(status().is(200))));

    {
        // No cache: every read is answered in full (the catalogue sends ETags, and a 304 costs less than a page).
        setUp(reads.injectOpen(atOnceUsers(CONCURRENCY)))
                .protocols(http.disableCaching().disableFollowRedirect())
                .maxDuration(Duration.ofSeconds(SECONDS + 30));
    }
}
