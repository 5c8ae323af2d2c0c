package eu.topcop.learn.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;

/**
 * The participants' supervisors (issue 14, level 3): the one rule a supervisor is held to, from the API and the
 * pages alike, changing one later, and what other features read to follow participants up after a training.
 *
 * <p>The rule: either no supervisor, or a name and a valid e-mail address (Bean Validation's, on {@link Supervisor})
 * that is not the applicant's own, since a person cannot vouch for themselves; the position is optional; the
 * language is one of the interface languages, by default the applicant's ({@link People#languageOf}). Addresses are
 * kept as {@link People#normalisedEmail} gives them, so that the own-address check compares like with like.
 */
@ApplicationScoped
public class Supervisors {

    /** A participant who completed an offering, and their supervisor if one was named. */
    public record CompletedParticipant(long personId, long applicationId, Optional<Supervisor> supervisor) {}

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    People people;

    @Inject
    Clock clock;

    /**
     * The supervisor as it will be kept, or null for none: trimmed, the address normalised, the position null when
     * blank; the language as given (null: to be defaulted with {@link #withLanguageOf}). Refuses, naming every field
     * at fault, a supervisor without a name or a valid address, longer than the columns, in an unknown language, or
     * whose address is {@code applicantEmail}.
     */
    Supervisor checked(Supervisor wanted, String applicantEmail) {
        if (wanted == null) {
            return null;
        }
        Supervisor trimmed = new Supervisor(
                strip(wanted.name()),
                People.normalisedEmail(wanted.email()),
                strip(wanted.position()),
                strip(wanted.language()));
        Set<SupervisorRefused.Reason> wrong = EnumSet.noneOf(SupervisorRefused.Reason.class);
        for (ConstraintViolation<Supervisor> violation : validator.validate(trimmed)) {
            wrong.add(reason(
                    violation.getPropertyPath().toString(),
                    violation.getConstraintDescriptor().getAnnotation().annotationType()));
        }
        if (trimmed.email() != null && trimmed.email().equals(People.normalisedEmail(applicantEmail))) {
            wrong.add(SupervisorRefused.Reason.EMAIL_OWN);
        }
        if (trimmed.language() != null && Language.of(trimmed.language()).isEmpty()) {
            wrong.add(SupervisorRefused.Reason.LANGUAGE_UNKNOWN);
        }
        if (!wrong.isEmpty()) {
            throw new SupervisorRefused(new ArrayList<>(wrong));
        }
        return trimmed.language() == null
                ? trimmed
                : new Supervisor(
                        trimmed.name(),
                        trimmed.email(),
                        trimmed.position(),
                        Language.of(trimmed.language()).orElseThrow().code());
    }

    /** The supervisor, written to in the applicant's language unless another was chosen. */
    Supervisor withLanguageOf(Supervisor supervisor, Person applicant) {
        if (supervisor == null || supervisor.language() != null) {
            return supervisor;
        }
        return new Supervisor(
                supervisor.name(),
                supervisor.email(),
                supervisor.position(),
                people.languageOf(applicant).code());
    }

    /**
     * Names another supervisor (or, with {@code null}, none) for an application. The applicant may, while the
     * application is not final; so may the coordinator of the applicant's country and course managers, who see it,
     * at any time. Anyone else gets a 404, as for reading it. The history records the change and who made it, not
     * the supervisor's details.
     */
    @Transactional
    public Application change(long applicationId, EnrolmentQueries.Viewer viewer, Supervisor wanted) {
        Application application = Application.<Application>findByIdOptional(applicationId)
                .filter(viewer::maySee)
                .orElseThrow(() -> new DomainException.NotFound("No application " + applicationId));
        if (!viewer.oversees(application) && application.status.isFinal()) {
            throw new DomainException.Conflict("An application that is "
                    + application.status.name().toLowerCase() + " is closed: its supervisor is no longer changed");
        }
        Supervisor supervisor = withLanguageOf(checked(wanted, application.person.email), application.person);
        String actor = viewer.person().username == null ? "system" : viewer.person().username;
        application.nameSupervisor(supervisor, actor, Instant.now(clock)).ifPresent(em::persist);
        return application;
    }

    /** The supervisor named for an application, or empty (also when there is no such application). */
    public Optional<Supervisor> supervisorOf(long applicationId) {
        Application application = em.find(Application.class, applicationId);
        return application == null ? Optional.empty() : application.supervisor();
    }

