package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Application.Status;
import eu.topcop.learn.platform.persistence.InList;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The gate from the online phase to the face-to-face phase. The day after the offering's gate deadline, the
 * people holding a seat (approved, or offered one from the waiting list) whom {@link OnlinePhase}'s rule bars
 * lose it, and the seats go to the waiting list under the same rule. Each offering passes the gate once: it is
 * locked while checked, and marked as checked in the same transaction.
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
    OnlinePhase onlinePhase;

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
     * Reminds, once, the participants holding a seat who have not completed the online phase when their offering's
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
        List<Application> behind = onlinePhase.behind(offering, seated(offering, " and a.gateRemindedAt is null"));
        for (Application application : behind) {
            application.gateRemindedAt = Instant.now(clock);
            notifier.tell(application, Notifier.Kind.GATE_NEAR, null);
        }
        return behind.size();
    }

    /** Who holds a seat: approved, or offered one that is kept for them. */
    private List<Application> seated(Offering offering, String andWhere) {
        InList heldIn = InList.of("held", List.of(Status.APPROVED, Status.OFFERED));
        return InList.bind(
                        em.createQuery(
                                "select a from Application a join fetch a.person where a.offering = :o and a.status in "
                                        + heldIn + andWhere,
                                Application.class),
                        heldIn)
                .setParameter("o", offering)
                .getResultList();
    }

    /** The modules an offering's participants must complete before it. */
    public List<String> modules(long offeringId) {
        return onlinePhase.modules(offeringId);
    }

    private int release(long offeringId) {
        Offering offering = enrolment.lock(offeringId);
        LocalDate today = LocalDate.now(clock);
        if (offering.gateCheckedAt != null || !OnlinePhase.deadlinePassed(offering, today)) {
            return 0;
        }
        List<Application> seated = seated(offering, "");
        Set<Long> barred = onlinePhase.barredFromSeat(offering, seated, today);
        List<Application> behind =
                seated.stream().filter(a -> barred.contains(a.id)).toList();
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
