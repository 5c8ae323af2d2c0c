package eu.topcop.learn.trainers;

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
 * The trainers feature's personal data: trainer certifications, assessments in train-the-trainer offerings, the
 * multiplication courses a trainer ran and those an officer attended, and what coordinators decided. On erasure
 * certifications, courses and participations stay (the cascade counts them) but lose the texts and the names;
 * the pending trainer role in Keycloak goes with the account.
 */
@ApplicationScoped
public class TrainerPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "trainers",
                List.of(
                        holding(Kind.TRAINER_CERTIFICATION, Fate.PSEUDONYMISED, "trainer_certification"),
                        holding(Kind.TRAINER_CERTIFICATION, Fate.DELETED, "trainer_role_grant"),
                        holding(Kind.ASSESSMENT, Fate.CLEARED, "trainer_assessment"),
                        holding(Kind.MULTIPLICATION_COURSE, Fate.CLEARED, "multiplication_course"),
                        holding(Kind.MULTIPLICATION_PARTICIPATION, Fate.CLEARED, "multiplication_participant"),
                        holding(
                                Kind.ACTION,
                                Fate.PSEUDONYMISED,
                                "trainer_assessment",
                                "trainer_certification",
                                "multiplication_course"),
                        holding(
                                Kind.MENTION,
                                Fate.PSEUDONYMISED,
                                "trainer_assessment",
                                "trainer_certification",
                                "multiplication_course",
                                "multiplication_participant")),
                List.of());
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("trainers");
        if (person.personId() != null) {
            long p = person.personId();
            section.rows(
                    Kind.TRAINER_CERTIFICATION,
                    list(
                            "SELECT cr.code, o.code, c.certified_on, c.expires_on, c.withdrawn_at, c.withdrawal_reason"
                                    + " FROM trainer_certification c JOIN crime_priority cr ON cr.id = c.crime_priority_id"
                                    + " JOIN offering o ON o.id = c.offering_id WHERE c.person_id = :p ORDER BY c.certified_on",
                            p),
                    Field.PRIORITY,
                    Field.OFFERING,
                    Field.CERTIFIED,
                    Field.EXPIRES,
                    Field.WITHDRAWN,
                    Field.REASON);
            section.rows(
                    Kind.ASSESSMENT,
                    list(
                            "SELECT o.code, t.assessment_passed, t.assessment_score, t.practice_on, t.practice_passed,"
                                    + " t.notes FROM trainer_assessment t JOIN application a ON a.id = t.application_id"
                                    + " JOIN offering o ON o.id = a.offering_id WHERE a.person_id = :p ORDER BY o.starts_on",
                            p),
                    Field.OFFERING,
                    Field.PASSED,
                    Field.SCORE,
                    Field.PRACTICE,
                    Field.PRACTICE_PASSED,
                    Field.NOTES);
            section.rows(
                    Kind.MULTIPLICATION_COURSE,
                    list(
                            "SELECT m.code, k.code, m.starts_on, m.ends_on, m.place, m.status, m.material,"
                                    + " m.material_used, m.report, m.evaluation_summary, m.evaluation_score,"
                                    + " (SELECT COUNT(*) FROM multiplication_participant x WHERE x.course_id = m.id),"
                                    + " m.decision_reason FROM multiplication_course m JOIN course k ON k.id = m.course_id"
                                    + " WHERE m.trainer_id = :p ORDER BY m.starts_on",
                            p),
                    Field.CODE,
                    Field.COURSE,
                    Field.STARTS,
                    Field.ENDS,
                    Field.PLACE,
                    Field.STATUS,
                    Field.MATERIAL,
                    Field.MATERIAL_USED,
                    Field.REPORT,
                    Field.EVALUATION,
                    Field.SCORE,
                    Field.PARTICIPANTS,
                    Field.REASON);
            section.rows(
                    Kind.MULTIPLICATION_PARTICIPATION,
                    em.createNativeQuery(
                                    "SELECT m.code, x.name, x.agency, x.email, x.attended"
                                            + " FROM multiplication_participant x JOIN multiplication_course m ON m.id = x.course_id"
                                            + " WHERE x.person_id = :p OR (x.person_id IS NULL AND x.email = :e) ORDER BY m.starts_on")
                            .setParameter("p", p)
                            .setParameter("e", person.email() == null ? "" : person.email())
                            .getResultList(),
                    Field.CODE,
                    Field.NAME,
                    Field.AGENCY,
                    Field.EMAIL,
                    Field.ATTENDED);
        }
        if (person.username() != null) {
            section.rows(
                    Kind.ACTION,
                    em.createNativeQuery("SELECT 'assessment-recorded', t.assessed_at, o.code FROM trainer_assessment t"
                                    + " JOIN application a ON a.id = t.application_id JOIN offering o ON o.id = a.offering_id"
                                    + " WHERE t.assessed_by = :u"
                                    + " UNION ALL SELECT 'certification-withdrawn', withdrawn_at, CAST(id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci"
                                    + " FROM trainer_certification WHERE withdrawn_by = :u"
                                    + " UNION ALL SELECT 'multiplication-decided', decided_at, code FROM multiplication_course"
                                    + " WHERE decided_by = :u"
                                    + " UNION ALL SELECT 'multiplication-validated', validated_at, code"
                                    + " FROM multiplication_course WHERE validated_by = :u ORDER BY 2")
                            .setParameter("u", person.username())
                            .getResultList(),
                    Field.WHAT,
                    Field.AT,
                    Field.REFERENCE);
        }
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        String pseudonym = erasure.pseudonym();
        int changed = 0;
        if (person.personId() != null) {
            long p = person.personId();
            changed += update("DELETE FROM trainer_role_grant WHERE person_id = :p", p);
            changed += update(
                    "UPDATE trainer_assessment t JOIN application a ON a.id = t.application_id SET t.notes = NULL"
                            + " WHERE a.person_id = :p AND t.notes IS NOT NULL",
                    p);
            // The course stays (dates, place, status, participants: the cascade); what the trainer wrote goes.
            changed += update(
                    "UPDATE multiplication_course SET material = '', material_used = NULL, report = NULL,"
                            + " evaluation_summary = NULL, decision_reason = NULL WHERE trainer_id = :p",
                    p);
            changed += em.createNativeQuery("UPDATE multiplication_participant SET name = :pseudonym, agency = '',"
                            + " email = NULL WHERE person_id = :p OR (person_id IS NULL AND email = :e)")
                    .setParameter("pseudonym", pseudonym)
                    .setParameter("p", p)
                    .setParameter("e", person.email() == null ? "" : person.email())
                    .executeUpdate();
        }
        changed += Scrub.value(em, "trainer_assessment", "assessed_by", person.username(), pseudonym);
        changed += Scrub.value(em, "trainer_certification", "withdrawn_by", person.username(), pseudonym);
        changed += Scrub.value(em, "multiplication_course", "decided_by", person.username(), pseudonym);
        changed += Scrub.value(em, "multiplication_course", "validated_by", person.username(), pseudonym);
        changed += Scrub.mentions(em, "trainer_assessment", "notes", person, pseudonym);
        changed += Scrub.mentions(em, "trainer_certification", "withdrawal_reason", person, pseudonym);
        for (String text : List.of("decision_reason", "report", "evaluation_summary", "material", "material_used")) {
            changed += Scrub.mentions(em, "multiplication_course", text, person, pseudonym);
        }
        // Someone recorded by name only, under the person's very name, is taken to be them.
        changed += Scrub.mentions(em, "multiplication_participant", "name", person, pseudonym);
        return changed;
    }

    private List<?> list(String sql, long person) {
        return em.createNativeQuery(sql).setParameter("p", person).getResultList();
    }

    private int update(String sql, long person) {
        return em.createNativeQuery(sql).setParameter("p", person).executeUpdate();
    }
}
