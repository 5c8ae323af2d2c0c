package eu.topcop.learn.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * P5 (a): xAPI statement ingest at saturation. {@code BENCH_CONCURRENCY} clients POST batches of {@link #BATCH}
 * statements to {@code /xapi/statements} for {@code BENCH_SECONDS}, with the bench LRS client's HTTP Basic
 * credentials (P5Setup), as a partner's content or a mobile app that reports a learner's session does. Each batch
 * is one learner's session on one generated module: launched, the lessons experienced, the quiz attempted and
 * passed or failed with a scored result, completed; actor, activities and parent context as the generated store
 * names them, a fresh registration per session. The figure is statements per second (requests/s times 50), each
 * request answered 200 only once its statements are persisted.
 */
public class P5Ingest extends Simulation {

    static final int BATCH = 50;
    static final int CONCURRENCY = Bench.intEnv("BENCH_CONCURRENCY", 8);
    static final int SECONDS = Bench.intEnv("BENCH_SECONDS", 30);
    static final P5Data DATA = P5Data.load();
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    ScenarioBuilder ingest = scenario("P5 xAPI ingest")
            .during(Duration.ofSeconds(SECONDS))
            .on(exec(http("POST /xapi/statements (" + BATCH + ")")
                    .post(Bench.APP + "/xapi/statements")
                    .header("Authorization", DATA.basic())
                    .header("X-Experience-API-Version", "1.0.3")
                    .header("Content-Type", "application/json")
                    .body(StringBody(session -> batch()))
                    .check(status().is(200))));

    /** One learner's session: 50 statements about one module, in the order the player would send them. */
    static String batch() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String actor = DATA.agent(DATA.learner(random));
        P5Data.Module module = DATA.module(random);
        String registration = UUID.randomUUID().toString();
        String parent = module.activity();
        // The session just ended: at most 90 s between statements, so the last one is not in the future.
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(BATCH * 90L);
        StringBuilder json = new StringBuilder(BATCH * 700).append('[');
        for (int i = 0; i < BATCH; i++) {
            String verb;
            String object;
            String result = "";
            if (i == 0) {
                verb = "launched";
                object = parent;
            } else if (i < BATCH - 3) {
                verb = "experienced";
                object = parent + "/lessons/" + (1 + (i - 1) % Math.max(1, module.lessons()));
            } else if (i == BATCH - 3) {
                verb = "attempted";
                object = parent + "/quiz";
            } else if (i == BATCH - 2) {
                int score = random.nextInt(17);
                boolean passed = score >= 11;
                verb = passed ? "passed" : "failed";
                object = parent + "/quiz";
                result = ",\"result\":{\"score\":{\"raw\":" + score + ",\"min\":0,\"max\":16,\"scaled\":"
                        + String.format(Locale.ROOT, "%.4f", score / 16.0) + "},\"success\":" + passed
                        + ",\"completion\":true,\"duration\":\"PT" + (300 + random.nextInt(900)) + "S\"}";
            } else {
                verb = "completed";
                object = parent;
                result = ",\"result\":{\"completion\":true}";
            }
            at = at.plusSeconds(30 + random.nextInt(60));
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":\"").append(UUID.randomUUID()).append("\",\"actor\":").append(actor)
                    .append(",\"verb\":{\"id\":\"").append(VERBS).append(verb)
                    .append("\",\"display\":{\"en-US\":\"").append(verb).append("\"}}")
                    .append(",\"object\":{\"objectType\":\"Activity\",\"id\":\"").append(object)
                    .append("\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/")
                    .append(object.endsWith("/quiz") ? "assessment" : object.equals(parent) ? "module" : "lesson")
                    .append("\"}}").append(result)
                    .append(",\"context\":{\"registration\":\"").append(registration)
                    .append("\",\"platform\":\"Partner academy app\",\"language\":\"uk-UA\"")
                    .append(object.equals(parent) ? "" : ",\"contextActivities\":{\"parent\":[{\"id\":\"" + parent
                            + "\"}]}")
                    .append("},\"timestamp\":\"").append(at).append("\"}");
        }
        return json.append(']').toString();
    }

    {
        System.out.printf("P5: %d statements a batch, e.g. %d characters%n", BATCH, batch().length());
        setUp(ingest.injectOpen(atOnceUsers(CONCURRENCY))).maxDuration(Duration.ofSeconds(SECONDS + 60));
    }
}
