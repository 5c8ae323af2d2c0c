package eu.topcop.learn.trainers;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The trainers' pages render for the roles that use them, and refuse the others. */
@QuarkusTest
class TrainerPagesTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    TrainerFixture trainers;

    @Inject
    MultiplicationService multiplication;

    @Inject
    People people;

    @Test
    @TestSecurity(user = "pages-manager", roles = Roles.COURSE_MANAGER)
    void shouldShowCourseManagersThePoolATrainerTheCascadeAndTheCourses() {
        Offering offering = trainers.trainTheTrainer();
        Person trainer = trainers.certified(fixture.person("UA"), offering);
        String code = multiplication.plan(trainer, TrainerFixture.plan()).code;
        multiplication.decide(code, fixture.named("pages-coordinator-ua", "UA"), "UA", new Decision(true, null));
        given().when()
                .get("/trainers/pool?country=UA")
                .then()
                .statusCode(200)
                .body(containsString("data-person=\"" + trainer.id + "\""));
        given().when()
                .get("/trainers/people/" + trainer.id)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"withdraw\""));
        given().when().get("/trainers/cascade").then().statusCode(200).body(containsString("cascade-totals"));
        given().when()
                .get("/trainers/cascade.csv?country=UA")
                .then()
                .statusCode(200)
                .body(containsString("country,crime_priority"));
        given().when()
                .get("/trainers/multiplication-courses?status=APPROVED")
                .then()
                .statusCode(200)
                .body(containsString("data-code=\"" + code + "\""));
        given().when()
                .get("/trainers/multiplication-courses/" + code)
                .then()
                .statusCode(200)
                .body(containsString("data-status=\"APPROVED\""));
        given().when()
                .get("/trainers/offerings/" + offering.code + "/assessments")
                .then()
                .statusCode(200);
        given().when().get("/trainers").then().statusCode(200);
        given().when().get("/trainers/multiplication-courses/new").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "pages-trainer", roles = Roles.TRAINER)
    void shouldShowATrainerTheirCertificationsAndThePlanFormButNotThePool() {
        Person me = people.current();
        trainers.certified(me, trainers.trainTheTrainer());
        given().when().get("/trainers").then().statusCode(200).body(containsString("data-status=\"ACTIVE\""));
        given().when()
                .get("/trainers/multiplication-courses/new")
                .then()
                .statusCode(200)
                .body(containsString("drugs-multiplication-course"));
        given().when().get("/trainers/pool").then().statusCode(403);
        given().when().get("/trainers/cascade").then().statusCode(200).body(containsString("lineage-empty"));
        given().when().get("/trainers/multiplication-courses").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "pages-trainee", roles = Roles.TRAINEE)
    void shouldKeepTraineesOut() {
        given().when().get("/trainers/multiplication-courses").then().statusCode(403);
        given().when().get("/trainers/pool").then().statusCode(403);
    }
}
