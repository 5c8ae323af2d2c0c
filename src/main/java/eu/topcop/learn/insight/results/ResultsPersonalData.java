package eu.topcop.learn.insight.results;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.privacy.Declaration;
import eu.topcop.learn.platform.privacy.Erasure;
import eu.topcop.learn.platform.privacy.Fate;
import eu.topcop.learn.platform.privacy.Field;
import eu.topcop.learn.platform.privacy.Kind;
import eu.topcop.learn.platform.privacy.PersonRef;
import eu.topcop.learn.platform.privacy.PersonalData;
import eu.topcop.learn.platform.privacy.Scrub;
import eu.topcop.learn.platform.privacy.Section;

import static eu.topcop.learn.platform.privacy.Declaration.holding;

/**
 * The personal data of operational results: the results a person took part in (by person id), who recorded,
 * edited, validated or rejected them, and the free texts (description, evidence reference, reasons, the values an
 * edit changed) that may name someone. On erasure the results stay, so that the evaluation's figures stay right:
 * the person id then names the pseudonymous tombstone; the texts of the results about them (they took part or
 * recorded them) are replaced by the pseudonym, as are mentions of them in other results' texts.
 */
@ApplicationScoped
public class ResultsPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "insight-results",
                List.of(
                        holding(
                                Kind.OPERATIONAL_RESULT,
                                Fate.CLEARED,
                                "operational_result",
                                "operational_result_officer"),
                        holding(Kind.ACTION, Fate.PSEUDONYMISED, "operational_result", "operational_result_change"),
                        holding(Kind.MENTION, Fate.PSEUDONYMISED, "operational_result", "operational_result_change")),
                List.of());
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("insight-results");
        if (person.personId() == null) {
            return section.build();
        }
        // A restricted result that someone else recorded is exported as the pages show it to its officer: without
        // its description and evidence reference, which only the country's coordinators read.
        section.rows(
                Kind.OPERATIONAL_RESULT,
                em.createNativeQuery("SELECT r.id, r.kind, r.occurred_on, r.country_code, c.code, r.status,"
                                + " IF(r.restricted AND r.recorded_by <> :p, NULL, r.description),"
                                + " IF(r.restricted AND r.recorded_by <> :p, NULL, r.evidence_reference)"
                                + " FROM operational_result_officer o JOIN operational_result r ON r.id = o.result_id"
                                + " JOIN crime_priority c ON c.id = r.crime_priority_id WHERE o.person_id = :p"
                                + " ORDER BY r.occurred_on, r.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.ID,
                Field.TYPE,
                Field.DAY,
                Field.COUNTRY,
                Field.PRIORITY,
                Field.STATUS,
                Field.NOTES,
                Field.REFERENCE);
        section.rows(
                Kind.ACTION,
                em.createNativeQuery("SELECT CONCAT('operational-result-', LOWER(c.action)), c.at,"
                                + " CAST(c.result_id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci"
                                + " FROM operational_result_change c WHERE c.by_person = :p ORDER BY c.at, c.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.WHAT,
                Field.AT,
                Field.REFERENCE);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        int changed = 0;
        if (person.personId() != null) {
            // A result the person took part in or recorded is about them: its texts may name them in any form (a
            // last name, initials, a case number of theirs), so they are replaced whole; what the figures count
            // (kind, day, country, priority, counts, amounts, officers) stays.
            String about = "r.recorded_by = :p OR EXISTS (SELECT 1 FROM operational_result_officer o"
                    + " WHERE o.result_id = r.id AND o.person_id = :p)";
            changed += em.createNativeQuery("UPDATE operational_result_change c SET reason = NULL, changes = NULL"
                            + " WHERE (c.reason IS NOT NULL OR c.changes IS NOT NULL) AND c.result_id IN"
                            + " (SELECT r.id FROM operational_result r WHERE " + about + ")")
                    .setParameter("p", person.personId())
                    .executeUpdate();
            changed += em.createNativeQuery("UPDATE operational_result r SET description = :pseudonym,"
                            + " evidence_reference = :pseudonym, rejection_reason = NULL WHERE " + about)
                    .setParameter("pseudonym", erasure.pseudonym())
                    .setParameter("p", person.personId())
                    .executeUpdate();
        }
        // Other results may mention them (a coordinator's reason, another officer's description).
        for (String column : List.of("description", "evidence_reference", "rejection_reason")) {
            changed += Scrub.mentions(em, "operational_result", column, person, erasure.pseudonym());
        }
        changed += Scrub.mentions(em, "operational_result_change", "reason", person, erasure.pseudonym());
        return changed + Scrub.mentions(em, "operational_result_change", "changes", person, erasure.pseudonym());
    }
}
