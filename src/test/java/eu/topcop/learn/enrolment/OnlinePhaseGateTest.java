package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.catalogue.OfferingForm;
import eu.topcop.learn.catalogue.OfferingService;
import eu.topcop.learn.enrolment.Application.Status;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import eu.topcop.learn.platform.jobs.ClusterLock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The online-phase gate with real completion records: at the deadline, approved participants who have not
 * completed the Independent Learning Phase lose their seat to the waiting list; two racing runs do it once.
 */
@QuarkusTest
class OnlinePhaseGateTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Inject
    OnlinePhaseGate gate;

    @Inject
    CompletionRecords completions;

    @Inject
    OfferingService offerings;

    @Inject
    ClusterLock locks;

    @Test
    void shouldKnowTheOnlineModulesBeforeAFaceToFaceCourse() {
        Offering offering = fixture.offering(3);
        assertEquals(List.of("drugs-ilp"), gate.modules(offering.id));
    }

    @Test
    void shouldReleaseTheSeatsOfThoseWhoDidNotCompleteTheOnlinePhaseOnceEvenWhenTwoRunsRace() throws Exception {
        Offering offering = fixture.offering(3);
        Person manager = fixture.manager();
        List<Person> people = fixture.people(4, "GE");
        List<Long> ids = people.stream()
                .map(p -> fixture.approved(offering, p, manager).id)
                .toList();
        completions.record(people.get(0).id, "drugs-ilp", Instant.now());
        enrolment.setRules(
                offering.code,
                manager,
                false,
                new EnrolmentRules.Rules(
                        Map.of(), List.of(), List.of(), LocalDate.now().minusDays(1)));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(gate::releaseDue);
            Future<Integer> second = pool.submit(gate::releaseDue);
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        assertEquals(Status.APPROVED, fixture.reload(ids.get(0)).status);
        assertEquals(Status.RELEASED, fixture.reload(ids.get(1)).status);
        assertEquals(Status.RELEASED, fixture.reload(ids.get(2)).status);
        assertEquals(Status.OFFERED, fixture.reload(ids.get(3)).status, "the waiting list gets the freed seats");
        long releases = QuarkusTransaction.requiringNew()
                .call(() -> ApplicationEvent.count(
                        "application.offering.id = ?1 and to = ?2", offering.id, Status.RELEASED));
        assertEquals(2, releases, "released once, not once per run");
        gate.releaseDue();
        assertEquals(Status.APPROVED, fixture.reload(ids.get(0)).status, "a later run changes nothing");
    }

    @Test
    void shouldRemindThoseWithoutTheOnlinePhaseOnceBeforeTheDeadline() {
        Offering offering = fixture.offering(3);
        Person manager = fixture.manager();
        List<Person> people = fixture.people(2, "UA");
        List<Long> ids = people.stream()
                .map(p -> fixture.approved(offering, p, manager).id)
                .toList();
        completions.record(people.get(0).id, "drugs-ilp", Instant.now());
        enrolment.setRules(
                offering.code,
                manager,
                false,
                new EnrolmentRules.Rules(
                        Map.of(), List.of(), List.of(), LocalDate.now().plusDays(3)));
        gate.remindDue(7);
        gate.remindDue(7);
        long reminders = QuarkusTransaction.requiringNew()
                .call(() -> Notification.count("application.id in ?1 and kind = 'GATE_NEAR'", ids));
        assertEquals(1, reminders, "the one without the online phase, once");
        Notification sent = QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>find("application.id = ?1 and kind = 'GATE_NEAR'", ids.get(1))
                        .firstResult());
        assertEquals("uk", sent.language);
    }

    @Test
    void shouldLetOneNodeRunTheJobsAtATime() {
        try (ClusterLock.Held held = locks.tryAcquire(EnrolmentJobs.LOCK).orElseThrow()) {
            assertTrue(locks.isHeld(EnrolmentJobs.LOCK));
            assertFalse(locks.runExclusively(EnrolmentJobs.LOCK, () -> {
                throw new AssertionError("ran while another node held the lock");
            }));
        }
        assertFalse(locks.isHeld(EnrolmentJobs.LOCK));
    }

    @Test
    void shouldSeatPeopleWaitingWhenTheOfferingGetsMorePlaces() {
        Offering offering = fixture.offering(1);
        Person manager = fixture.manager();
        List<Person> people = fixture.people(2, "UA");
        people.forEach(p -> fixture.approved(offering, p, manager));
        long waiting = QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application>find(
                                "offering.id = ?1 and status = ?2", offering.id, Status.WAITING)
                        .firstResult()
                        .id);
        OfferingForm form = offerings.form(offering.code);
        offerings.change(
                offering.code,
                new OfferingForm(
                        form.course(),
                        form.startsOn(),
                        form.endsOn(),
                        form.online(),
                        form.venue(),
                        form.country(),
                        2,
                        form.workingLanguage(),
                        form.applicationsOpenOn(),
                        form.applicationsCloseOn()),
                null,
                EnrolmentFixture.MANAGER,
                false);
        assertEquals(Status.OFFERED, fixture.reload(waiting).status);
    }
}
