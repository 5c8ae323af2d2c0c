package eu.topcop.learn.enrolment;

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
 * Enrolment's personal data: the person record itself, applications and nominations with their history and the
 * supervisor named with them, attendance, notifications, the offerings a person trains on, and what they decided or
 * recorded about others. On erasure the person record becomes a tombstone (country and agency type, named by the
 * pseudonym), so that quotas, seats, participants and completions stay counted; texts about the person, the
 * supervisors they named and their notifications go, and so does their name wherever they are someone's supervisor.
 */
@ApplicationScoped
public class EnrolmentPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "enrolment",
                List.of(
                        holding(Kind.ACCOUNT, Fate.CLEARED, "person"),
                        holding(Kind.APPLICATION, Fate.CLEARED, "application"),
                        holding(Kind.APPLICATION_HISTORY, Fate.CLEARED, "application_event"),
                        holding(Kind.SUPERVISOR, Fate.CLEARED, "application"),
                        holding(Kind.ATTENDANCE, Fate.PSEUDONYMISED, "attendance"),
                        holding(Kind.COMPLETION, Fate.PSEUDONYMISED, "module_completion"),
                        holding(Kind.NOTIFICATION, Fate.DELETED, "notification"),
                        holding(Kind.OFFERING_ROLE, Fate.PSEUDONYMISED, "offering_trainer"),
                        holding(Kind.ACTION, Fate.PSEUDONYMISED, "application_event", "attendance"),
                        holding(Kind.MENTION, Fate.PSEUDONYMISED, "application", "application_event", "notification")),
                List.of("offering_quota", "offering_prerequisite"));
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("enrolment");
        if (person.personId() != null) {
            long p = person.personId();
            section.rows(
                    Kind.ACCOUNT,
                    list(
                            "SELECT name, username, email, subject, country_code, agency, position, agency_type,"
                                    + " created_at, updated_at FROM person WHERE id = :p",
                            p),
                    Field.NAME,
                    Field.USERNAME,
                    Field.EMAIL,
                    Field.SUBJECT,
                    Field.COUNTRY,
                    Field.AGENCY,
                    Field.POSITION,
                    Field.AGENCY_TYPE,
                    Field.CREATED,
                    Field.UPDATED);
            section.rows(
                    Kind.APPLICATION,
                    list(
                            "SELECT a.id, o.code, a.kind, a.status, a.country_code, a.motivation, a.reason,"
                                    + " a.submitted_at, a.updated_at FROM application a JOIN offering o ON o.id = a.offering_id"
                                    + " WHERE a.person_id = :p ORDER BY a.submitted_at, a.id",
                            p),
                    Field.ID,
                    Field.OFFERING,
                    Field.TYPE,
                    Field.STATUS,
                    Field.COUNTRY,
                    Field.MOTIVATION,
                    Field.REASON,
                    Field.SUBMITTED,
                    Field.UPDATED);
            // The supervisor is a third party, but named by or for the person with their application: it is theirs.
            section.rows(
                    Kind.SUPERVISOR,
                    list(
                            "SELECT a.id, o.code, a.supervisor_name, a.supervisor_email, a.supervisor_position,"
                                    + " a.supervisor_language FROM application a JOIN offering o ON o.id = a.offering_id"
                                    + " WHERE a.person_id = :p AND a.supervisor_name IS NOT NULL"
                                    + " ORDER BY a.submitted_at, a.id",
                            p),
                    Field.APPLICATION,
                    Field.OFFERING,
                    Field.NAME,
                    Field.EMAIL,
                    Field.POSITION,
                    Field.LANGUAGE);
            section.rows(
                    Kind.APPLICATION_HISTORY,
                    list(
                            "SELECT e.application_id, e.at, e.from_status, e.to_status, e.reason FROM application_event e"
                                    + " JOIN application a ON a.id = e.application_id WHERE a.person_id = :p"
                                    + " ORDER BY e.at, e.id",
                            p),
                    Field.APPLICATION,
                    Field.AT,
                    Field.FROM,
                    Field.TO,
                    Field.REASON);
            section.rows(
                    Kind.ATTENDANCE,
                    list(
                            "SELECT o.code, t.day, t.present FROM attendance t JOIN application a ON a.id = t.application_id"
                                    + " JOIN offering o ON o.id = a.offering_id WHERE a.person_id = :p ORDER BY o.code, t.day",
                            p),
                    Field.OFFERING,
                    Field.DAY,
                    Field.PRESENT);
            section.rows(
                    Kind.COMPLETION,
                    list(
                            "SELECT module_code, completed_at FROM module_completion WHERE person_id = :p"
                                    + " ORDER BY completed_at",
                            p),
                    Field.MODULE,
                    Field.COMPLETED);
            section.rows(
                    Kind.NOTIFICATION,
                    list(
                            "SELECT subject, body, created_at, read_at FROM notification WHERE person_id = :p"
                                    + " ORDER BY created_at, id",
                            p),
                    Field.TITLE,
                    Field.BODY,
                    Field.CREATED,
                    Field.READ);
        }
        if (person.username() != null) {
            section.rows(
                    Kind.OFFERING_ROLE,
                    em.createNativeQuery("SELECT o.code, CASE WHEN t.lead THEN 'lead-trainer' ELSE 'trainer' END"
                                    + " FROM offering_trainer t JOIN offering o ON o.id = t.offering_id"
                                    + " WHERE t.username = :u ORDER BY o.starts_on")
                            .setParameter("u", person.username())
                            .getResultList(),
                    Field.OFFERING,
                    Field.ROLE);
            section.rows(
                    Kind.ACTION,
                    em.createNativeQuery("SELECT CONCAT('application-', LOWER(e.to_status)), e.at,"
                                    + " CAST(e.application_id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci"
                                    + " FROM application_event e JOIN application a ON a.id = e.application_id"
                                    + " WHERE e.actor = :u AND a.person_id <> :p"
                                    + " UNION ALL SELECT 'attendance-recorded', t.recorded_at, o.code FROM attendance t"
                                    + " JOIN application a ON a.id = t.application_id JOIN offering o ON o.id = a.offering_id"
                                    + " WHERE t.recorded_by = :u ORDER BY 2")
                            .setParameter("u", person.username())
                            .setParameter("p", person.personId() == null ? -1L : person.personId())
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
            changed += update("DELETE FROM notification WHERE person_id = :p", p);
            changed += update(
                    "UPDATE application_event e JOIN application a ON a.id = e.application_id SET e.reason = NULL"
                            + " WHERE a.person_id = :p AND e.reason IS NOT NULL",
                    p);
            changed += update(
                    "UPDATE application SET motivation = NULL, reason = NULL WHERE person_id = :p"
                            + " AND (motivation IS NOT NULL OR reason IS NOT NULL)",
                    p);
            // The supervisor they named: a third party's data, kept only for this person's follow-up.
            changed += update(
                    "UPDATE application SET supervisor_name = NULL, supervisor_email = NULL,"
                            + " supervisor_position = NULL, supervisor_language = NULL"
                            + " WHERE person_id = :p AND supervisor_name IS NOT NULL",
                    p);
            changed += em.createNativeQuery("UPDATE person SET subject = NULL, username = NULL, email = NULL,"
                            + " name = :pseudonym, agency = NULL, position = NULL, erased_at = :at, updated_at = :at"
                            + " WHERE id = :p")
                    .setParameter("pseudonym", pseudonym)
                    .setParameter("at", erasure.at())
                    .setParameter("p", p)
                    .executeUpdate();
        }
        // Named as someone's supervisor: nobody is to write to them any more, and nothing is to name them.
        String email = People.normalisedEmail(person.email());
        if (email != null) {
            changed += em.createNativeQuery("UPDATE application SET supervisor_name = NULL, supervisor_email = NULL,"
                            + " supervisor_position = NULL, supervisor_language = NULL WHERE supervisor_email = :e")
                    .setParameter("e", email)
                    .executeUpdate();
        }
        changed += Scrub.value(em, "application_event", "actor", person.username(), pseudonym);
        changed += Scrub.value(em, "attendance", "recorded_by", person.username(), pseudonym);
        changed += Scrub.value(em, "offering_trainer", "username", person.username(), pseudonym);
        changed += Scrub.mentions(em, "application_event", "reason", person, pseudonym);
        changed += Scrub.mentions(em, "application", "reason", person, pseudonym);
        changed += Scrub.mentions(em, "application", "motivation", person, pseudonym);
        changed += Scrub.mentions(em, "notification", "subject", person, pseudonym);
        changed += Scrub.mentions(em, "notification", "body", person, pseudonym);
        // The message keys keep their arguments (a name among them) to write the text anew at reading time.
        changed += Scrub.mentions(em, "notification", "message", person, pseudonym);
        return changed;
    }

    private List<?> list(String sql, long person) {
        return em.createNativeQuery(sql).setParameter("p", person).getResultList();
    }

    private int update(String sql, long person) {
        return em.createNativeQuery(sql).setParameter("p", person).executeUpdate();
    }
}
