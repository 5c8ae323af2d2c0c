package eu.topcop.learn.home;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Application;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.CapabilityMappings;
import eu.topcop.learn.insight.GapService;
import eu.topcop.learn.insight.OtnaService;
import eu.topcop.learn.insight.OtnaViews;
import eu.topcop.learn.insight.TestRounds;
import eu.topcop.learn.learning.LearningService;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationService;
import eu.topcop.learn.trainers.TrainerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The home page shows each person the next steps of every role they hold, each linking to where it is done; the
 * portfolio and the EMPACT priorities follow below. Each test makes its own rows and asserts on those.
 */
@QuarkusTest
class HomePagesTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    TrainerFixture trainers;

    @Inject
    LearningService learning;

    @Inject
    MultiplicationService multiplication;

    @Inject
    EntityManager em;

    @Inject
    GapService gaps;

    @Inject
    CapabilityMappings mappings;

    @Test
    @TestSecurity(user = "home.trainee", roles = Roles.TRAINEE)
    void shouldShowTraineeWhereToResumeTheirApplicationsAndNextDeadline() {
        Person trainee = fixture.named("home.trainee", "GE");
        learning.startOrResume("drugs-ilp", trainee);
        Offering offering = fixture.offering(5);
        Application application = fixture.apply(offering, trainee);
        sql("UPDATE offering SET gate_deadline = CURDATE() + INTERVAL 5 DAY WHERE id = " + offering.id);

        given().header("Accept-Language", "en")
                .when()
                .get("/home")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"home-trainee\""))
                .body(containsString("href=\"/learning/modules/drugs-ilp/lessons/1\""))
                .body(containsString("data-application=\"" + application.id + "\""))
                .body(containsString("href=\"/enrolment/applications/" + application.id + "\""))
                .body(containsString("complete the online phase by"))
                .body(containsString("1 module in progress"))
                .body(containsString("data-testid=\"portfolio-priorities\""))
                .body(not(containsString("data-testid=\"home-manager\"")));
    }

    @Test
    @TestSecurity(user = "home.newcomer", roles = Roles.TRAINEE)
    void shouldPointANewcomerToTheCatalogue() {
        fixture.named("home.newcomer", "AM");
        given().header("Accept-Language", "ru")
                .when()
                .get("/home")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"trainee-empty\""))
                .body(containsString("href=\"/catalogue\" data-testid=\"next-step\""))
                .body(containsString("Найти курс в каталоге"));
    }

    @Test
    @TestSecurity(user = "home.manager", roles = Roles.COURSE_MANAGER)
    void shouldShowManagerTheDecisionsPendingOnTheirOfferingsAndThoseStartingSoon() {
        fixture.named("home.manager", "HU");
        Offering offering = fixture.offering(5, "home.manager");
        for (Person person : fixture.people(2, "MD")) {
            fixture.decidable(offering, person);
        }
        sql("UPDATE offering SET starts_on = CURDATE() + INTERVAL 3 DAY, ends_on = CURDATE() + INTERVAL 6 DAY,"
                + " applications_close_on = CURDATE() + INTERVAL 1 DAY, updated_at = NOW(3) WHERE id = " + offering.id);

        given().header("Accept-Language", "en")
                .when()
                .get("/home")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"home-manager\""))
                .body(containsString(
                        "href=\"/enrolment/queue?offering=" + offering.code + "\" data-testid=\"next-step\""))
                .body(containsString("2 applications waiting for a decision"))
                .body(containsString("data-testid=\"starting-soon\""))
                .body(containsString("href=\"/enrolment/offerings/" + offering.code + "\""))
                .body(not(containsString("data-testid=\"home-trainee\"")));
    }

    @Test
    @TestSecurity(user = "home.coordinator-am", roles = Roles.NATIONAL_COORDINATOR)
    void shouldShowCoordinatorTheCoverageOfTheirCountrysGapsInTheOpenRound() {
        Person coordinator = fixture.named("home.coordinator-am", "AM");
        String round = "home-" + System.nanoTime() % 1_000_000_000L;
        String mapped = "HC-" + System.nanoTime() % 1_000_000L;
        String unmapped = mapped + "-2";
        Map<String, Object> definition = TestRounds.definition(
                round,
                List.of("drug-trafficking"),
                List.of("AM"),
                List.of(
                        TestRounds.capability(mapped, "drug-trafficking"),
                        TestRounds.capability(unmapped, "drug-trafficking")));
        // The newest open round of the country is the one shown: later than any other test's.
        definition.put("year", 2099);
        TestRounds.define(definition);
        OtnaService.Viewer everywhere = new OtnaService.Viewer(coordinator.id, true, null);
        for (String capability : List.of(mapped, unmapped)) {
            gaps.raise(
                    round,
                    new OtnaViews.EmergingNeed(
                            "AM", capability, "investigators", Map.of("expert", 4), "high", "A new route"),
                    everywhere,
                    coordinator.id);
        }
        mappings.add(
                new OtnaViews.MappingRequest(null, "drugs-regional-training", mapped, null, "It teaches it"),
                coordinator.id,
                coordinator.name);

        given().header("Accept-Language", "en")
                .when()
                .get("/home")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"country-coverage\" data-round=\"" + round + "\""))
                .body(containsString("Gaps that courses address in round " + round + ": 1 of 2"))
                .body(containsString("since 1 January 2099: 0"))
                .body(containsString("href=\"/insight/rounds/" + round + "/coverage?country=AM\""));
    }

    @Test
    @TestSecurity(user = "home.coordinator-ge", roles = Roles.NATIONAL_COORDINATOR)
    void shouldShowCoordinatorTheApplicationsToEndorseOldestFirst() {
        fixture.named("home.coordinator-ge", "GE");
        Application application = fixture.apply(fixture.offering(5), fixture.person("GE"));
        // The oldest waits longest and comes first: made older than any other test's.
        sql("UPDATE application SET submitted_at = '2001-01-01 00:00:00' WHERE id = " + application.id);

        given().header("Accept-Language", "en")
                .when()
                .get("/home")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"home-coordinator\""))
                .body(containsString("Coordination for Georgia"))
                .body(containsString("href=\"/insight/dashboard\""))
                .body(containsString(
                        "href=\"/enrolment/applications/" + application.id + "\" data-testid=\"next-step\""))
                .body(containsString("waiting for your endorsement"))
                .body(containsString("href=\"/enrolment/country\""));
    }

    @Test
    @TestSecurity(user = "home.trainer", roles = Roles.TRAINER)
    void shouldShowTrainerTheMultiplicationCoursesToReportAndWhatTheyTrainNext() {
        Person trainer = trainers.certified(fixture.named("home.trainer", "GE"), trainers.trainTheTrainer());
        String code = multiplication.plan(trainer, TrainerFixture.plan()).code;
        multiplication.decide(code, fixture.named("home-coordinator-ge", "GE"), "GE", new Decision(true, null));
        trainers.held(code);
        Offering offering = fixture.offering(5);
        sql("INSERT INTO offering_trainer (offering_id, username) VALUES (" + offering.id + ", 'home.trainer')");

        given().header("Accept-Language", "en")
                .when()
                .get("/home")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"home-trainer\""))
                .body(containsString(
                        "href=\"/trainers/multiplication-courses/" + code + "\" data-testid=\"next-step\""))
                .body(containsString("1 multiplication course to report"))
                .body(containsString("data-offering=\"" + offering.code + "\""));
    }

    @Test
    @TestSecurity(user = "home.admin", roles = Roles.ADMIN)
    void shouldShowAdministratorTheHealthOfOutboxSyncAndJobs() {
        given().header("Accept-Language", "uk")
                .when()
                .get("/home")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"home-admin\""))
                .body(containsString("href=\"/admin/outbox\""))
                .body(containsString("data-testid=\"keycloak-sync\""))
                .body(containsString("data-testid=\"jobs-health\""))
                .body(containsString("Стан платформи"));
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