    /** The supervisor this person named most recently, to offer it again on their next application. */
    public Optional<Supervisor> lastNamedFor(long personId) {
        return em.createQuery(
                        "select a from Application a where a.person.id = :p and a.supervisorName is not null"
                                + " order by a.submittedAt desc, a.id desc",
                        Application.class)
                .setParameter("p", personId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .flatMap(Application::supervisor);
    }

    /**
     * The supervisor last named for the officer with this e-mail, for the coordinator of their country nominating
     * them; empty for an officer of another country or unknown, so that the answer tells nothing about either.
     */
    public Optional<Supervisor> lastNamedForOfficer(String email, String coordinatorCountry) {
        return people.byEmailIn(email, coordinatorCountry).flatMap(p -> lastNamedFor(p.id));
    }

    /**
     * The participants of an offering who completed it, as enrolment counts completion, with their supervisors:
     * one statement, whatever the number of participants. Of a face-to-face offering, those seated (approved)
     * who were present every day of it and completed its online phase: {@link Attendance}'s rule. Of an online
     * offering (which keeps no register), those seated who completed every module of its course, as recorded in
     * {@link CompletionRecords}. An unknown offering has none.
     */
    public List<CompletedParticipant> completedParticipantsWithSupervisor(long offeringId) {
        List<?> rows = em.createNativeQuery("SELECT a.person_id, a.id, a.supervisor_name, a.supervisor_email,"
                        + " a.supervisor_position, a.supervisor_language"
                        + " FROM application a JOIN offering o ON o.id = a.offering_id"
                        + " WHERE o.id = :o AND a.status = 'APPROVED'"
                        // Face to face: present on every day of the offering (a mark per application and day).
                        + " AND (o.online OR (SELECT COUNT(*) FROM attendance t WHERE t.application_id = a.id"
                        + " AND t.present AND t.day BETWEEN o.starts_on AND o.ends_on)"
                        + " = DATEDIFF(o.ends_on, o.starts_on) + 1)"
                        // Face to face: no module of the online phase (OnlinePhase.modules) left to complete.
                        + " AND NOT EXISTS (SELECT 1 FROM course k"
                        + " JOIN course prior ON prior.curriculum_id = k.curriculum_id AND prior.position < k.position"
                        + " JOIN activity_type y ON y.code = prior.activity_type_code AND y.online"
                        + " JOIN course_module cm ON cm.course_id = prior.id"
                        + " WHERE k.id = o.course_id AND NOT o.online AND NOT EXISTS (SELECT 1 FROM module_completion c"
                        + " WHERE c.person_id = a.person_id AND c.module_code = cm.module_code))"
                        // Online: no module of the offering's own course left to complete.
                        + " AND NOT EXISTS (SELECT 1 FROM course_module cm"
                        + " WHERE cm.course_id = o.course_id AND o.online AND NOT EXISTS (SELECT 1 FROM module_completion c"
                        + " WHERE c.person_id = a.person_id AND c.module_code = cm.module_code))"
                        + " ORDER BY a.id")
                .setParameter("o", offeringId)
                .getResultList();
        List<CompletedParticipant> completed = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Optional<Supervisor> supervisor = r[2] == null
                    ? Optional.empty()
                    : Optional.of(new Supervisor((String) r[2], (String) r[3], (String) r[4], (String) r[5]));
            completed.add(
                    new CompletedParticipant(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), supervisor));
        }
        return completed;
    }

    private static SupervisorRefused.Reason reason(String property, Class<?> constraint) {
        return switch (property) {
            case "name" ->
                constraint == NotBlank.class
                        ? SupervisorRefused.Reason.NAME_MISSING
                        : SupervisorRefused.Reason.NAME_TOO_LONG;
            case "email" ->
                constraint == NotBlank.class
                        ? SupervisorRefused.Reason.EMAIL_MISSING
                        : constraint == Email.class
                                ? SupervisorRefused.Reason.EMAIL_INVALID
                                : SupervisorRefused.Reason.EMAIL_TOO_LONG;
            case "position" -> SupervisorRefused.Reason.POSITION_TOO_LONG;
            default -> SupervisorRefused.Reason.LANGUAGE_UNKNOWN;
        };
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
