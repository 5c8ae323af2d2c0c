package eu.topcop.learn.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import eu.topcop.learn.trainers.MultiplicationService;
import eu.topcop.learn.trainers.TrainerFixture;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lists and details of the exchange programme, network events and multiplication courses issue the same
 * number of SQL statements however many rows they show (Hibernate statistics).
 */
@QuarkusTest
class ProgrammeStatementCountTest {

    @Inject
    ExchangeService exchange;

    @Inject
    NetworkEvents events;

    @Inject
    MultiplicationService multiplication;

    @Inject
    TrainerFixture trainers;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldListOffersApplicationsAndEventsWithTheSameStatementsFor3And30() {
        String agency = "Counting Agency " + UUID.randomUUID().toString().substring(0, 6);
        publish(3, agency);
        events(3);
        long[] few = {
            statements("/api/exchange/offers?size=100"),
            statements("/api/exchange/applications?size=100"),
            statements("/api/events?size=100")
        };
        publish(27, agency);
        events(27);
        long[] many = {
            statements("/api/exchange/offers?size=100"),
            statements("/api/exchange/applications?size=100"),
            statements("/api/events?size=100")
        };
        assertEquals(few[0], many[0], "offers");
        assertEquals(few[1], many[1], "applications");
        assertEquals(few[2], many[2], "events");
    }

    @Test
    void shouldShowAMultiplicationCourseAndTheListWithTheSameStatementsFor3And60Participants() {
        Person trainer = trainers.certified(fixture.person("AZ"), trainers.trainTheTrainer());
        String code = multiplication.plan(trainer, TrainerFixture.plan()).code;
        multiplication.decide(code, fixture.named("count-coordinator-az", "AZ"), "AZ", new Decision(true, null));
        register(code, trainer, 3);
        long[] few = {
            statements("/api/trainers/multiplication-courses/" + code),
            statements("/api/trainers/multiplication-courses?size=100")
        };
        register(code, trainer, 57);
        IntStream.range(0, 5).forEach(i -> multiplication.plan(trainer, TrainerFixture.plan()));
        long[] many = {
            statements("/api/trainers/multiplication-courses/" + code),
            statements("/api/trainers/multiplication-courses?size=100")
        };
        assertEquals(few[0], many[0], "the course with its participants");
        assertEquals(few[1], many[1], "the list");
    }

    private void register(String code, Person trainer, int count) {
        for (int i = 0; i < count; i++) {
            multiplication.register(code, trainer, new Participant("Officer " + i, "Police", null));
        }
    }

    private void publish(int count, String agency) {
        LocalDate start = LocalDate.now().plusDays(90);
        List<Person> guests = fixture.people(count, "MD");
        for (Person guest : guests) {
            ExchangeOffer offer = exchange.publish(
                    new ExchangeRequests.Offer(
                            "LONG_TERM",
                            "GE",
                            agency,
                            "Counting",
                            "drug-trafficking",
                            2,
                            start,
                            start.plusDays(30),
                            "en",
                            "Counting statements."),
                    EnrolmentFixture.MANAGER);
            exchange.apply(offer.code, guest, new ExchangeRequests.Apply("Police of Moldova", List.of("en"), "Count."));
        }
    }

    private void events(int count) {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
        for (int i = 0; i < count; i++) {
            events.schedule(
                    new NetworkEvents.Schedule(
                            "WORKSHOP",
                            "Counting " + i,
                            null,
                            start,
                            start.plusHours(3),
                            "Tbilisi",
                            null,
                            "en",
                            10,
                            "Agenda."),
                    EnrolmentFixture.MANAGER);
        }
    }

    /** Statements of the second request: the first may also sync the caller's person from the token. */
    private long statements(String path) {
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .when()
                .get(path)
                .then()
                .statusCode(200);
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
}
