package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Which online modules people have completed: what prerequisites and the online-phase gate read. The learning
 * feature writes these records when a module is complete; enrolment only reads them.
 */
@ApplicationScoped
public class CompletionRecords {

    @Inject
    EntityManager em;

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

    /** Records a completion (idempotent: the first completion counts). */
    @Transactional
    public void record(long personId, String module, Instant at) {
        em.createNativeQuery("INSERT IGNORE INTO module_completion (person_id, module_code, completed_at)"
                        + " VALUES (:p, :m, :at)")
                .setParameter("p", personId)
                .setParameter("m", module)
                .setParameter("at", at)
                .executeUpdate();
    }
}
