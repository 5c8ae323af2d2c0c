package eu.topcop.learn.insight;

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
 * Insight's personal data: who defined a round, who imported a questionnaire file and who added or removed a
 * capability mapping (by person id, so an erased
 * person's tombstone stands in for them), and the file names, which may name them. Answers carry the questionnaire's respondent
 * reference, never a name; gaps are figures per country.
 */
@ApplicationScoped
public class InsightPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "insight",
                List.of(
                        holding(
                                Kind.ACTION,
                                Fate.PSEUDONYMISED,
                                "otna_round",
                                "otna_import",
                                "capability_gap_change",
                                "capability_mapping"),
                        holding(
                                Kind.MENTION,
                                Fate.PSEUDONYMISED,
                                "otna_import",
                                "capability_gap_change",
                                "capability_mapping")),
                // The dashboards' facts are counts per country, priority and quarter: nobody is in them.
                List.of(
                        "otna_round_priority",
                        "otna_round_country",
                        "capability",
                        "otna_answer",
                        "capability_gap",
                        "insight_dashboard_fact",
                        "insight_dashboard_refresh"));
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("insight");
        if (person.personId() != null) {
            section.rows(
                    Kind.ACTION,
                    em.createNativeQuery("SELECT 'otna-round-defined', created_at, code FROM otna_round"
                                    + " WHERE created_by = :p UNION ALL SELECT 'otna-file-imported', i.created_at,"
                                    + " i.file_name FROM otna_import i WHERE i.imported_by = :p UNION ALL SELECT"
                                    + " CONCAT('capability-gap-', LOWER(c.action)), c.at, CAST(c.gap_id AS CHAR CHARACTER SET utf8mb4)"
                                    + " COLLATE utf8mb4_unicode_ci FROM capability_gap_change c WHERE c.by_person = :p UNION ALL SELECT"
                                    + " 'capability-mapping-added', m.added_at, m.capability_code FROM"
                                    + " capability_mapping m WHERE m.added_by = :p UNION ALL SELECT"
                                    + " 'capability-mapping-removed', m.removed_at, m.capability_code FROM"
                                    + " capability_mapping m WHERE m.removed_by = :p ORDER BY 2")
                            .setParameter("p", person.personId())
                            .getResultList(),
                    Field.WHAT,
                    Field.AT,
                    Field.REFERENCE);
        }
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        // The person id now names the tombstone. The names of the files they imported are theirs and may name them
        // in any form (a last name, initials): replaced whole. Other files' names are scrubbed of their mentions.
        int changed = 0;
        if (person.personId() != null) {
            changed += em.createNativeQuery("UPDATE otna_import SET file_name = CONCAT(:pseudonym, '-', id,"
                            + " IF(LOCATE('.', file_name) > 0, CONCAT('.', SUBSTRING_INDEX(file_name, '.', -1)), ''))"
                            + " WHERE imported_by = :p")
                    .setParameter("pseudonym", erasure.pseudonym())
                    .setParameter("p", person.personId())
                    .executeUpdate();
        }
        changed += Scrub.mentions(em, "capability_gap_change", "reason", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "capability_mapping", "reason", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "capability_mapping", "removal_reason", person, erasure.pseudonym());
        return changed + Scrub.mentions(em, "otna_import", "file_name", person, erasure.pseudonym());
    }
}
