package eu.topcop.learn.trainers;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.persistence.InList;

/**
 * A trainer's to-dos at a glance, for the home page: multiplication courses held and not yet reported, and the
 * offerings they train next. Counts and the first few rows, a fixed number of statements.
 */
@ApplicationScoped
public class TrainerGlance {

    /** A multiplication course of the trainer's, ended and approved, whose report is still to be sent. */
    public record ToReport(String code, String title, LocalDate endsOn) {}

    public record Reports(long total, List<ToReport> oldest) {}

    /** An offering the trainer trains in. */
    public record Training(String offering, String title, LocalDate startsOn) {}

    /** Trainer role changes not yet in Keycloak, and how many of those failed at their last try. */
    public record RoleSync(long pending, long failing) {}

    @Inject
    EntityManager em;

    /** The trainer role grants and withdrawals still to be pushed to Keycloak: one statement. */
    public RoleSync roleSync() {
        Object[] row = (Object[])
                em.createNativeQuery("SELECT COUNT(*), COUNT(failure) FROM trainer_role_grant WHERE synced_at IS NULL")
                        .getSingleResult();
        return new RoleSync(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Approved courses of the trainer that have ended: two statements. */
    public Reports toReport(Person trainer, LocalDate today, int limit, Language language) {
        if (trainer.id == null) {
            return new Reports(0, List.of());
        }
        String where = " where m.trainer.id = :t and m.endsOn <= :today"
                + " and m.status = eu.topcop.learn.trainers.MultiplicationCourse.Status.APPROVED";
        long total = em.createQuery("select count(m) from MultiplicationCourse m" + where, Long.class)
                .setParameter("t", trainer.id)
                .setParameter("today", today)
                .getSingleResult();
        if (total == 0) {
            return new Reports(0, List.of());
        }
        List<ToReport> oldest = em
                .createQuery(
                        "select m from MultiplicationCourse m join fetch m.course" + where + " order by m.endsOn, m.id",
                        MultiplicationCourse.class)
                .setParameter("t", trainer.id)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(m -> new ToReport(
                        m.code, Localized.pick(m.course.title, language).text(), m.endsOn))
                .toList();
        return new Reports(total, oldest);
    }

    /** Scheduled offerings not yet over that the trainer (by user name, as assigned) trains in: one statement. */
    public List<Training> trainsNext(String username, LocalDate today, int limit, Language language) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT o.id FROM offering_trainer t JOIN offering o ON o.id = t.offering_id"
                                + " WHERE t.username = :u AND o.status = 'SCHEDULED' AND o.ends_on >= :today"
                                + " ORDER BY o.starts_on, o.id LIMIT :limit")
                .setParameter("u", username)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        InList idsIn = InList.of("ids", ids.stream().map(Number::longValue).toList());
        return InList.bind(
                        em.createQuery(
                                "select o from Offering o join fetch o.course where o.id in " + idsIn
                                        + " order by o.startsOn, o.id",
                                Offering.class),
                        idsIn)
                .getResultList()
                .stream()
                .map(o -> new Training(
                        o.code, Localized.pick(o.course.title, language).text(), o.startsOn))
                .toList();
    }
}
