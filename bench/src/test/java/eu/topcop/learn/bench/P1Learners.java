package eu.topcop.learn.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * P1: learners working through an online module and its quiz, as people do: sign in (token endpoint), open the
 * module, then each lesson and its "read" with 30 to 90 s of reading in between, then the quiz: start it, read
 * the paper, think, submit. {@code BENCH_P1_USERS} learners arrive over {@code BENCH_P1_RAMP} seconds (user
 * numbers from {@code BENCH_FIRST_USER} on). The figures: errors and the 99th percentile of response times.
 */
public class P1Learners extends Simulation {

    static final String MODULE = Bench.env("BENCH_MODULE", "drugs-ilp");
    static final int USERS = Bench.intEnv("BENCH_P1_USERS", 300);
    static final int RAMP = Bench.intEnv("BENCH_P1_RAMP", 60);
    static final int FIRST_USER = Bench.intEnv("BENCH_FIRST_USER", 400);
    static final int LESSONS = Bench.intEnv("BENCH_P1_LESSONS", 5);
    static final int THINK_MIN = Bench.intEnv("BENCH_P1_THINK_MIN", 30);
    static final int THINK_MAX = Bench.intEnv("BENCH_P1_THINK_MAX", 90);

    static final String BASE = "/api/learning/modules/" + MODULE;

    ChainBuilder think = pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX));

    ScenarioBuilder learners = scenario("P1 learners")
            .exec(session -> session.set(
                    "username", Bench.username(FIRST_USER + (int) ((session.userId() - 1) % USERS))))
            .exec(http("sign-in")
                    .post(Bench.TOKEN_URL)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .body(StringBody(session -> Bench.tokenForm(session.getString("username"))))
                    .check(status().is(200), jsonPath("$.access_token").saveAs("token")))
            .exec(http("module").get(Bench.APP + "/api/content/modules/" + MODULE).header("Authorization",
                    "Bearer #{token}"))
            .exec(http("start").post(Bench.APP + BASE + "/start").header("Authorization", "Bearer #{token}"))
            .repeat(LESSONS, "n")
            .on(exec(session -> session.set("lesson", session.getInt("n") + 1))
                    .exec(http("lesson").get(Bench.APP + BASE + "/lessons/#{lesson}")
                            .header("Authorization", "Bearer #{token}"))
                    .exec(think)
                    .exec(http("read").post(Bench.APP + BASE + "/lessons/#{lesson}/read")
                            .header("Authorization", "Bearer #{token}")))
            .exec(http("quiz start").post(Bench.APP + BASE + "/quiz/attempts")
                    .header("Authorization", "Bearer #{token}")
                    .check(jsonPath("$.lesson").saveAs("attempt")))
            .exec(http("quiz paper").get(Bench.APP + BASE + "/quiz/attempts/#{attempt}")
                    .header("Authorization", "Bearer #{token}")
                    .check(bodyString().transform(body -> {
                        try {
                            return QuizPaper.answers(Bench.JSON.readTree(body));
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).saveAs("answers")))
            .exec(think)
            .exec(http("quiz submission").post(Bench.APP + BASE + "/quiz/attempts/#{attempt}/submission")
                    .header("Authorization", "Bearer #{token}")
                    .header("Content-Type", "application/json")
                    .body(StringBody("#{answers}")));

    {
        setUp(learners.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(http.check(status().in(200, 304)));
    }
}
