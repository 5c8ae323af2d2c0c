package eu.topcop.learn.learning;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.lrs.StatementWriter;
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
 * Learning's personal data: progress in modules, quiz attempts, knowledge tests of face-to-face offerings, the xAPI
 * statements, completions and certificates. On erasure progress, attempts, knowledge tests and completions stay on
 * the pseudonymous record (completion rates, knowledge gain and the cascade count them; a knowledge test holds
 * scores and answers in the bank's terms, nothing that names its taker); statements name the pseudonym as their actor; certificates lose their holder and
 * verify as erased.
 */
@ApplicationScoped
public class LearningPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    StatementWriter statements;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "learning",
                List.of(
                        holding(
                                Kind.MODULE_PROGRESS,
                                Fate.PSEUDONYMISED,
                                "module_progress",
                                "lesson_progress",
                                "lesson_served"),
                        holding(Kind.QUIZ_ATTEMPT, Fate.PSEUDONYMISED, "quiz_attempt"),
                        holding(Kind.KNOWLEDGE_TEST, Fate.PSEUDONYMISED, "knowledge_test_attempt"),
                        holding(Kind.STATEMENT, Fate.PSEUDONYMISED, "xapi_statement"),
                        holding(Kind.COMPLETION, Fate.PSEUDONYMISED, "course_completion", "curriculum_completion"),
                        holding(Kind.CERTIFICATE, Fate.CLEARED, "certificate"),
                        holding(Kind.ACTION, Fate.PSEUDONYMISED, "certificate"),
                        holding(Kind.MENTION, Fate.PSEUDONYMISED, "certificate")),
                List.of());
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("learning");
        if (person.personId() != null) {
            long p = person.personId();
            section.rows(
                    Kind.MODULE_PROGRESS,
                    list(
                            "SELECT m.module_code, m.version, m.started_at, (SELECT COUNT(*) FROM lesson_progress l"
                                    + " WHERE l.progress_id = m.id), m.quiz_passed_at, m.completed_at FROM module_progress m"
                                    + " WHERE m.person_id = :p ORDER BY m.started_at",
                            p),
                    Field.MODULE,
                    Field.VERSION,
                    Field.STARTED,
                    Field.LESSONS_READ,
                    Field.QUIZ_PASSED,
                    Field.COMPLETED);
            section.rows(
                    Kind.QUIZ_ATTEMPT,
                    list(
                            "SELECT m.module_code, q.number, q.started_at, q.submitted_at, q.score, q.passed"
                                    + " FROM quiz_attempt q JOIN module_progress m ON m.id = q.progress_id"
                                    + " WHERE m.person_id = :p ORDER BY m.module_code, q.number",
                            p),
                    Field.MODULE,
                    Field.NUMBER,
                    Field.STARTED,
                    Field.SUBMITTED,
                    Field.SCORE,
                    Field.PASSED);
            section.rows(
                    Kind.KNOWLEDGE_TEST,
                    list(
                            "SELECT o.code, k.phase, k.started_at, k.submitted_at, k.score FROM knowledge_test_attempt k"
                                    + " JOIN offering o ON o.id = k.offering_id WHERE k.person_id = :p"
                                    + " ORDER BY k.started_at, k.id",
                            p),
                    Field.OFFERING,
                    Field.TYPE,
                    Field.STARTED,
                    Field.SUBMITTED,
                    Field.SCORE);
            section.rows(
                    Kind.STATEMENT,
                    list(
                            "SELECT id, verb, activity, timestamp, success FROM xapi_statement WHERE person_id = :p"
                                    + " ORDER BY seq",
                            p),
                    Field.ID,
                    Field.VERB,
                    Field.ACTIVITY,
                    Field.AT,
                    Field.SUCCESS);
            section.rows(
                    Kind.COMPLETION,
                    list(
                            "SELECT 'course', k.code, c.started_on, c.completed_on FROM course_completion c"
                                    + " JOIN course k ON k.id = c.course_id WHERE c.person_id = :p"
                                    + " UNION ALL SELECT 'curriculum', k.code, c.started_on, c.completed_on"
                                    + " FROM curriculum_completion c JOIN curriculum k ON k.id = c.curriculum_id"
                                    + " WHERE c.person_id = :p ORDER BY 4",
                            p),
                    Field.TYPE,
                    Field.COURSE,
                    Field.STARTED,
                    Field.COMPLETED);
            section.rows(
                    Kind.CERTIFICATE,
                    list(
                            "SELECT code, kind, course_code, holder, completed_on, issued_at, revoked_at,"
                                    + " revocation_reason FROM certificate WHERE person_id = :p ORDER BY issued_at",
                            p),
                    Field.CODE,
                    Field.TYPE,
                    Field.COURSE,
                    Field.HOLDER,
                    Field.COMPLETED,
                    Field.ISSUED,
                    Field.REVOKED,
                    Field.REASON);
        }
        if (person.username() != null) {
            section.rows(
                    Kind.ACTION,
                    em.createNativeQuery("SELECT 'certificate-revoked', revoked_at, code FROM certificate"
                                    + " WHERE revoked_by = :u ORDER BY revoked_at")
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
        int changed = 0;
        if (person.personId() != null) {
            // The actor of an xAPI statement is an account agent: it keeps its place in the statement, as the
            // pseudonym, so that statement counts per learner stay right.
            changed += em.createNativeQuery("UPDATE xapi_statement SET statement = JSON_SET(statement,"
                            + " '$.actor.account.name', :pseudonym) WHERE person_id = :p")
                    .setParameter("pseudonym", erasure.pseudonym())
                    .setParameter("p", person.personId())
                    .executeUpdate();
            em.createNativeQuery("UPDATE xapi_statement SET statement = JSON_REMOVE(statement, '$.actor.name')"
                            + " WHERE person_id = :p AND JSON_EXISTS(statement, '$.actor.name')")
                    .setParameter("p", person.personId())
                    .executeUpdate();
            // Content launched for the learner (lrs.LaunchCredentials) wrote statements whose authority is the
            // system with the learner as second member: that member becomes the pseudonym too.
            em.createNativeQuery("UPDATE xapi_statement SET statement = JSON_REMOVE(JSON_SET(statement,"
                            + " '$.authority.member[1].account.name', :pseudonym), '$.authority.member[1].name')"
                            + " WHERE person_id = :p AND JSON_EXISTS(statement, '$.authority.member[1]')")
                    .setParameter("pseudonym", erasure.pseudonym())
                    .setParameter("p", person.personId())
                    .executeUpdate();
            // The LRS's copies of these statements by agent take the rewritten text.
            statements.rewritten(person.personId());
            changed += em.createNativeQuery(
                            "UPDATE certificate SET holder = '', revocation_reason = NULL, erased_at = :at"
                                    + " WHERE person_id = :p")
                    .setParameter("at", erasure.at())
                    .setParameter("p", person.personId())
                    .executeUpdate();
        }
        changed += Scrub.value(em, "certificate", "revoked_by", person.username(), erasure.pseudonym());
        changed += Scrub.mentions(em, "certificate", "revocation_reason", person, erasure.pseudonym());
        return changed;
    }

    private List<?> list(String sql, long person) {
        return em.createNativeQuery(sql).setParameter("p", person).getResultList();
    }
}
