package eu.topcop.learn.catalogue;

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
 * The catalogue's personal data: the course manager named on each offering. Reference data, curricula and courses
 * name nobody.
 */
@ApplicationScoped
public class CataloguePersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "catalogue",
                List.of(
                        holding(Kind.OFFERING_ROLE, Fate.PSEUDONYMISED, "offering"),
                        holding(Kind.MENTION, Fate.PSEUDONYMISED, "offering")),
                List.of(
                        "activity_type",
                        "activity_type_translation",
                        "country",
                        "course",
                        "course_module",
                        "course_outcome",
                        "crime_priority",
                        "crime_priority_link",
                        "crime_priority_translation",
                        "curriculum",
                        "curriculum_priority",
                        "empact_cycle",
                        "learning_outcome",
                        "learning_outcome_capability"));
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("catalogue");
        if (person.username() != null) {
            section.rows(
                    Kind.OFFERING_ROLE,
                    em.createNativeQuery("SELECT code, 'course-manager' FROM offering WHERE course_manager = :u"
                                    + " ORDER BY starts_on")
                            .setParameter("u", person.username())
                            .getResultList(),
                    Field.OFFERING,
                    Field.ROLE);
        }
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        int changed = 0;
        if (person.username() != null) {
            // The offering keeps a manager (a pseudonym nobody signs in as); administrators still manage it.
            changed += em.createNativeQuery("UPDATE offering SET course_manager = :pseudonym,"
                            + " course_manager_name = :pseudonym WHERE course_manager = :u")
                    .setParameter("pseudonym", erasure.pseudonym())
                    .setParameter("u", person.username())
                    .executeUpdate();
        }
        changed += Scrub.mentions(em, "offering", "course_manager_name", person, erasure.pseudonym());
        changed += Scrub.mentions(em, "offering", "cancellation_reason", person, erasure.pseudonym());
        return changed;
    }
}
