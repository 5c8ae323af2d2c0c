package eu.topcop.learn.home;

import java.util.List;

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

    /** The lists behind the home page's sections, each a person's own rows. */
    private static final List<String> OWN_LISTS = List.of(
            "/learning",
            "/api/learning/my-learning",
            "/api/learning/my-transcript",
            "/enrolment/applications",
            "/api/enrolment/my-applications?size=100",
            "/enrolment/notifications",
            "/trainers/multiplication-courses",
            "/manager/offerings",
            "/api/catalogue/my-offerings?size=100");

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
        long[] fewLists = OWN_LISTS.stream().mapToLong(this::statementsFor).toArray();

        learning.startOrResume("thb-ilp", me);
        addRows(me, coordinator, 6);
        long many = statementsForHome();
        long[] manyLists = OWN_LISTS.stream().mapToLong(this::statementsFor).toArray();

        assertEquals(few, many, "statements for /home grew with the data");
        for (int i = 0; i < OWN_LISTS.size(); i++) {
            assertEquals(fewLists[i], manyLists[i], "statements for " + OWN_LISTS.get(i) + " grew with the data");
        }
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

    private long statementsFor(String path) {
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
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
