package eu.topcop.learn.trainers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.web.ResultPage;

/**
 * The trainer pool: trainers with an active certification, per country and crime priority, for coordinators
 * looking for someone to run a multiplication course (their own country only) and for course managers (all).
 * Two statements per page, however large the pool.
 */
@ApplicationScoped
public class TrainerPool {

    /** A trainer in the pool: the priorities they are certified for now, and until when at the latest. */
    public record Trainer(
            long person,
            String name,
            String country,
            String agency,
            String email,
            List<String> priorities,
            LocalDate until) {}

    /** One of a trainer's own certifications. */
    public record Certification(
            long id,
            String priority,
            String offering,
            String course,
            LocalDate certifiedOn,
            LocalDate expiresOn,
            String status,
            String reason) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Active trainers, filtered by country (null: any), priority code and words of the name or agency. */
    public ResultPage<Trainer> search(String country, String priority, String words, int page, int size) {
        // An erased trainer's certifications stay counted in the cascade, but nobody can call on them.
        StringBuilder where =
                new StringBuilder(" WHERE c.withdrawn_at IS NULL AND c.expires_on >= :today AND p.erased_at IS NULL");
        if (country != null) {
            where.append(" AND p.country_code = :country");
        }
        if (priority != null) {
            where.append(" AND cp.code = :priority");
        }
        String like = words == null || words.isBlank()
                ? null
                : "%" + words.strip().replace("%", "\\%").replace("_", "\\_") + "%";
        if (like != null) {
            where.append(" AND (p.name LIKE :words OR p.agency LIKE :words)");
        }
        String from = " FROM trainer_certification c JOIN person p ON p.id = c.person_id"
                + " JOIN crime_priority cp ON cp.id = c.crime_priority_id" + where;
        var count = em.createNativeQuery("SELECT COUNT(DISTINCT c.person_id)" + from);
        var list = em.createNativeQuery("SELECT p.id, p.name, p.country_code, p.agency, p.email,"
                + " GROUP_CONCAT(DISTINCT cp.code ORDER BY cp.position SEPARATOR ','), MAX(c.expires_on)" + from
                + " GROUP BY p.id, p.name, p.country_code, p.agency, p.email ORDER BY p.country_code, p.name, p.id");
        for (var query : List.of(count, list)) {
            query.setParameter("today", LocalDate.now(clock));
            if (country != null) {
                query.setParameter("country", country);
            }
            if (priority != null) {
                query.setParameter("priority", priority);
            }
            if (like != null) {
                query.setParameter("words", like);
            }
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Trainer> trainers = new ArrayList<>();
        for (Object row : list.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) row;
            trainers.add(new Trainer(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    List.of(((String) r[5]).split(",")),
                    toDate(r[6])));
        }
        return new ResultPage<>(trainers, page, size, total);
    }

    /** The person's certifications, newest first, with their status today; course titles in English. */
    public List<Certification> of(Person person) {
        return of(person, Language.ENGLISH);
    }

    /** The person's certifications, newest first, with their status today and the course in the reader's language. */
    public List<Certification> of(Person person, Language language) {
        if (person.id == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery(
                        "select c from TrainerCertification c join fetch c.priority join fetch c.offering o"
                                + " join fetch o.course where c.person.id = :p order by c.certifiedOn desc, c.id desc",
                        TrainerCertification.class)
                .setParameter("p", person.id)
                .getResultList()
                .stream()
                .map(c -> new Certification(
                        c.id,
                        c.priority.code,
                        c.offering.code,
                        Localized.pick(c.offering.course.title, language).text(),
                        c.certifiedOn,
                        c.expiresOn,
                        c.withdrawnAt != null ? "WITHDRAWN" : c.isActiveOn(today) ? "ACTIVE" : "EXPIRED",
                        c.withdrawalReason))
                .toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
