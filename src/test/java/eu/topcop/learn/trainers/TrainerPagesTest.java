package eu.topcop.learn.trainers;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trainers' pages render for the roles that use them, and refuse the others; a refused withdrawal or assessment
 * comes back in its row's form with the values as typed and the reasons in the reader's language.
 */
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
    @TestSecurity(user = "pages-withdrawing-manager", roles = Roles.COURSE_MANAGER)
    void shouldGiveARefusedWithdrawalItsRowsFormBackWithTheReasonAsTyped() {
        Person trainer = trainers.certified(fixture.person("UA"), trainers.trainTheTrainer());
        long certification = QuarkusTransaction.requiringNew()
                .call(() -> TrainerCertification.<TrainerCertification>find("person.id", trainer.id)
                        .firstResult()
                        .id);
        String tooLong = "Broke the rules of the course. ".repeat(17).substring(0, 501);
        Document page =
                refused(form().formParam("reason", tooLong), "/trainers/certifications/" + certification + "/withdraw");
        Element reason = page.selectFirst("tr[data-id=" + certification + "] input[name=reason]");
        assertEquals("reason", reason.id(), "the summary links to the refused row's field");
        assertEquals(tooLong, reason.val());
        assertEquals("true", reason.attr("aria-invalid"));
        assertEquals(
                "Укажите причину отзыва сертификации, не более 500 символов: тренер увидит эту причину.",
                page.selectFirst("tr[data-id=" + certification + "] [data-testid=field-error][data-field=reason]")
                        .text());
        assertTrue(page.selectFirst("[role=alert] li[data-field=reason]").text().startsWith("Причина отзыва:"));
        assertEquals(
                "ACTIVE",
                page.selectFirst("tr[data-id=" + certification + "]").attr("data-status"),
                "nothing was withdrawn");
    }

    @Test
    @TestSecurity(user = "pages-assessor", roles = Roles.ADMIN)
    void shouldGiveARefusedAssessmentItsRowsFormBackWithEveryValueAsTyped() {
        Offering offering = trainers.trainTheTrainer();
        long application = fixture.approved(offering, fixture.person("AM"), fixture.manager()).id;
        String future = java.time.LocalDate.now().plusDays(5).toString();
        Document page = refused(
                form().formParam("assessment", "passed")
                        .formParam("score", "120")
                        .formParam("practiceOn", future)
                        .formParam("practice", "failed")
                        .formParam("notes", "Уверенно ведёт занятие ✓"),
                "/trainers/offerings/" + offering.code + "/assessments/" + application);
        Element form = page.selectFirst("form[data-testid=assess-" + application + "]");
        assertEquals(
                "passed",
                form.selectFirst("select[name=assessment] option[selected]").val());
        assertEquals(
                "failed",
                form.selectFirst("select[name=practice] option[selected]").val());
        assertEquals("120", form.selectFirst("#assessmentScore").val());
        assertEquals(future, form.selectFirst("#practiceOn").val());
        assertEquals("Уверенно ведёт занятие ✓", form.selectFirst("#notes").text());
        assertEquals(
                "Результат — это число от 0 до 100.",
                form.selectFirst("[data-field=assessmentScore][data-testid=field-error]")
                        .text());
        assertEquals(
                "Практическое занятие оценивается после того, как оно состоялось: укажите прошедший день.",
                form.selectFirst("[data-field=practiceOn][data-testid=field-error]")
                        .text());
        assertTrue(page.selectFirst("[role=alert] li[data-field=assessmentScore]")
                .text()
                .startsWith("Результат (%):"));
    }

    private static Document refused(RequestSpecification form, String path) {
        Document page = Jsoup.parse(form.redirects()
                .follow(false)
                .when()
                .post(path)
                .then()
                .statusCode(422)
                .extract()
                .asString());
        assertTrue(page.select("[data-testid=refused-form]").isEmpty(), "not the fallback page");
        return page;
    }

    private static RequestSpecification form() {
        return given().header("Accept-Language", "ru")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("topcop-csrf", "trainer-token")
                .formParam("_csrf", "trainer-token");
    }

    @Test
    @TestSecurity(user = "pages-trainee", roles = Roles.TRAINEE)
    void shouldKeepTraineesOut() {
        given().when().get("/trainers/multiplication-courses").then().statusCode(403);
        given().when().get("/trainers/pool").then().statusCode(403);
    }
}
