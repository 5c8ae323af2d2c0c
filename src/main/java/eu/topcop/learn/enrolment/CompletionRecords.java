package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Which online modules people have completed: what prerequisites, the online-phase gate and attendance read.
 * The learning feature writes these records when a module is complete; a first completion is announced as
 * {@link ModuleCompleted} in the same transaction, so that what waited for it (a face-to-face offering whose
 * last day is past) is completed with it.
 */
@ApplicationScoped
public class CompletionRecords {

    /** A person completed a module for the first time (fired in the transaction that recorded it). */
    public record ModuleCompleted(long person, String module, Instant at) {}

    @Inject
    EntityManager em;

    @Inject
    Event<ModuleCompleted> completed;

    /** Modules among {@code modules} that the person has completed. */
    public Set<String> completed(long personId, Collection<String> modules) {
        if (modules.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNativeQuery(
                        "SELECT module_code FROM module_completion WHERE person_id = :p AND module_code IN (:m)",
                        String.class)
                .setParameter("p", personId)
                .setParameter("m", modules)
                .getResultList());
    }

    /** For many people at once (the gate): person id to the modules among {@code modules} they completed. */
    public Map<Long, Set<String>> completed(Collection<Long> personIds, Collection<String> modules) {
        Map<Long, Set<String>> done = new HashMap<>();
        if (personIds.isEmpty() || modules.isEmpty()) {
            return done;
        }
        List<?> rows = em.createNativeQuery("SELECT person_id, module_code FROM module_completion"
                        + " WHERE person_id IN (:p) AND module_code IN (:m)")
                .setParameter("p", personIds)
                .setParameter("m", modules)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            done.computeIfAbsent(((Number) r[0]).longValue(), id -> new HashSet<>())
                    .add((String) r[1]);
        }
        return done;
    }

    /** Records a completion (idempotent: the first completion counts, and only it is announced). */
    @Transactional
    public void record(long personId, String module, Instant at) {
        int inserted = em.createNativeQuery(
                        "INSERT IGNORE INTO module_completion (person_id, module_code, completed_at)"
                                + " VALUES (:p, :m, :at)")
                .setParameter("p", personId)
                .setParameter("m", module)
                .setParameter("at", at)
                .executeUpdate();
        if (inserted > 0) {
            completed.fire(new ModuleCompleted(personId, module, at));
        }
    }
}
