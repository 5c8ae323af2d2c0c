package eu.topcop.learn.trainers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The Keycloak {@code trainer} role follows certification: granted with the first active certification, removed
 * when the last one expires or is withdrawn. What the role should be is written in the certifying transaction
 * ({@code trainer_role_grant}); Keycloak is told after the commit, and a job retries what could not be told
 * (Keycloak down, or the person has no account yet). People who never had a certification are left alone.
 */
@ApplicationScoped
public class TrainerRoles {

    private static final Logger LOG = Logger.getLogger(TrainerRoles.class);

    /** A person's grant changed: tell Keycloak once the change is committed. */
    record Changed(long person) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<Keycloak> keycloak;

    @Inject
    Event<Changed> changed;

    @ConfigProperty(name = "lms.accounts.provisioning", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "lms.accounts.realm", defaultValue = "topcop")
    String realm;

    /** Recomputes whether the person should be a trainer (in the caller's transaction); true if that changed. */
    boolean reconsider(long personId) {
        boolean should = activeCertifications(personId) > 0;
        Object current = em.createNativeQuery("SELECT granted FROM trainer_role_grant WHERE person_id = :p FOR UPDATE")
                .setParameter("p", personId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (current == null && !should) {
            return false;
        }
        if (current != null && asBoolean(current) == should) {
            return false;
        }
        em.createNativeQuery("INSERT INTO trainer_role_grant (person_id, granted, synced_at, failure, updated_at)"
                        + " VALUES (:p, :g, NULL, NULL, :at) ON DUPLICATE KEY UPDATE granted = :g, synced_at = NULL,"
                        + " failure = NULL, updated_at = :at")
                .setParameter("p", personId)
                .setParameter("g", should)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        changed.fire(new Changed(personId));
        return true;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        syncLater(change.person());
    }

    /** People whose last certification has lapsed lose the role: the daily sweep. */
    public int expireDue() {
        List<Long> lapsed = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT g.person_id FROM trainer_role_grant g WHERE g.granted"
                                + " AND NOT EXISTS (SELECT 1 FROM trainer_certification c WHERE c.person_id = g.person_id"
                                + " AND c.withdrawn_at IS NULL AND c.expires_on >= :today) LIMIT 200")
                        .setParameter("today", LocalDate.now(clock))
                        .getResultList())
                .stream()
                .map(n -> ((Number) n).longValue())
                .toList();
        for (long person : lapsed) {
            QuarkusTransaction.requiringNew().run(() -> reconsider(person));
        }
        return lapsed.size();
    }

    /** Tells Keycloak what it has not been told yet. */
    public int syncPending() {
        List<Long> pending = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT person_id FROM trainer_role_grant WHERE synced_at IS NULL ORDER BY updated_at LIMIT 50")
                        .getResultList())
                .stream()
                .map(n -> ((Number) n).longValue())
                .toList();
        pending.forEach(this::syncLater);
        return pending.size();
    }

    /** Grants or removes the role in Keycloak as the grant says; outside any transaction of the caller. */
    public void sync(long personId) {
        Object[] row = QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em.createNativeQuery("SELECT g.granted, p.subject FROM trainer_role_grant g"
                                + " JOIN person p ON p.id = g.person_id WHERE g.person_id = :p")
                        .setParameter("p", personId)
                        .getSingleResult());
        boolean granted = asBoolean(row[0]);
        String subject = (String) row[1];
        if (!enabled) {
            // Nothing to retry: where accounts are not provisioned, roles are given in Keycloak by hand.
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("UPDATE trainer_role_grant SET"
                                    + " synced_at = :at, failure = 'account provisioning is off' WHERE person_id = :p")
                            .setParameter("at", Instant.now(clock))
                            .setParameter("p", personId)
                            .executeUpdate());
            return;
        }
        if (subject == null) {
            record(personId, granted, "no account yet");
            return;
        }
        RealmResource users = keycloak.get().realm(realm);
        RoleRepresentation trainer = users.roles().get(Roles.TRAINER).toRepresentation();
        var roles = users.users().get(subject).roles().realmLevel();
        if (granted) {
            roles.add(List.of(trainer));
        } else {
            roles.remove(List.of(trainer));
        }
        record(personId, granted, null);
    }

    /** The person's trainer role as Keycloak has it (for pages and tests). */
    public boolean hasRoleInKeycloak(Person person) {
        return person.subject != null
                && keycloak.get().realm(realm).users().get(person.subject).roles().realmLevel().listEffective().stream()
                        .anyMatch(r -> Roles.TRAINER.equals(r.getName()));
    }

    private void syncLater(long personId) {
        try {
            sync(personId);
        } catch (RuntimeException e) {
            LOG.warnf(
                    e,
                    "The trainer role of person %d is not in Keycloak yet; the trainer jobs will try again",
                    personId);
            record(personId, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Marks the grant told (no failure) or still waiting (failure), unless it changed meanwhile. A failure moves
     * the grant to the back of the queue, so that one that keeps failing does not hold up the others.
     */
    private void record(long personId, Boolean granted, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            var update = em.createNativeQuery("UPDATE trainer_role_grant SET synced_at = :at, failure = :f"
                            + (failure == null ? "" : ", updated_at = NOW(3)")
                            + " WHERE person_id = :p" + (granted == null ? "" : " AND granted = :g"))
                    .setParameter("at", failure == null ? Instant.now(clock) : null)
                    .setParameter("f", failure == null ? null : failure.substring(0, Math.min(500, failure.length())))
                    .setParameter("p", personId);
            if (granted != null) {
                update.setParameter("g", granted);
            }
            update.executeUpdate();
        });
    }

    private long activeCertifications(long personId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM trainer_certification WHERE person_id = :p"
                                + " AND withdrawn_at IS NULL AND expires_on >= :today")
                        .setParameter("p", personId)
                        .setParameter("today", LocalDate.now(clock))
                        .getSingleResult())
                .longValue();
    }

    private static boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
