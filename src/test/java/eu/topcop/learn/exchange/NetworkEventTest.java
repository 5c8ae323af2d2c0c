package eu.topcop.learn.exchange;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Network events: registration within the capacity, the webinar link for those registered, attendance, materials. */
@QuarkusTest
class NetworkEventTest {

    @Inject
    NetworkEvents events;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EntityManager em;

    @Test
    void shouldRegisterWithinCapacityRecordAttendanceMaterialsAndOutcomes() {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0);
        String code = events.schedule(
                        new NetworkEvents.Schedule(
                                "WEBINAR",
                                "Effective strategies for joint action days",
                                "drug-trafficking",
                                start,
                                start.plusHours(2),
                                null,
                                "https://meet.example.eu/jad",
                                "en",
                                2,
                                "1. Planning a JAD. 2. Lessons learned."),
                        EnrolmentFixture.MANAGER)
                .code;
        List<Person> people = fixture.people(3, "GE");
        events.register(code, people.get(0));
        events.register(code, people.get(0));
        events.register(code, people.get(1));
        assertThrows(DomainException.Conflict.class, () -> events.register(code, people.get(2)), "full");
        assertNull(detail(code, people.get(2), false).link(), "the link is for those registered");
        assertEquals(
                "https://meet.example.eu/jad",
                detail(code, people.get(0), false).link());
        events.unregister(code, people.get(1));
        events.register(code, people.get(2));
        assertEquals(2, detail(code, people.get(0), false).event().registered());

        assertThrows(
                DomainException.RuleViolation.class,
                () -> events.recordAttendance(code, List.of(people.get(0).id)),
                "not begun yet");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE network_event SET starts_at = NOW(3) - INTERVAL 3 HOUR,"
                                + " ends_at = NOW(3) - INTERVAL 1 HOUR WHERE code = :c")
                        .setParameter("c", code)
                        .executeUpdate());
        events.recordAttendance(code, List.of(people.get(0).id));
        events.addMaterial(code, new NetworkEvents.Material("Slides", "https://files.example.eu/jad.pdf"));
        events.recordOutcomes(code, "Three countries plan a joint action day in spring.");
        NetworkEvents.Detail organiser = detail(code, fixture.manager(), true);
        assertEquals(1, organiser.event().attended());
        assertEquals(2, organiser.attendees().items().size());
        assertEquals(
                List.of(new NetworkEvents.Material("Slides", "https://files.example.eu/jad.pdf")),
                organiser.materials());
        assertTrue(organiser.outcomes().startsWith("Three countries"));
        assertThrows(DomainException.Conflict.class, () -> events.register(code, fixture.person("AM")), "over");
    }

    @Test
    void shouldNameEveryMistakeOfAnEvent() {
        var invalid = assertThrows(
                DomainException.Invalid.class,
                () -> events.schedule(
                        new NetworkEvents.Schedule(
                                "WORKSHOP",
                                "",
                                null,
                                LocalDateTime.now(ZoneOffset.UTC).minusDays(1),
                                LocalDateTime.now(ZoneOffset.UTC).minusDays(2),
                                " ",
                                null,
                                "xx",
                                0,
                                ""),
                        EnrolmentFixture.MANAGER));
        assertEquals(
                List.of("title", "startsAt", "endsAt", "place", "language", "capacity", "agenda"),
                invalid.errors().stream().map(e -> e.field()).toList());
    }

    private NetworkEvents.Detail detail(String code, Person viewer, boolean organiser) {
        return QuarkusTransaction.requiringNew().call(() -> events.detail(code, viewer, organiser, 0));
    }
}
