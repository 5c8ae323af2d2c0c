package eu.topcop.learn.cmi5;

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
 * cmi5 courses name nobody (who imported a package goes to the log). A learner's attempts do: the registration per
 * course, what each AU and block reached, and the sessions. They are the learner's progress, kept like a module's
 * (learning's module_progress): on erasure they stay with the person record, which becomes the pseudonymous
 * tombstone, so that the course's completion and the statements keep their registration. A waiver of an AU is part
 * of the learner's record (when, why, who decided); the manager who decided it is named by username, an action of
 * theirs, which their erasure turns into their pseudonym.
 */
@ApplicationScoped
public class Cmi5PersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "cmi5",
                List.of(
                        holding(
                                Kind.MODULE_PROGRESS,
                                Fate.PSEUDONYMISED,
                                "cmi5_registration",
                                "cmi5_au_state",
                                "cmi5_block_state",
                                "cmi5_session"),
                        holding(Kind.ACTION, Fate.PSEUDONYMISED, "cmi5_au_state")),
                List.of("cmi5_course", "cmi5_course_version", "cmi5_block", "cmi5_au", "cmi5_package_file"));
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("cmi5");
        if (person.username() != null) {
            section.rows(
                    Kind.ACTION,
                    em.createNativeQuery("SELECT 'cmi5-au-waived', s.waived_at, a.iri FROM cmi5_au_state s"
                                    + " JOIN cmi5_au a ON a.id = s.au_id WHERE s.waived_by = :u ORDER BY s.waived_at")
                            .setParameter("u", person.username())
                            .getResultList(),
                    Field.WHAT,
                    Field.AT,
                    Field.REFERENCE);
        }
        if (person.personId() == null) {
            return section.build();
        }
        section.rows(
                Kind.MODULE_PROGRESS,
                em.createNativeQuery(
                                "SELECT c.code, r.registration, r.started_at, r.satisfied_at FROM cmi5_registration r"
                                        + " JOIN cmi5_course c ON c.id = r.course_id WHERE r.person_id = :p ORDER BY r.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.COURSE,
                Field.REFERENCE,
                Field.CREATED,
                Field.AT);
        section.rows(
                Kind.MODULE_PROGRESS,
                em.createNativeQuery("SELECT a.iri, s.launch_mode, s.launched_at, s.ended_by FROM cmi5_session s"
                                + " JOIN cmi5_registration r ON r.id = s.registration_id JOIN cmi5_au a ON a.id = s.au_id"
                                + " WHERE r.person_id = :p ORDER BY s.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.ACTIVITY,
                Field.TYPE,
                Field.AT,
                Field.STATUS);
        section.rows(
                Kind.MODULE_PROGRESS,
                em.createNativeQuery("SELECT a.iri, s.waived_reason, s.waived_at, s.waived_by FROM cmi5_au_state s"
                                + " JOIN cmi5_registration r ON r.id = s.registration_id JOIN cmi5_au a ON a.id = s.au_id"
                                + " WHERE r.person_id = :p AND s.waived_at IS NOT NULL ORDER BY s.waived_at, a.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.ACTIVITY,
                Field.REASON,
                Field.AT,
                Field.USERNAME);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        // The learner's rows name the person record only, which erasure turns into the tombstone; a waiver they
        // decided for someone else names them by username.
        return Scrub.value(em, "cmi5_au_state", "waived_by", person.username(), erasure.pseudonym());
    }
}
