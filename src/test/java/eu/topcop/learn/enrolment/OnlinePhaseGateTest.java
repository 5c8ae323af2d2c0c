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
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The online-phase gate with real completion records: at the deadline, people holding a seat (approved or
 * offered) who have not completed the Independent Learning Phase lose it to the waiting list, whose people get
 * it only if they have completed it; two racing runs do it once. After the deadline, no path seats anyone
 * without the online phase.
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
        // The one waiting has done the online phase: the freed seat may go to them.
        completions.record(people.get(3).id, "drugs-ilp", Instant.now());
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
    void shouldNeverSeatSomeoneWithoutTheOnlinePhaseAfterTheDeadlineOnAnyPath() {
        Offering offering = fixture.offering(2);
        Person manager = fixture.manager();
        List<Person> people = fixture.people(4, "MD");
        Person done = people.get(0), behind = people.get(1), firstWaiting = people.get(2), nextWaiting = people.get(3);
        long seatedDone = fixture.approved(offering, done, manager).id;
        long seatedBehind = fixture.approved(offering, behind, manager).id;
        long waitingBehind = fixture.approved(offering, firstWaiting, manager).id;
        long waitingDone = fixture.approved(offering, nextWaiting, manager).id;
        completions.record(done.id, "drugs-ilp", Instant.now());
        completions.record(nextWaiting.id, "drugs-ilp", Instant.now());
        pastDeadline(offering, manager);

        gate.releaseDue();
        assertEquals(Status.APPROVED, fixture.reload(seatedDone).status);
        assertEquals(Status.RELEASED, fixture.reload(seatedBehind).status);
        assertEquals(Status.WAITING, fixture.reload(waitingBehind).status, "first in line, but no online phase");
        assertEquals(Status.OFFERED, fixture.reload(waitingDone).status, "the freed seat skips to who did it");

        // Another seat frees: promotion still passes over the one without the online phase.
        enrolment.withdraw(seatedDone, done, null);
        assertEquals(Status.WAITING, fixture.reload(waitingBehind).status);
        // Nor may a course manager seat them, nor put them back in line for a seat.
        assertThrows(
                DomainException.Conflict.class,
                () -> enrolment.decide(waitingBehind, manager, false, Decision.APPROVE, null));
        assertEquals(Status.WAITING, fixture.reload(waitingBehind).status);
    }

    @Test
    void shouldExamineOfferedApplicationsAtTheGate() {
        Offering offering = fixture.offering(1);
        Person manager = fixture.manager();
        List<Person> people = fixture.people(3, "AZ");
        long seated = fixture.approved(offering, people.get(0), manager).id;
        long offered = fixture.approved(offering, people.get(1), manager).id;
        long next = fixture.approved(offering, people.get(2), manager).id;
        completions.record(people.get(2).id, "drugs-ilp", Instant.now());
        // Before the deadline a freed seat goes to the first in line, online phase or not.
        enrolment.withdraw(seated, people.get(0), null);
        assertEquals(Status.OFFERED, fixture.reload(offered).status);

        pastDeadline(offering, manager);
        assertThrows(
                DomainException.Conflict.class,
                () -> enrolment.confirmOffer(offered, people.get(1)),
                "an offer is not taken up without the online phase once the deadline has passed");
        assertThrows(
                DomainException.Conflict.class,
                () -> enrolment.decide(offered, manager, false, Decision.APPROVE, null),
                "nor approved by a course manager");

        gate.releaseDue();
        assertEquals(Status.RELEASED, fixture.reload(offered).status, "the gate examines offered seats too");
        assertEquals(Status.OFFERED, fixture.reload(next).status);
        assertEquals(Status.APPROVED, enrolment.confirmOffer(next, people.get(2)).status);
    }

    /** Sets the offering's gate deadline to yesterday: the rule applies from now on, before the gate has run. */
    private void pastDeadline(Offering offering, Person manager) {
        enrolment.setRules(
                offering.code,
                manager,
                false,
                new EnrolmentRules.Rules(
                        Map.of(), List.of(), List.of(), LocalDate.now().minusDays(1)));
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
        InList applications = InList.of("ids", ids);
        long reminders = QuarkusTransaction.requiringNew()
                .call(() -> Notification.count(
                        "application.id in " + applications + " and kind = 'GATE_NEAR'", applications.parameters()));
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
