package eu.topcop.learn.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Country;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.web.DomainException;

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

    /**
     * The rules as they may be set, or what is wrong with them: quotas name known countries and are 0 or more,
     * agency types are known types, prerequisites are published modules, the gate deadline is on or before the
     * start. Country codes are upper-cased and repetitions dropped.
     */
    Rules checked(Offering offering, Rules wanted) {
        Map<String, Integer> quotas = new TreeMap<>();
        for (var quota : wanted.quotas().entrySet()) {
            String country = quota.getKey().toUpperCase(Locale.ROOT);
            if (Country.findById(country) == null) {
                throw new DomainException.RuleViolation("quotas", "Unknown country '" + quota.getKey() + "'");
            }
            if (quota.getValue() == null || quota.getValue() < 0) {
                throw new DomainException.RuleViolation("quotas", "A quota is a number of places, 0 or more");
            }
            quotas.put(country, quota.getValue());
        }
        for (String type : wanted.agencyTypes()) {
            if (Person.AgencyType.of(type).isEmpty()) {
                throw new DomainException.RuleViolation(
                        "agencyType", "Unknown agency type '" + type + "'; use one of " + Person.AgencyType.codes());
            }
        }
        List<String> modules = wanted.prerequisites().stream().distinct().toList();
        if (!modules.isEmpty()) {
            List<?> known = em.createNativeQuery("SELECT code FROM content_module WHERE code IN (:m)")
                    .setParameter("m", modules)
                    .getResultList();
            List<String> unknown =
                    modules.stream().filter(m -> !known.contains(m)).toList();
            if (!unknown.isEmpty()) {
                throw new DomainException.RuleViolation("prerequisites", "No published module " + unknown);
            }
        }
        if (wanted.gateDeadline() != null && wanted.gateDeadline().isAfter(offering.startsOn)) {
            throw new DomainException.RuleViolation("gateDeadline", "The gate deadline must be on or before the start");
        }
        return new Rules(quotas, wanted.agencyTypes().stream().distinct().toList(), modules, wanted.gateDeadline());
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
