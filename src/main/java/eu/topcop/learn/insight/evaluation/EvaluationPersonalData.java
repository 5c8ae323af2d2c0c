package eu.topcop.learn.insight.evaluation;

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
 * Evaluation's personal data: the surveys a person was asked to answer and, for surveys that are not anonymous,
 * their answers. An anonymous survey's response holds no link to anyone, so it is nobody's to export or erase;
 * free text that names the person is scrubbed wherever it is. Erasure keeps the invitations (response rates stay
 * right) on the pseudonymous record and empties the free text of the person's own named answers.
 */
@ApplicationScoped
public class EvaluationPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "evaluation",
                List.of(
                        holding(Kind.SURVEY, Fate.PSEUDONYMISED, "survey_invitation"),
                        holding(Kind.SURVEY, Fate.CLEARED, "survey_response", "survey_answer"),
                        holding(Kind.MENTION, Fate.CLEARED, "survey_answer"),
                        // The organiser is the offering's course manager, by username like the offering itself.
                        holding(Kind.OFFERING_ROLE, Fate.PSEUDONYMISED, "survey")),
                List.of("survey_instrument", "survey_instrument_version", "survey_instrument_measure"));
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("evaluation");
        if (person.personId() == null) {
            return section.build();
        }
        section.rows(
                Kind.SURVEY,
                em.createNativeQuery("SELECT JSON_UNQUOTE(JSON_EXTRACT(s.subject_title, '$.en')), i.role, i.invited_at,"
                                + " i.closes_at, i.answered_on FROM survey_invitation i JOIN survey s ON s.id = i.survey_id"
                                + " WHERE i.person_id = :p ORDER BY i.invited_at, i.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.TITLE,
                Field.ROLE,
                Field.SENT,
                Field.EXPIRES,
                Field.SUBMITTED);
        section.rows(
                Kind.SURVEY,
                em.createNativeQuery("SELECT a.question_code, COALESCE(a.option_code, CAST(a.number AS CHAR), a.text),"
                                + " r.submitted_on FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
                                + " JOIN survey_invitation i ON i.id = r.invitation_id WHERE i.person_id = :p"
                                + " ORDER BY r.submitted_on, a.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.WHAT,
                Field.BODY,
                Field.SUBMITTED);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        int changed = 0;
        if (person.personId() != null) {
            changed += em.createNativeQuery("UPDATE survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN"
                            + " survey_invitation i ON i.id = r.invitation_id SET a.text = NULL WHERE i.person_id = :p"
                            + " AND a.text IS NOT NULL")
                    .setParameter("p", person.personId())
                    .executeUpdate();
        }
        if (person.username() != null) {
            changed += Scrub.value(em, "survey", "organiser", person.username(), erasure.pseudonym());
        }
        return changed + Scrub.mentions(em, "survey_answer", "text", person, erasure.pseudonym());
    }
}
