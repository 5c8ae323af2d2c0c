package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.trainers.CascadeService.Generation;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Delivery;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cascade computed exactly on three generations: a train-the-trainer course certifies two trainers, one
 * of whom reaches an officer who becomes a trainer in turn; only validated courses and attendees count. The
 * page and the API issue the same statements for 10 and 10,000 officers reached.
 */
@QuarkusTest
class CascadeTest {

    private static final String COUNTRY = "AM";

    @Inject
    CascadeService cascades;

    @Inject
    MultiplicationService multiplication;

    @Inject
    TrainerFixture trainers;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldCountTrainersCoursesOfficersAndGenerationsExactly() {
        CascadeService.Totals before = cascades.of(COUNTRY, null).totals();
        Offering first = trainers.trainTheTrainer();
        Person a = trainers.certified(fixture.person(COUNTRY), first);
        Person b = trainers.certified(fixture.person(COUNTRY), first);
        Person y = fixture.person(COUNTRY);
        // A came to the train-the-trainer course from a regional training: its lineage starts there too.
        Offering regional = fixture.offering(5);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO course_completion (person_id, course_id, offering_id,"
                                + " started_on, completed_on, recorded_at) SELECT :p, course_id, id, starts_on, ends_on,"
                                + " NOW(3) FROM offering WHERE id = :o")
                        .setParameter("p", a.id)
                        .setParameter("o", regional.id)
                        .executeUpdate());

        // A reaches three officers, one of them y, who has an account; a fourth registered officer was absent.
        runValidated(a, List.of(named("X"), user(y), named("Z")), List.of(named("W")));
        runValidated(b, List.of(named("P"), named("Q")), List.of());
        // A reported but not validated course counts for nothing.
        run(a, List.of(named("R1"), named("R2"), named("R3"), named("R4"), named("R5")), List.of(), false);
        // y becomes a trainer through another train-the-trainer course and reaches four officers: generation 2.
        trainers.certified(y, trainers.trainTheTrainer());
        runValidated(y, List.of(named("K1"), named("K2"), named("K3"), named("K4")), List.of());

        CascadeService.Cascade after = QuarkusTransaction.requiringNew().call(() -> cascades.of(COUNTRY, null));
        assertEquals(3, after.totals().trainersTrained() - before.trainersTrained());
        assertEquals(3, after.totals().courses() - before.courses());
        assertEquals(3 + 2 + 4, after.totals().officersReached() - before.officersReached());
        assertEquals(
                BigDecimal.valueOf(after.totals().officersReached())
                        .divide(
                                BigDecimal.valueOf(after.totals().trainersTrained()),
                                2,
                                java.math.RoundingMode.HALF_UP),
                after.totals().multiplier());

        CascadeService.Lineage lineage = after.lineages().stream()
                .filter(l -> l.offering().equals(first.code))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(new Generation(1, 2, 2, 5), new Generation(2, 1, 1, 4)),
                lineage.generations(),
                "generation 1: A and B, two courses, five officers; generation 2: y, one course, four officers");
        assertEquals(9, lineage.officersReached());
        assertEquals("train-the-trainer", lineage.activityType());
        CascadeService.Lineage fromRegional = after.lineages().stream()
                .filter(l -> l.offering().equals(regional.code))
                .findFirst()
                .orElseThrow();
        assertEquals("regional-training", fromRegional.activityType());
        assertEquals(
                List.of(new Generation(1, 1, 1, 3), new Generation(2, 1, 1, 4)),
                fromRegional.generations(),
                "from the regional training: A, then y");

        CascadeService.Cell cell = after.byCountryAndPriority().stream()
                .filter(c -> c.country().equals(COUNTRY) && c.priority().equals("drug-trafficking"))
                .findFirst()
                .orElseThrow();
        assertEquals(after.totals().officersReached(), cell.officersReached());
        assertEquals(after.totals().trainersTrained(), cell.trainersTrained());
    }

    @Test
    void shouldServeJsonAndCsvToManagersAndOnlyTheirCountryToCoordinators() {
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .when()
                .get("/api/trainers/cascade?country=AM")
                .then()
                .statusCode(200)
                .body("country", equalTo("GE"));
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get("/api/trainers/cascade.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString(
                        "country,crime_priority,trainers_trained,multiplication_courses,officers_reached"));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .when()
                .get("/api/trainers/cascade")
                .then()
                .statusCode(403);
        given().when().get("/api/trainers/cascade").then().statusCode(401);
    }

    @Test
    void shouldIssueTheSameStatementsFor10And10000OfficersReached() {
        Person trainer = trainers.certified(fixture.person("MD"), trainers.trainTheTrainer());
        List<Participant> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(named("Officer " + i));
        }
        String code = runValidated(trainer, ten, List.of());
        long[] few = {statements("/api/trainers/cascade?country=MD"), statements("/trainers/cascade?country=MD")};

        long course = QuarkusTransaction.requiringNew()
                .call(() -> MultiplicationCourse.<MultiplicationCourse>find("code", code)
                        .firstResult()
                        .id);
        for (int chunk = 0; chunk < 20; chunk++) {
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                values.append(i == 0 ? "" : ",")
                        .append("(")
                        .append(course)
                        .append(", 'Officer', 'Police', TRUE, NOW(3))");
            }
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "INSERT INTO multiplication_participant (course_id, name, agency, attended, created_at)"
                                            + " VALUES " + values)
                            .executeUpdate());
        }
        long[] many = {statements("/api/trainers/cascade?country=MD"), statements("/trainers/cascade?country=MD")};
        assertEquals(few[0], many[0], "the API");
        assertEquals(few[1], many[1], "the page");
        assertEquals(
                true,
                QuarkusTransaction.requiringNew()
                                .call(() -> cascades.of("MD", null))
                                .totals()
                                .officersReached()
                        >= 10_010);
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

    private String runValidated(Person trainer, List<Participant> attended, List<Participant> absent) {
        return run(trainer, attended, absent, true);
    }

    /** Plans, approves, registers, delivers and reports a course; validates it if asked. */
    private String run(Person trainer, List<Participant> attended, List<Participant> absent, boolean validate) {
        Person coordinator = fixture.named("cascade-coordinator-" + trainer.country, trainer.country);
        String code = multiplication.plan(trainer, TrainerFixture.plan()).code;
        multiplication.decide(code, coordinator, trainer.country, new Decision(true, null));
        List<Long> present = new ArrayList<>();
        for (Participant p : attended) {
            present.add(multiplication.register(code, trainer, p).id);
        }
        for (Participant p : absent) {
            multiplication.register(code, trainer, p);
        }
        trainers.held(code);
        multiplication.recordDelivery(code, trainer, new Delivery(present, "Case study", null, null));
        multiplication.submitReport(code, trainer, "Delivered.");
        if (validate) {
            multiplication.validate(code, coordinator, trainer.country, new Decision(true, null));
        }
        return code;
    }

    private static Participant named(String name) {
        return new Participant(name, "National Police", null);
    }

    private static Participant user(Person person) {
        return new Participant(person.name, "National Police", person.email);
    }
}
