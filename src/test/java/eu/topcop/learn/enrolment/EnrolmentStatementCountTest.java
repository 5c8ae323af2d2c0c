package eu.topcop.learn.enrolment;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The course managers' pages and API lists issue the same number of SQL statements for an offering with 3 and
 * with 60 applications (Hibernate statistics): the queue, the offering's enrolment page, the attendance register,
 * the roster, the waiting list and the quota use; and a coordinator's list of their country's applications.
 */
@QuarkusTest
class EnrolmentStatementCountTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldRenderManagerPagesWithTheSameStatementsForFewAndManyApplications() {
        Offering few = withApplications(3);
        Offering many = withApplications(60);
        for (String page : List.of(
                "/enrolment/queue?offering=%s&status=APPROVED&status=WAITING",
                "/enrolment/offerings/%s",
                "/enrolment/offerings/%s/attendance",
                "/api/enrolment/queue?offering=%s&size=200",
                "/api/enrolment/offerings/%s/roster?size=200",
                "/api/enrolment/offerings/%s/waiting-list?size=200",
                "/api/enrolment/offerings/%s/quota-use",
                "/api/enrolment/offerings/%s/attendance")) {
            assertEquals(
                    statementsFor(page.formatted(few.code)),
                    statementsFor(page.formatted(many.code)),
                    "statements for " + page + " grew with the applications");
        }
    }

    @Test
    @TestSecurity(
            user = "count-coordinator-ge",
            roles = Roles.NATIONAL_COORDINATOR,
            attributes = @SecurityAttribute(key = "country", value = "GE"))
    void shouldListACountrysApplicationsWithTheSameStatementsForFewAndMany() {
        fixture.named("count-coordinator-ge", "GE");
        List<String> lists = List.of("/enrolment/country", "/api/enrolment/country-applications?size=100");
        withApplications(3);
        long[] few = lists.stream().mapToLong(this::statementsFor).toArray();
        withApplications(60);
        long[] many = lists.stream().mapToLong(this::statementsFor).toArray();
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(few[i], many[i], "statements for " + lists.get(i) + " grew with the applications");
        }
    }

    /** An offering with half its applicants seated and the rest waiting. */
    private Offering withApplications(int count) {
        Offering offering = fixture.offering(count / 2 + 1);
        Person manager = fixture.manager();
        for (Person person : fixture.people(count, "GE")) {
            fixture.approved(offering, person, manager);
        }
        return offering;
    }

    private long statementsFor(String path) {
        // The signed-in person is looked up first; that is the same for both, and counted in both.
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
