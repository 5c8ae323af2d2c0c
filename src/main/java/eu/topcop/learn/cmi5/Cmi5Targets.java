package eu.topcop.learn.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.lrs.LaunchTargets;

/** A cmi5 registration is the learner's own attempt at each AU of the course version they started. */
@ApplicationScoped
public class Cmi5Targets implements LaunchTargets {

    @Inject
    EntityManager em;

    @Override
    public boolean owns(long personId, String registration, String activity) {
        return !em.createNativeQuery("SELECT 1 FROM cmi5_registration r JOIN cmi5_au a ON a.version_id = r.version_id"
                        + " WHERE r.registration = :r AND r.person_id = :p AND a.iri = :a")
                .setParameter("r", registration)
                .setParameter("p", personId)
                .setParameter("a", activity)
                .getResultList()
                .isEmpty();
    }
}
