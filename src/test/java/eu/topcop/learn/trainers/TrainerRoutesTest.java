package eu.topcop.learn.trainers;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who sees which trainers, with real tokens: a coordinator only their country's pool, course managers all,
 * trainees none; only managers withdraw. The pool's statement count does not grow with the pool.
 */
@QuarkusTest
class TrainerRoutesTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MultiplicationService multiplication;

    @Test
    void shouldShowACoordinatorTheTrainersOfTheirCountryOnly() {
        Offering offering = fixture.offering(5, EnrolmentFixture.MANAGER, "drugs-train-the-trainer");
        Person georgian = certified(fixture.person("GE"), offering);
        Person ukrainian = certified(fixture.person("UA"), offering);

        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .when()
                .get("/api/trainers/pool?country=UA&size=100")
                .then()
                .statusCode(200)
                .body("items.country", everyItem(equalTo("GE")))
                .body("items.person", hasItem(georgian.id.intValue()))
                .body("items.person", not(hasItem(ukrainian.id.intValue())));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .when()
                .get("/api/trainers/people/" + ukrainian.id + "/certifications")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .when()
                .get("/api/trainers/people/" + georgian.id + "/certifications")
                .then()
                .statusCode(200)
                .body("[0].priority", equalTo("drug-trafficking"));

        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/trainers/pool?country=UA&priority=drug-trafficking&size=100")
                .then()
                .statusCode(200)
                .body("items.country", everyItem(equalTo("UA")))
                .body("items.person", hasItem(ukrainian.id.intValue()));
    }

    @Test
    void shouldLetOnlyCourseManagersWithdrawAndKeepThePoolFromTrainees() {
        Offering offering = fixture.offering(5, EnrolmentFixture.MANAGER, "drugs-train-the-trainer");
        Person trainer = certified(fixture.person("AZ"), offering);
        long certification = QuarkusTransaction.requiringNew()
                .call(() -> TrainerCertification.<TrainerCertification>find("person.id", trainer.id)
                        .firstResult()
                        .id);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/trainers/pool")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/trainers/my-certifications")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().when().get("/api/trainers/pool").then().statusCode(401);
        String path = "/api/trainers/certifications/" + certification + "/withdrawal";
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "no"))
                .when()
                .post(path)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .when()
                .post(path)
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Left the police."))
                .when()
                .post(path)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .when()
                .get("/api/trainers/offerings/" + offering.code + "/assessments")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldShowMultiplicationCoursesToTheirTrainerAndTheirCountrysCoordinatorOnly() {
        Offering offering = fixture.offering(5, EnrolmentFixture.MANAGER, "drugs-train-the-trainer");
        Person trainer = certified(fixture.person("GE"), offering);
        String code = multiplication.plan(trainer, TrainerFixture.plan()).code;
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .when()
                .get("/api/trainers/multiplication-courses?size=100")
                .then()
                .statusCode(200)
                .body("items.country", everyItem(equalTo("GE")))
                .body("items.code", hasItem(code));
        given().auth()
                .oauth2(accessToken("oksana.melnyk"))
                .when()
                .get("/api/trainers/multiplication-courses/" + code)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken("oksana.melnyk"))
                .contentType(ContentType.JSON)
                .body(Map.of("accept", true))
                .when()
                .post("/api/trainers/multiplication-courses/" + code + "/decision")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .when()
                .get("/api/trainers/multiplication-courses/" + code)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Someone", "agency", "Police"))
                .when()
                .post("/api/trainers/multiplication-courses/" + code + "/participants")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .when()
                .get("/api/trainers/multiplication-courses")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("accept", true))
                .when()
                .post("/api/trainers/multiplication-courses/" + code + "/decision")
                .then()
                .statusCode(200)
                .body("summary.status", equalTo("APPROVED"));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/trainers/multiplication-courses/" + code)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldReadThePoolWithTheSameStatementsFor3And60Trainers() {
        Offering offering = fixture.offering(5, EnrolmentFixture.MANAGER, "drugs-train-the-trainer");
        fixture.people(3, "HU").forEach(p -> certified(p, offering));
        long few = statements("/api/trainers/pool?country=HU&size=100");
        fixture.people(57, "HU").forEach(p -> certified(p, offering));
        long many = statements("/api/trainers/pool?country=HU&size=100");
        assertEquals(few, many);
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldRenderThePoolPageWithTheSameStatementsFor3And30Trainers() {
        fixture.manager();
        Offering offering = fixture.offering(5, EnrolmentFixture.MANAGER, "drugs-train-the-trainer");
        fixture.people(3, "AZ").forEach(p -> certified(p, offering));
        long few = pageStatements("/trainers/pool?country=AZ");
        fixture.people(27, "AZ").forEach(p -> certified(p, offering));
        long many = pageStatements("/trainers/pool?country=AZ");
        assertEquals(few, many);
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldShowTheAssessmentSheetWithTheSameStatementsFor3And30Participants() {
        Person manager = fixture.manager();
        Offering few = fixture.offering(4, EnrolmentFixture.MANAGER, "drugs-train-the-trainer");
        Offering many = fixture.offering(31, EnrolmentFixture.MANAGER, "drugs-train-the-trainer");
        fixture.people(3, "MD").forEach(p -> fixture.approved(few, p, manager));
        fixture.people(30, "MD").forEach(p -> fixture.approved(many, p, manager));
        for (String sheet :
                java.util.List.of("/trainers/offerings/%s/assessments", "/api/trainers/offerings/%s/assessments")) {
            assertEquals(
                    pageStatements(sheet.formatted(few.code)),
                    pageStatements(sheet.formatted(many.code)),
                    "statements for " + sheet + " grew with the participants");
        }
    }

    @Test
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldShowATrainersCertificationsWithTheSameStatementsForOneAndEveryPriority() {
        fixture.manager();
        Offering offering = fixture.offering(5, EnrolmentFixture.MANAGER, "drugs-train-the-trainer");
        Person one = certified(fixture.person("AZ"), offering);
        Person every = fixture.person("AZ");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO trainer_certification (person_id, crime_priority_id,"
                                + " offering_id, certified_on, expires_on) SELECT :p, id, :o, CURDATE(),"
                                + " CURDATE() + INTERVAL 3 YEAR FROM crime_priority")
                        .setParameter("p", every.id)
                        .setParameter("o", offering.id)
                        .executeUpdate());
        for (String page : java.util.List.of("/trainers/people/%d", "/api/trainers/people/%d/certifications")) {
            assertEquals(
                    pageStatements(page.formatted(one.id)),
                    pageStatements(page.formatted(every.id)),
                    "statements for " + page + " grew with the certifications");
        }
    }

    @Test
    @TestSecurity(user = "count-trainer", roles = Roles.TRAINER)
    void shouldShowATrainerTheirOwnPageWithTheSameStatementsForOneAndEveryPriority() {
        Person me = fixture.named("count-trainer", "AZ");
        Offering offering = fixture.offering(5, EnrolmentFixture.MANAGER, "drugs-train-the-trainer");
        certified(me, offering);
        java.util.List<String> pages = java.util.List.of("/trainers", "/api/trainers/my-certifications");
        long[] one = pages.stream().mapToLong(this::pageStatements).toArray();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT IGNORE INTO trainer_certification (person_id,"
                                + " crime_priority_id, offering_id, certified_on, expires_on) SELECT :p, id, :o,"
                                + " CURDATE(), CURDATE() + INTERVAL 3 YEAR FROM crime_priority")
                        .setParameter("p", me.id)
                        .setParameter("o", offering.id)
                        .executeUpdate());
        long[] every = pages.stream().mapToLong(this::pageStatements).toArray();
        for (int i = 0; i < pages.size(); i++) {
            assertEquals(one[i], every[i], "statements for " + pages.get(i) + " grew with the certifications");
        }
    }

    private long pageStatements(String path) {
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get(path)
                .then()
                .statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private Person certified(Person person, Offering offering) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO trainer_certification (person_id, crime_priority_id,"
                                + " offering_id, certified_on, expires_on) SELECT :p, id, :o, :on, :until FROM crime_priority"
                                + " WHERE code = 'drug-trafficking'")
                        .setParameter("p", person.id)
                        .setParameter("o", offering.id)
                        .setParameter("on", LocalDate.now())
                        .setParameter("until", LocalDate.now().plusYears(3))
                        .executeUpdate());
        return person;
    }
}
