package eu.topcop.learn.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.web.UnreadNotifications;

/**
 * The header's unread count: one statement, reading the index on (person_id, read_at) after the person's unique
 * subject, and never binding the account (that stays with the pages that need the person).
 */
@ApplicationScoped
public class UnreadCount implements UnreadNotifications {

    @Inject
    EntityManager em;

    @Override
    public long of(String subject, String username) {
        boolean bySubject = subject != null && !subject.isBlank();
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM notification n JOIN person p"
                        + " ON p.id = n.person_id WHERE " + (bySubject ? "p.subject" : "p.username")
                        + " = :who AND n.read_at IS NULL")
                .setParameter("who", bySubject ? subject : username)
                .getSingleResult();
        return count.longValue();
    }
}
