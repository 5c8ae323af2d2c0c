package eu.topcop.learn.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * P8: a login storm. 200 bench users get a token from Keycloak's token endpoint at once (password grant); the
 * figure is the time until the last of them has one (the slowest response, as all start together).
 */
public class P8LoginStorm extends Simulation {

    static final int USERS = Bench.intEnv("BENCH_P8_USERS", 200);

    ScenarioBuilder storm = scenario("P8 login storm")
            .exec(session -> session.set("username", Bench.username((int) (session.userId() % Bench.USERS))))
            .exec(http("sign-in")
                    .post(Bench.TOKEN_URL)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .body(StringBody(session -> Bench.tokenForm(session.getString("username"))))
                    .check(status().is(200), jsonPath("$.access_token").exists()));

    {
        setUp(storm.injectOpen(atOnceUsers(USERS))).protocols(http.shareConnections());
    }
}
