package eu.topcop.learn.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * P3: quiz submissions at saturation. Before the measured part, {@code BENCH_ATTEMPTS} bench users each start
 * the module {@code BENCH_MODULE}, read its lessons and start its quiz (through the API, as the player does);
 * then {@code BENCH_CONCURRENCY} virtual users submit those attempts as fast as they are answered. The figure is
 * submissions per second.
 */
public class P3QuizSubmissions extends Simulation {

    static final String MODULE = Bench.env("BENCH_MODULE", "drugs-ilp");
    static final int ATTEMPTS = Bench.intEnv("BENCH_ATTEMPTS", 400);
    static final int CONCURRENCY = Bench.intEnv("BENCH_CONCURRENCY", 16);
    /** Users who start the quiz in P3; P1 takes the users after them, so that neither finds the other's work. */
    static final int FIRST_USER = Bench.intEnv("BENCH_FIRST_USER", 0);

    final ConcurrentLinkedQueue<Map<String, Object>> attempts = new ConcurrentLinkedQueue<>();

    {
        IntStream.range(FIRST_USER, FIRST_USER + ATTEMPTS).parallel().forEach(i -> attempts.add(prepare(i)));
        System.out.printf(
                "P3: %d attempts ready, %d answers each%n",
                attempts.size(), QuizPaper.count((String) attempts.peek().get("answers")));
    }

    static Map<String, Object> prepare(int user) {
        String token = Bench.token(Bench.username(user));
        String base = "/api/learning/modules/" + MODULE;
        Bench.post(token, base + "/start", null);
        int lessons = Bench.get(token, "/api/content/modules/" + MODULE).get("lessons").size();
        for (int n = 1; n <= lessons; n++) {
            Bench.get(token, base + "/lessons/" + n);
            Bench.post(token, base + "/lessons/" + n + "/read", null);
        }
        int number = Bench.post(token, base + "/quiz/attempts", null).get("lesson").asInt();
        JsonNode paper = Bench.get(token, base + "/quiz/attempts/" + number);
        return Map.of("token", token, "path", base + "/quiz/attempts/" + number + "/submission", "answers",
                QuizPaper.answers(paper));
    }

    /** Never runs dry: once every attempt is taken, users get an empty record and stop. */
    final Iterator<Map<String, Object>> feeder = new Iterator<>() {
        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            Map<String, Object> attempt = attempts.poll();
            return attempt == null ? Map.of("empty", true) : attempt;
        }
    };

    ScenarioBuilder submissions = scenario("P3 quiz submissions")
            .asLongAs(session -> !attempts.isEmpty())
            .on(feed(feeder)
                    .doIf(session -> session.contains("token"))
                    .then(exec(http("submission")
                            .post(Bench.APP + "#{path}")
                            .header("Authorization", "Bearer #{token}")
                            .header("Content-Type", "application/json")
                            .body(StringBody("#{answers}"))
                            .check(status().is(200)))));

    {
        setUp(submissions.injectOpen(atOnceUsers(CONCURRENCY)));
    }
}
