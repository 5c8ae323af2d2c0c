package eu.topcop.learn.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A person's certificates (also in their personal-data export) and xAPI statements, and a module's cohort with the statements about one of its lessons,
 * cost the same SQL statements for few rows and for many (Hibernate statistics).
 */
@QuarkusTest
class LearningStatementCountTest {

    private static final String HOLDER = "count-certificate-holder";
    private static final String MANAGER = "count-cohort-manager";
    private static final String MODULE = "smuggling-ilp";

    @Inject
    EnrolmentFixture fixture;

    @Inject
    CertificateService certificates;

    @Inject
    LearningService learning;

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(user = HOLDER, roles = Roles.TRAINEE)
    void shouldListCertificatesAndThePersonalDataWithTheSameStatementsFor3And30() {
        Person holder = fixture.named(HOLDER, "GE");
        // The personal-data export shows the certificates among everything else kept about the person.
        List<String> lists = List.of(
                "/learning/certificates", "/api/learning/certificates", "/me/personal-data", "/api/me/personal-data");
        issue(holder, 3);
        long[] few = lists.stream().mapToLong(this::statementsFor).toArray();
        issue(holder, 27);
        long[] many = lists.stream().mapToLong(this::statementsFor).toArray();
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(few[i], many[i], "statements for " + lists.get(i) + " grew with the certificates");
        }
    }

    @Test
    @TestSecurity(
            user = MANAGER,
            roles = {Roles.TRAINEE, Roles.COURSE_MANAGER})
    void shouldShowACohortAndStatementsWithTheSameStatementsFor3And30Learners() {
        Person me = fixture.named(MANAGER, "MD");
        learning.startOrResume(MODULE, me);
        Reading.read(learning, MODULE, 1, me);
        fixture.people(2, "MD").forEach(this::readFirstLesson);
        String activity = given().when()
                .get("/api/learning/my-statements?limit=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[0].object.id");
        List<String> lists = List.of(
                "/learning/cohorts/" + MODULE,
                "/api/learning/cohorts/" + MODULE + "?size=200",
                "/api/learning/my-statements?limit=500",
                "/api/learning/statements?limit=500&activity=" + activity);
        long[] few = lists.stream().mapToLong(this::statementsFor).toArray();
        fixture.people(27, "MD").forEach(this::readFirstLesson);
        for (int n = 2; n <= 4; n++) {
            Reading.read(learning, MODULE, n, me);
        }
        long[] many = lists.stream().mapToLong(this::statementsFor).toArray();
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(few[i], many[i], "statements for " + lists.get(i) + " grew with the learners");
        }
    }

    private void readFirstLesson(Person learner) {
        learning.startOrResume(MODULE, learner);
        Reading.read(learning, MODULE, 1, learner);
    }

    /** Certificates of made-up courses, issued the application's way (signed), each under its own code. */
    private void issue(Person holder, int count) {
        for (int i = 0; i < count; i++) {
            String course = "count-course-" + UUID.randomUUID().toString().substring(0, 8);
            QuarkusTransaction.requiringNew()
                    .run(() -> certificates.issue(
                            holder,
                            Certificate.Kind.COURSE,
                            course,
                            Map.of("en", "Counted course"),
                            List.of("drug-trafficking"),
                            16,
                            LocalDate.now().minusDays(10),
                            LocalDate.now().minusDays(5)));
        }
    }

    /** Statements of the second request: the first may also sync the caller's person. */
    private long statementsFor(String path) {
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
