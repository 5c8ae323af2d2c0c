package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.catalogue.OfferingForm;
import eu.topcop.learn.catalogue.OfferingService;
import eu.topcop.learn.enrolment.EnrolmentService.ApplicationRequest;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import eu.topcop.learn.enrolment.Supervisors.CompletedParticipant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What other features read of the supervisors: one application's, and an offering's participants who completed it
 * (as enrolment counts completion) with theirs, in one statement whatever their number; and the columns' limits are
 * the ones the requests check.
 */
@QuarkusTest
class SupervisorQueriesTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Inject
    Supervisors supervisors;

    @Inject
    Attendance attendance;

    @Inject
    CompletionRecords completions;

    @Inject
    OfferingService offerings;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    @Test
    void shouldGiveTheSupervisorOfAnApplicationOrNothing() {
        Offering offering = fixture.offering(5);
        Person officer = fixture.person("AZ");
        Application named = enrolment
                .apply(
                        offering.code,
                        officer,
                        request(new Supervisor("Elnur Aliyev", "E.Aliyev@Police.AZ", null, null)))
                .application();
        Application unnamed = fixture.apply(offering, fixture.person("AZ"));

        assertEquals(
                Optional.of(new Supervisor("Elnur Aliyev", "e.aliyev@police.az", null, "az")),
                supervisors.supervisorOf(named.id),
                "normalised, in the officer's country's language");
        assertEquals(Optional.empty(), supervisors.supervisorOf(unnamed.id));
        assertEquals(Optional.empty(), supervisors.supervisorOf(-1));
        assertEquals(
                Optional.of("Elnur Aliyev"),
                supervisors.lastNamedFor(officer.id).map(Supervisor::name),
                "offered again on the officer's next application");
    }

    @Test
    void shouldListTheCompletedParticipantsWithTheirSupervisorsInOneStatementWhateverTheirNumber() {
        Held few = held(4);
        Held many = held(16);
        assertEquals(1, statements(few.offering().id), "statements for 4 participants");
        assertEquals(1, statements(many.offering().id), "statements for 16 participants");

        for (Held held : List.of(few, many)) {
            List<CompletedParticipant> completed = supervisors.completedParticipantsWithSupervisor(held.offering().id);
            // The same participants as the attendance register, the one place that decides, says completed.
            Set<Long> register = attendance.register(held.offering().code).rows().stream()
                    .filter(Attendance.Row::completed)
                    .map(Attendance.Row::application)
                    .collect(Collectors.toSet());
            assertEquals(
                    register,
                    completed.stream().map(CompletedParticipant::applicationId).collect(Collectors.toSet()));
            assertEquals(held.completed(), completed.size(), "present every day with the online phase done");
            for (CompletedParticipant participant : completed) {
                Application application = fixture.reload(participant.applicationId());
                assertEquals(application.person.id, participant.personId());
                assertEquals(application.supervisor(), participant.supervisor());
            }
            assertTrue(completed.stream().anyMatch(c -> c.supervisor().isPresent()), "some named a supervisor");
            assertTrue(completed.stream().anyMatch(c -> c.supervisor().isEmpty()), "some did not");
        }
        assertEquals(List.of(), supervisors.completedParticipantsWithSupervisor(-1), "no such offering");
    }

    @Test
    void shouldCountTheParticipantsOfAnOnlineOfferingWhoCompletedItsModules() {
        LocalDate start = LocalDate.now().plusDays(20);
        Offering online = offerings.publish(
                new OfferingForm(
                        "drugs-independent-learning",
                        start,
                        start.plusDays(30),
                        true,
                        null,
                        null,
                        10,
                        "en",
                        LocalDate.now().minusDays(1),
                        start),
                EnrolmentFixture.MANAGER,
                EnrolmentFixture.MANAGER);
        Person manager = fixture.manager();
        List<Person> people = fixture.people(2, "MD");
        List<Long> ids = new ArrayList<>();
        for (Person person : people) {
            Application applied = enrolment
                    .apply(
                            online.code,
                            person,
                            request(new Supervisor("Ion Popescu", "ion.popescu@politia.md", null, "ro")))
                    .application();
            ids.add(enrolment.decide(applied.id, manager, false, Decision.APPROVE, null).id);
        }
        completions.record(people.get(0).id, "drugs-ilp", Instant.now());

        List<CompletedParticipant> completed = supervisors.completedParticipantsWithSupervisor(online.id);
        assertEquals(
                List.of(ids.get(0)),
                completed.stream().map(CompletedParticipant::applicationId).toList());
        assertEquals("ro", completed.get(0).supervisor().orElseThrow().language());
    }

    @Test
    void shouldCheckTheSupervisorAgainstTheLimitsOfItsColumns() {
        Map<String, Integer> columns = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Integer> lengths = new TreeMap<>();
            for (Object row : em.createNativeQuery("SELECT column_name, character_maximum_length"
                            + " FROM information_schema.columns WHERE table_schema = DATABASE()"
                            + " AND table_name = 'application' AND column_name LIKE 'supervisor\\_%'")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                lengths.put((String) r[0], ((Number) r[1]).intValue());
            }
            return lengths;
        });
        assertEquals(
                Map.of(
                        "supervisor_email", Supervisor.EMAIL_MAX,
                        "supervisor_language", Supervisor.LANGUAGE_MAX,
                        "supervisor_name", Supervisor.NAME_MAX,
                        "supervisor_position", Supervisor.POSITION_MAX),
                columns);
    }

    /** A face-to-face offering held last week: of its seated participants, every other one completed it. */
    private record Held(Offering offering, int completed) {}

    private Held held(int participants) {
        Offering offering = fixture.offering(participants);
        Person manager = fixture.manager();
        List<Person> people = fixture.people(participants, "AZ");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            Supervisor supervisor = i % 3 == 0
                    ? null
                    : new Supervisor("Supervisor " + i, "supervisor." + i + "@police.az", "Head of unit", null);
            Application applied = enrolment
                    .apply(offering.code, people.get(i), request(supervisor))
                    .application();
            ids.add(enrolment.decide(applied.id, manager, false, Decision.APPROVE, null).id);
        }
        Offering held = fixture.held(offering);
        List<Attendance.Mark> marks = new ArrayList<>();
        int completed = 0;
        for (int i = 0; i < participants; i++) {
            boolean completes = i % 2 == 0;
            // The others miss either the last day or the online phase.
            boolean online = completes || i % 4 == 1;
            if (online) {
                completions.record(people.get(i).id, "drugs-ilp", Instant.now());
            }
            for (LocalDate day = held.startsOn; !day.isAfter(held.endsOn); day = day.plusDays(1)) {
                marks.add(new Attendance.Mark(ids.get(i), day, completes || !online || !day.equals(held.endsOn)));
            }
            completed += completes ? 1 : 0;
        }
        attendance.record(held.code, marks, manager, true);
        return new Held(held, completed);
    }

    /**
     * Statements prepared for the list. The statistics count every statement of the application, and a scheduled job
     * may run one at the same moment: the fewest of three runs is the list's own.
     */
    private long statements(long offeringId) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            fewest = Math.min(fewest, QuarkusTransaction.requiringNew().call(() -> {
                Statistics statistics = sessionFactory.getStatistics();
                statistics.clear();
                supervisors.completedParticipantsWithSupervisor(offeringId);
                return statistics.getPrepareStatementCount();
            }));
        }
        return fewest;
    }

    private static ApplicationRequest request(Supervisor supervisor) {
        ApplicationRequest base = EnrolmentFixture.request();
        return new ApplicationRequest(
                base.motivation(),
                base.agency(),
                base.position(),
                base.agencyType(),
                base.speaksWorkingLanguage(),
                supervisor);
    }
}
