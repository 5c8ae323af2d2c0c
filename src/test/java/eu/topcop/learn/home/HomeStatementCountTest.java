package eu.topcop.learn.home;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.LearningService;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationService;
import eu.topcop.learn.trainers.TrainerFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The home page of a person holding every role issues the same number of SQL statements with one row in each of
 * its sections and with many (Hibernate statistics): each section is a count and the first few rows.
 */
@QuarkusTest
class HomeStatementCountTest {

    private static final String USER = "home.everyone";

    @Inject
    EnrolmentFixture fixture;

    @Inject
    TrainerFixture trainers;

    @Inject
    LearningService learning;

    @Inject
    MultiplicationService multiplication;

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(
            user = USER,
            roles = {Roles.TRAINEE, Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    void shouldRenderHomeOfEveryRoleWithTheSameStatementsForFewAndManyRows() {
        Person me = trainers.certified(fixture.named(USER, "GE"), trainers.trainTheTrainer());
        Person coordinator = fixture.named("home.everyone-coordinator", "GE");
        learning.startOrResume("drugs-ilp", me);
        addRows(me, coordinator, 1);
        long few = statementsForHome();

        learning.startOrResume("thb-ilp", me);
        addRows(me, coordinator, 6);
        long many = statementsForHome();

        assertEquals(few, many, "statements for /home grew with the data");
    }

    /** For each section: applications of mine, to endorse and to decide, and multiplication courses to report. */
    private void addRows(Person me, Person coordinator, int count) {
        Offering managed = fixture.offering(count + 1, USER);
        for (int i = 0; i < count; i++) {
            fixture.apply(fixture.offering(5), me);
            fixture.apply(managed, fixture.person("GE"));
            fixture.decidable(managed, fixture.person("MD"));
            String code = multiplication.plan(me, TrainerFixture.plan()).code;
            multiplication.decide(code, coordinator, "GE", new Decision(true, null));
            trainers.held(code);
        }
    }

    private long statementsForHome() {
        // The signed-in person is looked up first; that is the same for both, and counted in both.
        given().when().get("/home").then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when()
                .get("/home")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"home-manager\""))
                .body(containsString("data-testid=\"home-coordinator\""))
                .body(containsString("data-testid=\"home-trainer\""))
                .body(containsString("data-testid=\"home-trainee\""))
                .body(containsString("data-testid=\"home-admin\""));
        return statistics.getPrepareStatementCount();
    }
}
