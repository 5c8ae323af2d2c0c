package eu.topcop.learn.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Seats given at once on 16 threads, against the real database: never more approved than seats, one effect per
 * request however often it is sent, every change in the audit trail once.
 */
@QuarkusTest
class EnrolmentConcurrencyTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Inject
    EntityManager em;

    /**
     * 200 officers apply, are endorsed by their coordinator and approved at once for an offering with 20 seats; a
     * tenth of them send everything twice. Exactly 20 are seated and 180 wait; nobody is lost or doubled.
     */
    @Test
    void shouldSeatExactlyTheCapacityWhen200ApplyAndAreApprovedAtOnce() throws Exception {
        Offering offering = fixture.offering(20);
        Person manager = fixture.manager();
        Person coordinator = fixture.coordinator("GE");
        List<Person> officers = fixture.people(200, "GE");

        List<Callable<Long>> work = new ArrayList<>();
        for (int i = 0; i < officers.size(); i++) {
            Person officer = officers.get(i);
            boolean twice = i % 10 == 0;
            work.add(() -> {
                long id = enrolment
                        .apply(offering.code, officer, EnrolmentFixture.request())
                        .application()
                        .id;
                if (twice) {
                    enrolment.apply(offering.code, officer, EnrolmentFixture.request());
                }
                enrolment.endorse(id, coordinator, true, null);
                enrolment.decide(id, manager, false, Decision.APPROVE, null);
                if (twice) {
                    enrolment.decide(id, manager, false, Decision.APPROVE, null);
                }
                return id;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Long> ids = new ArrayList<>();
        try {
            for (Future<Long> done : pool.invokeAll(work)) {
                ids.add(done.get());
            }
        } finally {
            pool.shutdown();
        }

        Map<Application.Status, Long> byStatus = QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application>list("offering.id", offering.id).stream()
                        .collect(Collectors.groupingBy(a -> a.status, Collectors.counting())));
        assertEquals(Map.of(Application.Status.APPROVED, 20L, Application.Status.WAITING, 180L), byStatus);
        assertEquals(200, ids.stream().distinct().count(), "one application per officer");
        long events = QuarkusTransaction.requiringNew()
                .call(() -> (Long)
                        em.createQuery("select count(e) from ApplicationEvent e where e.application.offering.id = :o")
                                .setParameter("o", offering.id)
                                .getSingleResult());
        assertEquals(
                600, events, "received, endorsed and decided: three audit entries each, none for repeated requests");
    }

    /**
     * An offering of 5 seats is full: 5 approved, 15 waiting. The 5 approved withdraw, so their seats are offered
     * to the first 5 in line. Then, all at once, the course manager approves every application (the offered ones
     * twice) while the 5 offered confirm theirs. Each offered seat is approved once, by whichever came first,
     * each request answers without a conflict, and the 15 others stay where they were.
     */
    @Test
    void shouldApproveEachOfferedSeatOnceWhenApprovalsAndConfirmationsRace() throws Exception {
        Offering offering = fixture.offering(5);
        Person manager = fixture.manager();
        List<Person> officers = fixture.people(20, "UA");
        List<Long> ids = officers.stream()
                .map(p -> fixture.approved(offering, p, manager).id)
                .toList();
        for (int i = 0; i < 5; i++) {
            enrolment.withdraw(ids.get(i), officers.get(i), "Called to another operation.");
        }
        List<Long> offered = ids.subList(5, 10);
        offered.forEach(id -> assertEquals(Application.Status.OFFERED, fixture.reload(id).status));

        List<Callable<Application.Status>> work = new ArrayList<>();
        for (int i = 5; i < 20; i++) {
            long id = ids.get(i);
            Person officer = officers.get(i);
            work.add(() -> enrolment.decide(id, manager, false, Decision.APPROVE, null).status);
            if (i < 10) {
                work.add(() -> enrolment.decide(id, manager, false, Decision.APPROVE, null).status);
                work.add(() -> enrolment.confirmOffer(id, officer).status);
            }
        }
        java.util.Collections.shuffle(work, new java.util.Random(12));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Application.Status> answers = new ArrayList<>();
        try {
            for (Future<Application.Status> done : pool.invokeAll(work)) {
                answers.add(done.get());
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(
                15,
                answers.stream().filter(s -> s == Application.Status.APPROVED).count());
        assertEquals(
                10,
                answers.stream().filter(s -> s == Application.Status.WAITING).count());
        Map<Application.Status, Long> byStatus = QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application>list("offering.id", offering.id).stream()
                        .collect(Collectors.groupingBy(a -> a.status, Collectors.counting())));
        assertEquals(
                Map.of(
                        Application.Status.WITHDRAWN, 5L,
                        Application.Status.APPROVED, 5L,
                        Application.Status.WAITING, 10L),
                byStatus);
        for (long id : offered) {
            long approvals = QuarkusTransaction.requiringNew()
                    .call(() ->
                            ApplicationEvent.count("application.id = ?1 and to = ?2", id, Application.Status.APPROVED));
            assertEquals(1, approvals, "application " + id + " approved once");
        }
    }
}
