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
 * 200 officers apply and are approved at once, on 16 threads, for an offering with 20 seats; a tenth of them
 * send everything twice. Exactly 20 are seated and 180 wait; nobody is lost or doubled, and every application
 * has exactly its two audit entries.
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

}
