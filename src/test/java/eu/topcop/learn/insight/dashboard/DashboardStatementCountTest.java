package eu.topcop.learn.insight.dashboard;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dashboard, its page and a priority's page read the same number of SQL statements whatever the facts hold
 * (Hibernate statistics): one country and year of data, evaluation answers among them, then five more countries and
 * years.
 */
@QuarkusTest
class DashboardStatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DashboardData data;

    @Inject
    DashboardEvaluationData evaluation;

    @Inject
    DashboardFacts facts;

    @Test
    @TestSecurity(user = "count-manager", roles = Roles.COURSE_MANAGER)
    void shouldReadTheDashboardWithTheSameStatementsForOneAndSixCountriesAndYears() {
        seed("CY", 2021);
        facts.refresh().orElseThrow();
        long[] few = counts();
        seed("EE", 2022);
        seed("LV", 2023);
        seed("LT", 2022);
        seed("SI", 2020);
        seed("SK", 2019);
        facts.refresh().orElseThrow();
        long[] many = counts();
        assertEquals(few[0], many[0], "the API");
        assertEquals(few[1], many[1], "the dashboard page");
        assertEquals(few[2], many[2], "a priority's page");
    }

    /** The dashboard's data set and evaluation answers: shown and hidden reactions, follow-ups, test pairs. */
    private void seed(String country, int year) {
        data.seed(country, year);
        evaluation.reactions(country, year, 10, 8, 6, 9, 7);
        evaluation.reactions(country, year + 1, 3, 4);
        evaluation.followUps(country, year, DashboardEvaluationData.APPLIED_REGULARLY, DashboardEvaluationData.NO);
        evaluation.knowledgeTests(country, year, new int[] {40, 60});
    }

    private long[] counts() {
        return new long[] {
            statements(() -> given().auth()
                    .oauth2(accessToken(Tokens.MANAGER))
                    .get("/api/insight/dashboard")
                    .then()
                    .statusCode(200)),
            statements(() -> given().get("/insight/dashboard").then().statusCode(200)),
            statements(() -> given().get("/insight/priorities/" + DashboardData.PRIORITY)
                    .then()
                    .statusCode(200))
        };
    }

    private long statements(Runnable request) {
        request.run();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
