package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Application.Status;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The gate from the online phase to the face-to-face phase. The online modules of a face-to-face offering are
 * those of the online courses before its course in the curriculum's path (the Independent Learning Phase).
 * The day after the offering's gate deadline, approved participants who have not completed all of them lose
 * their seat, which goes to the waiting list. Each offering passes the gate once: it is locked while checked,
 * and marked as checked in the same transaction.
 */
@ApplicationScoped
public class OnlinePhaseGate {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EnrolmentService enrolment;

    @Inject
    CompletionRecords completions;

    @Inject
    Notifier notifier;

    /** Checks every offering whose gate deadline has passed and that was not checked yet. */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public int releaseDue() {
        List<Long> due = em.createQuery(
                        "select o.id from Offering o where o.gateCheckedAt is null and o.gateDeadline < :today"
                                + " and o.status = :scheduled",
                        Long.class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("scheduled", Offering.Status.SCHEDULED)
                .getResultList();
        int released = 0;
        for (Long id : due) {
            released += QuarkusTransaction.requiringNew().call(() -> release(id));
        }
        return released;
    }

    /**
     * Reminds, once, the approved participants who have not completed the online phase when their offering's
     * gate deadline is at most {@code days} away.
     */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public int remindDue(int days) {
        LocalDate today = LocalDate.now(clock);
        List<Long> near = em.createQuery(
                        "select o.id from Offering o where o.gateCheckedAt is null and o.gateDeadline >= :today"
                                + " and o.gateDeadline <= :limit and o.status = :scheduled",
                        Long.class)
                .setParameter("today", today)
                .setParameter("limit", today.plusDays(days))
                .setParameter("scheduled", Offering.Status.SCHEDULED)
                .getResultList();
        int reminded = 0;
        for (Long id : near) {
            reminded += QuarkusTransaction.requiringNew().call(() -> remind(id));
        }
        return reminded;
    }

    private int remind(long offeringId) {
        Offering offering = enrolment.lock(offeringId);
        List<Application> behind = withoutOnlinePhase(offering, " and a.gateRemindedAt is null");
        for (Application application : behind) {
            application.gateRemindedAt = Instant.now(clock);
            notifier.tell(application, Notifier.Kind.GATE_NEAR, null);
        }
        return behind.size();
    }

    /** Approved participants who have not completed every module of the offering's online phase. */
    private List<Application> withoutOnlinePhase(Offering offering, String andWhere) {
        List<String> modules = modules(offering.id);
        List<Application> seated = em.createQuery(
                        "select a from Application a join fetch a.person where a.offering = :o and a.status = :approved"
                                + andWhere,
                        Application.class)
                .setParameter("o", offering)
                .setParameter("approved", Status.APPROVED)
                .getResultList();
        Map<Long, Set<String>> done =
                completions.completed(seated.stream().map(a -> a.person.id).toList(), modules);
        return seated.stream()
                .filter(a -> !done.getOrDefault(a.person.id, Set.of()).containsAll(modules))
                .toList();
    }

    /** The modules an offering's participants must complete before it: one statement. */
    public List<String> modules(long offeringId) {
        return em.createNativeQuery(
                        "SELECT DISTINCT cm.module_code FROM offering o JOIN course k ON k.id = o.course_id"
                                + " JOIN course prior ON prior.curriculum_id = k.curriculum_id AND prior.position < k.position"
                                + " JOIN activity_type t ON t.code = prior.activity_type_code AND t.online"
                                + " JOIN course_module cm ON cm.course_id = prior.id WHERE o.id = :o ORDER BY cm.module_code",
                        String.class)
                .setParameter("o", offeringId)
                .getResultList();
    }

    private int release(long offeringId) {
        Offering offering = enrolment.lock(offeringId);
        LocalDate today = LocalDate.now(clock);
        if (offering.gateCheckedAt != null || offering.gateDeadline == null || !offering.gateDeadline.isBefore(today)) {
            return 0;
        }
        List<Application> behind = withoutOnlinePhase(offering, "");
        for (Application application : behind) {
            enrolment.move(
                    application,
                    Status.RELEASED,
                    "system",
                    "the online phase was not completed by " + offering.gateDeadline);
            notifier.tell(application, Notifier.Kind.RELEASED, null);
        }
        offering.gateCheckedAt = Instant.now(clock);
        enrolment.promote(offering);
        return behind.size();
    }
}
