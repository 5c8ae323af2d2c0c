package eu.topcop.learn.trainers;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Delivery;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer's part of the cascade is their own lineage: who trained them, whom they trained and further down. They
 * never read another trainer's, whatever they ask for; coordinators read their country's trainers', managers all.
 */
@QuarkusTest
class LineageTest {

    private static final String COUNTRY = "AZ";

    @Inject
    TrainerLineage lineages;

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
    void shouldShowWhoTrainedATrainerWhomTheyTrainedAndTheGenerationsBelow() {
        var ttt = trainers.trainTheTrainer();
        Person t = trainers.certified(fixture.person(COUNTRY), ttt);
        Person y = fixture.person(COUNTRY);
        Person other = trainers.certified(fixture.person(COUNTRY), trainers.trainTheTrainer());
        run(t, List.of(named("Xavier Officer"), user(y)), List.of(named("Absent Officer")), true);
        run(t, List.of(named("Unvalidated Officer")), List.of(), false);
        trainers.certified(y, trainers.trainTheTrainer());
        run(y, List.of(named("Kamala Officer")), List.of(), true);
        run(other, List.of(named("Someone Else's Officer")), List.of(), true);

        TrainerLineage.Lineage mine = QuarkusTransaction.requiringNew().call(() -> lineages.of(t, Language.ENGLISH));
        assertEquals(ttt.code, mine.certifiedBy().get(0).offering());
        assertEquals(
                List.of(1, 2),
                mine.courses().stream().map(TrainerLineage.Course::generation).toList());
        assertEquals(
                java.util.stream.Stream.of("Xavier Officer", y.name).sorted().toList(),
                mine.courses().get(0).trained().stream()
                        .map(TrainerLineage.Trained::name)
                        .sorted()
                        .toList());
        assertTrue(
                mine.courses().get(0).trained().stream().anyMatch(p -> p.name().equals(y.name) && p.trainer()),
                "y ran a course of their own: marked as a trainer of the next generation");
        assertEquals(y.name, mine.courses().get(1).trainer());
        assertEquals(
                List.of("Kamala Officer"),
                mine.courses().get(1).trained().stream()
                        .map(TrainerLineage.Trained::name)
                        .toList());
        assertEquals(3, mine.officersTrained(), "validated courses and their attendees only, nobody else's");

        TrainerLineage.Lineage ys = QuarkusTransaction.requiringNew().call(() -> lineages.of(y, Language.ENGLISH));
        assertEquals(t.name, ys.trainedBy().get(0).trainer());
        assertEquals(1, ys.courses().size());
    }

    @Test
    @TestSecurity(user = "lineage-trainer", roles = Roles.TRAINER)
    void shouldShowATrainerTheirOwnLineageAndNeverAnotherTrainers() {
        Person me = trainers.certified(fixture.named("lineage-trainer", COUNTRY), trainers.trainTheTrainer());
        Person other = trainers.certified(fixture.person(COUNTRY), trainers.trainTheTrainer());
        run(other, List.of(named("Hidden Officer")), List.of(), true);

        given().when()
                .get("/trainers/cascade?country=" + COUNTRY)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"lineage-empty\""))
                .body(not(containsString("cascade-chart")))
                .body(not(containsString("Hidden Officer")));
        given().when().get("/trainers/lineage").then().statusCode(200).body(containsString(me.name));
        given().when().get("/trainers/lineage?person=" + other.id).then().statusCode(404);
        given().when().get("/api/trainers/lineage").then().statusCode(200).body("person", equalTo(me.id.intValue()));
        given().when().get("/api/trainers/lineage?person=" + other.id).then().statusCode(404);
        given().when().get("/trainers/cascade.json?country=" + COUNTRY).then().statusCode(403);
    }

    @Test
    void shouldShowACoordinatorTheLineagesOfTheirCountryOnly() {
        Person ours = trainers.certified(fixture.person("GE"), trainers.trainTheTrainer());
        Person theirs = trainers.certified(fixture.person(COUNTRY), trainers.trainTheTrainer());
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .when()
                .get("/api/trainers/lineage?person=" + ours.id)
                .then()
                .statusCode(200)
                .body("name", equalTo(ours.name));
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .when()
                .get("/api/trainers/lineage?person=" + theirs.id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .when()
                .get("/api/trainers/lineage?person=" + ours.id)
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "lineage-manager", roles = Roles.COURSE_MANAGER)
    void shouldIssueTheSameStatementsFor10And1000OfficersInALineage() {
        Person trainer = trainers.certified(fixture.person(COUNTRY), trainers.trainTheTrainer());
        List<Participant> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(named("Officer " + i));
        }
        String code = run(trainer, ten, List.of(), true);
        // The first request of a signed-in user records them as a person: not a statement of the page.
        statements("/trainers/lineage");
        long few = statements("/trainers/lineage?person=" + trainer.id);
        long course = QuarkusTransaction.requiringNew()
                .call(() -> MultiplicationCourse.<MultiplicationCourse>find("code", code)
                        .firstResult()
                        .id);
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            values.append(i == 0 ? "" : ",").append("(").append(course).append(", 'Officer', 'Police', TRUE, NOW(3))");
        }
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO multiplication_participant (course_id, name, agency,"
                                + " attended, created_at) VALUES " + values)
                        .executeUpdate());
        assertEquals(few, statements("/trainers/lineage?person=" + trainer.id));
    }

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    /** Plans, approves, registers, delivers and reports a course; validates it if asked. */
    private String run(Person trainer, List<Participant> attended, List<Participant> absent, boolean validate) {
        Person coordinator = fixture.named("lineage-coordinator-" + trainer.country, trainer.country);
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
        return new Participant(name, "State Police", null);
    }

    private static Participant user(Person person) {
        return new Participant(person.name, "State Police", person.email);
    }
}
