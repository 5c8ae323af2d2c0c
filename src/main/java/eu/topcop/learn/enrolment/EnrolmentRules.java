package eu.topcop.learn.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;

/** Who may take part in an offering: country quotas, agency types, prerequisite modules, the gate deadline. */
@ApplicationScoped
public class EnrolmentRules {

    /** The rules of one offering. Without quotas every partner country may apply, with no cap per country. */
    public record Rules(
            Map<String, Integer> quotas, List<String> agencyTypes, List<String> prerequisites, LocalDate gateDeadline) {

        public boolean hasQuotas() {
            return !quotas.isEmpty();
        }
    }

    @Inject
    EntityManager em;

    public Rules of(Offering offering) {
        Map<String, Integer> quotas = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT country_code, seats FROM offering_quota WHERE offering_id = :o")
                .setParameter("o", offering.id)
                .getResultList()) {
            Object[] r = (Object[]) row;
            quotas.put((String) r[0], ((Number) r[1]).intValue());
        }
        List<String> prerequisites = em.createNativeQuery(
                        "SELECT module_code FROM offering_prerequisite WHERE offering_id = :o ORDER BY module_code",
                        String.class)
                .setParameter("o", offering.id)
                .getResultList();
        List<String> types = offering.agencyTypes == null || offering.agencyTypes.isBlank()
                ? List.of()
                : List.of(offering.agencyTypes.split(","));
        return new Rules(quotas, types, new ArrayList<>(prerequisites), offering.gateDeadline);
    }

    /** Replaces the rules of an offering (in the caller's transaction). */
    void replace(Offering offering, Rules rules) {
        em.createNativeQuery("DELETE FROM offering_quota WHERE offering_id = :o")
                .setParameter("o", offering.id)
                .executeUpdate();
        for (var quota : new LinkedHashMap<>(rules.quotas()).entrySet()) {
            em.createNativeQuery("INSERT INTO offering_quota (offering_id, country_code, seats) VALUES (:o, :c, :s)")
                    .setParameter("o", offering.id)
                    .setParameter("c", quota.getKey())
                    .setParameter("s", quota.getValue())
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM offering_prerequisite WHERE offering_id = :o")
                .setParameter("o", offering.id)
                .executeUpdate();
        for (String module : rules.prerequisites()) {
            em.createNativeQuery("INSERT INTO offering_prerequisite (offering_id, module_code) VALUES (:o, :m)")
                    .setParameter("o", offering.id)
                    .setParameter("m", module)
                    .executeUpdate();
        }
        offering.agencyTypes = rules.agencyTypes().isEmpty() ? null : String.join(",", rules.agencyTypes());
        offering.gateDeadline = rules.gateDeadline();
    }
}
