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
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import eu.topcop.learn.trainers.MultiplicationService;
import eu.topcop.learn.trainers.TrainerFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
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
    @TestSecurity(user = EnrolmentFixture.MANAGER, roles = Roles.COURSE_MANAGER)
    void shouldRenderTheExchangeEventsAndSuggestionsWithTheSameStatementsFor3And30() {
        fixture.manager();
        List<String> lists =
                List.of("/exchange", "/exchange/suggestions", "/api/exchange/suggestions?size=200", "/events");
        String agency = "Suggested Agency " + UUID.randomUUID().toString().substring(0, 6);
        publish(3, agency);
        events(3);
        long[] few = lists.stream().mapToLong(this::pageStatements).toArray();
        publish(27, agency);
        events(27);
        long[] many = lists.stream().mapToLong(this::pageStatements).toArray();
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(few[i], many[i], "statements for " + lists.get(i) + " grew with the rows");
        }
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
        Person coordinator = fixture.coordinator("MD");
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
            long id = exchange.apply(
                            offer.code, guest, new ExchangeRequests.Apply("Police of Moldova", List.of("en"), "Count."))
                    .id;
            // Endorsed, so that each guest is also a suggestion's guest.
            exchange.endorse(id, coordinator, "MD", new ExchangeRequests.Endorsement(true, null));
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

    /** As {@link #statements(String)}, signed in as the test's {@code @TestSecurity} user. */
    private long pageStatements(String path) {
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
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
