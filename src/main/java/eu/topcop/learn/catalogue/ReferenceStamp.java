package eu.topcop.learn.catalogue;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What the reference data (crime priorities and their names and links, EMPACT cycles, activity types, countries) is
 * now, for {@link CatalogueService}'s kept values: read once a request, or on every use outside one (a job).
 * Counts and greatest ids: migrations add rows; nothing in the application renames or removes them.
 */
@RequestScoped
public class ReferenceStamp {

    private static final String STAMP = "SELECT (SELECT COUNT(*) FROM crime_priority),"
            + " (SELECT MAX(id) FROM crime_priority), (SELECT COUNT(*) FROM crime_priority_translation),"
            + " (SELECT COUNT(*) FROM crime_priority_link), (SELECT COUNT(*) FROM empact_cycle),"
            + " (SELECT MAX(id) FROM empact_cycle), (SELECT COUNT(*) FROM activity_type),"
            + " (SELECT COUNT(*) FROM activity_type_translation), (SELECT COUNT(*) FROM country)";

    @Inject
    EntityManager em;

    private List<Object> read;

    /** The stamp, read at the first use in the request. */
    public List<Object> now() {
        if (read == null) {
            read = read(em);
        }
        return read;
    }

    /** The stamp, read now (outside a request). */
    static List<Object> read(EntityManager em) {
        return Arrays.asList((Object[]) em.createNativeQuery(STAMP).getSingleResult());
    }
}
