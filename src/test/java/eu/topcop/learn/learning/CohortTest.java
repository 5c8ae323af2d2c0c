package eu.topcop.learn.learning;

import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Course managers see how a module's learners are doing and which questions they fail; trainees do not. */
@QuarkusTest
class CohortTest {

    @Inject
    EnrolmentFixture people;

    @Inject
    LearningService learning;

    @Inject
    QuizService quizzes;

    @Inject
    CohortService cohorts;

    @Test
    @TestSecurity(user = "cohort-manager", roles = Roles.COURSE_MANAGER)
    void shouldShowManagersTheLearnersAndTheQuestionsMostOftenFailed() {
        Person learner = people.person("MD");
        learning.startOrResume("ocse-ilp", learner);
        Reading.read(learning, "ocse-ilp", 1, learner);
        int attempt = quizzes.start("ocse-ilp", learner);
        quizzes.submit("ocse-ilp", attempt, learner, Map.of(), Language.ENGLISH);

        CohortService.Cohort cohort = cohorts.of("ocse-ilp", 0, 50, eu.topcop.learn.platform.i18n.Language.ENGLISH);
        assertTrue(cohort.learners().items().stream().anyMatch(l -> l.name().equals(learner.name) && l.read() == 1));
        assertTrue(cohort.mostFailed().size() >= 1);
        given().when()
                .get("/api/learning/cohorts/ocse-ilp")
                .then()
                .statusCode(200)
                .body("learners.total", greaterThanOrEqualTo(1))
                .body("mostFailed", not(empty()));
        CohortService.FailedQuestion failed = cohort.mostFailed().get(0);
        assertTrue(!failed.text().isBlank() && !failed.text().equals(failed.question()), failed.text());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().when()
                .get("/learning/cohorts/ocse-ilp")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertTrue(!page.selectFirst("h1").text().contains("ocse-ilp"), "the module's title, not its code");
        org.jsoup.nodes.Element mostFailed =
                page.selectFirst("[data-testid=most-failed] li[data-key=" + failed.question() + "]");
        assertTrue(mostFailed.text().startsWith(failed.text()), "the question's text, not its id");
    }

    @Inject
    eu.topcop.learn.enrolment.EnrolmentService enrolment;

    @Inject
    eu.topcop.learn.enrolment.Attendance attendance;

    @Test
    @TestSecurity(user = "cohort-trainer", roles = Roles.TRAINER)
    void shouldShowATrainerOnlyTheParticipantsOfTheOfferingsTheyRun() {
        var offering = people.offering(5);
        Person participant = people.person("GE");
        Person stranger = people.person("GE");
        people.approved(offering, participant, people.manager());
        attendance.assignTrainers(offering.code, java.util.List.of("cohort-trainer"), people.manager(), false);
        learning.startOrResume("drugs-ilp", participant);
        learning.startOrResume("drugs-ilp", stranger);

        CohortService.Cohort cohort =
                cohorts.ofTrainer("drugs-ilp", "cohort-trainer", 0, 50, eu.topcop.learn.platform.i18n.Language.ENGLISH);
        assertTrue(cohort.learners().items().stream().anyMatch(l -> l.name().equals(participant.name)));
        assertTrue(cohort.learners().items().stream().noneMatch(l -> l.name().equals(stranger.name)));
        given().when()
                .get("/api/learning/cohorts/drugs-ilp")
                .then()
                .statusCode(200)
                .body(containsString(participant.name))
                .body(not(containsString(stranger.name)));
        // A module none of the trainer's participants learns shows nobody.
        given().when()
                .get("/api/learning/cohorts/ocse-ilp")
                .then()
                .statusCode(200)
                .body("learners.total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    @TestSecurity(user = "cohort-trainee", roles = Roles.TRAINEE)
    void shouldKeepOtherLearnersResultsFromTrainees() {
        given().when().get("/api/learning/cohorts/ocse-ilp").then().statusCode(403);
        given().when().get("/learning/cohorts/ocse-ilp").then().statusCode(403);
    }
}
