package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attendance per day, who may record it, and completion: every day present plus the online phase done. */
@QuarkusTest
class AttendanceTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Inject
    CompletionRecords completions;

    @Inject
    Attendance attendance;

    @Test
    void shouldCompleteTheOfferingForThosePresentEveryDayWithTheOnlinePhaseDone() {
        Offering offering = fixture.offering(5, Tokens.MANAGER);
        Person manager = fixture.named(Tokens.MANAGER, "HU");
        List<Person> people = fixture.people(2, "AZ");
        List<Long> ids = people.stream()
                .map(p -> {
                    long id = fixture.apply(offering, p).id;
                    enrolment.decide(id, manager, false, Decision.APPROVE, null);
                    return id;
                })
                .toList();
        completions.record(people.get(0).id, "drugs-ilp", Instant.now());
        Offering held = fixture.held(offering);

        List<Map<String, Object>> marks = new ArrayList<>();
        for (LocalDate day = held.startsOn; !day.isAfter(held.endsOn); day = day.plusDays(1)) {
            for (long id : ids) {
                marks.add(Map.of("application", id, "day", day.toString(), "present", true));
            }
        }
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("marks", marks))
                .when()
                .put("/api/enrolment/offerings/" + offering.code + "/attendance")
                .then()
                .statusCode(200)
                .body("days.size()", equalTo(5));
        assertTrue(attendance.completed(ids.get(0)), "present every day and online phase done");
        assertFalse(attendance.completed(ids.get(1)), "the online phase is missing");

        // One absence is enough to not complete.
        attendance.record(
                offering.code, List.of(new Attendance.Mark(ids.get(0), held.startsOn, false)), manager, false);
        assertFalse(attendance.completed(ids.get(0)));
    }

    @Test
    void shouldLetOnlyTheOfferingsTrainersAndManagerSeeAndRecordTheRegister() {
        Offering offering = fixture.offering(5, Tokens.MANAGER);
        Person manager = fixture.named(Tokens.MANAGER, "HU");
        long id = fixture.approved(offering, fixture.person("GE"), manager).id;
        String path = "/api/enrolment/offerings/" + offering.code + "/attendance";

        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .when()
                .get(path)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get(path)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("trainers", List.of(Tokens.TRAINER)))
                .when()
                .put("/api/enrolment/offerings/" + offering.code + "/trainers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .when()
                .get(path)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "marks",
                        List.of(Map.of("application", id, "day", offering.startsOn.toString(), "present", true))))
                .when()
                .put(path)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("day"))
                .body("errors[0].message", containsString("not before"));
        Offering held = fixture.held(offering);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "marks", List.of(Map.of("application", id, "day", held.startsOn.toString(), "present", true))))
                .when()
                .put(path)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "marks",
                        List.of(Map.of(
                                "application",
                                id,
                                "day",
                                held.endsOn.plusDays(1).toString(),
                                "present",
                                true))))
                .when()
                .put(path)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("day"));
        assertEquals(1, attendance.register(offering.code).rows().size());
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldRecordAttendanceFromTheRegisterPage() {
        Offering offering = fixture.offering(5);
        long id = fixture.apply(offering, fixture.person("MD")).id;
        enrolment.decide(id, fixture.manager(), false, Decision.APPROVE, null);
        given().when()
                .get("/enrolment/offerings/" + offering.code + "/attendance")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("name=\"present\"")));
        Offering held = fixture.held(offering);
        given().when()
                .get("/enrolment/offerings/" + offering.code + "/attendance")
                .then()
                .statusCode(200)
                .body(containsString("data-id=\"" + id + "\""));
        String cell = id + ":" + held.startsOn;
        given().cookie("topcop-csrf", "attendance-token")
                .formParam("_csrf", "attendance-token")
                .formParam("shown", cell)
                .formParam("present", cell)
                .redirects()
                .follow(false)
                .when()
                .post("/enrolment/offerings/" + offering.code + "/attendance")
                .then()
                .statusCode(303);
        assertEquals(
                Boolean.TRUE, attendance.register(offering.code).rows().get(0).on(held.startsOn));
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldGiveBackARefusedRegisterWithTheTicksAsSentAndTheReasonInTheReadersLanguage() {
        Offering offering = fixture.offering(5);
        long id = fixture.apply(offering, fixture.person("MD")).id;
        enrolment.decide(id, fixture.manager(), false, Decision.APPROVE, null);
        Offering held = fixture.held(offering);
        // A day outside the offering cannot be recorded: the whole register is refused, nothing is written.
        String today = id + ":" + held.startsOn;
        String future = id + ":" + java.time.LocalDate.now().plusYears(1);
        given().cookie("topcop-csrf", "attendance-token")
                .header("Accept-Language", "ru")
                .formParam("_csrf", "attendance-token")
                .formParam("shown", today)
                .formParam("present", today)
                .formParam("shown", future)
                .formParam("present", future)
                .redirects()
                .follow(false)
                .when()
                .post("/enrolment/offerings/" + offering.code + "/attendance")
                .then()
                .statusCode(422)
                .body(containsString("data-testid=\"attendance-form\""))
                .body(containsString("role=\"alert\""))
                .body(containsString("не входит в даты этого мероприятия"))
                .body(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*value=\"" + java.util.regex.Pattern.quote(today) + "\"[^>]*checked.*"));
        assertEquals(null, attendance.register(offering.code).rows().get(0).on(held.startsOn));
    }
}
