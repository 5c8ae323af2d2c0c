package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.CompletionService;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import eu.topcop.learn.trainers.MultiplicationCourse.Status;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Delivery;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import eu.topcop.learn.trainers.MultiplicationRequests.Plan;
import io.quarkus.security.ForbiddenException;

/**
 * The life of a multiplication course: a certified trainer plans it from a portfolio course of a crime priority
 * they are certified for; the national coordinator of the trainer's country approves or rejects it; the trainer
 * registers participants, records the delivery and sends a report; the coordinator validates it (participants
 * linked to a person of the country, who were told so, then complete the course and receive its certificate) or
 * returns it with a reason.
 */
@ApplicationScoped
public class MultiplicationService {

    static final int MAX_PARTICIPANTS = 1000;

    /**
     * Why a typed average rating is refused (API callers read it). Only a course rated by its participants refuses
     * one for this reason, so the course page words this mistake from the course, not from this text.
     */
    static final String RATED_BY_PARTICIPANTS = "No rating is typed for this course: participants registered with an"
            + " e-mail are asked for their own evaluation once it is reported. Send the delivery without"
            + " evaluationScore";

    /**
     * The trainers bundle's message for each field: the pages say what a field needs rather than each rule it broke
     * (the English of every mistake stays for the API).
     */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("course", "error_course"),
            Map.entry("startsOn", "error_starts_on"),
            Map.entry("endsOn", "error_ends_on"),
            Map.entry("place", "error_place"),
            Map.entry("language", "error_language"),
            Map.entry("expectedParticipants", "error_expected"),
            Map.entry("material", "error_material"),
            Map.entry("name", "error_name"),
            Map.entry("agency", "error_agency"),
            Map.entry("email", "error_email"),
            Map.entry("attended", "error_attended"),
            Map.entry("materialUsed", "error_material_used"),
            Map.entry("evaluationSummary", "error_evaluation_summary"),
            Map.entry("evaluationScore", "error_evaluation_score"),
            Map.entry("report", "error_report"));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CompletionService completions;

    @Inject
    TrainerNotices notices;

    @Inject
    People people;

    @Inject
    jakarta.enterprise.event.Event<TrainerNotices.ForCoordinators> forCoordinators;

    /** A portfolio course a trainer may multiply. */
    public record CourseChoice(String code, String title) {}

    /** National courses of the curricula whose crime priorities the trainer is certified for now. */
    public List<CourseChoice> plannable(Person trainer, Language language) {
        if (trainer.id == null) {
            return List.of();
        }
        List<Long> ids = ((List<?>) em.createNativeQuery("SELECT DISTINCT k.id FROM course k"
                                + " JOIN curriculum_priority cp ON cp.curriculum_id = k.curriculum_id"
                                + " JOIN trainer_certification c ON c.crime_priority_id = cp.crime_priority_id"
                                + " WHERE c.person_id = :p AND c.withdrawn_at IS NULL AND c.expires_on >= :today"
                                + " AND k.activity_type_code IN ('multiplication-course', 'national-training')")
                        .setParameter("p", trainer.id)
                        .setParameter("today", LocalDate.now(clock))
                        .getResultList())
                .stream().map(n -> ((Number) n).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        InList idsIn = InList.of("ids", ids);
        return Course.<Course>list("id in " + idsIn + " order by code", idsIn.parameters()).stream()
                .map(k -> new CourseChoice(
                        k.code,
                        eu.topcop.learn.platform.i18n.Localized.pick(k.title, language)
                                .text()))
                .toList();
    }

    @Transactional
    public MultiplicationCourse plan(Person trainer, Plan plan) {
        if (trainer.id == null || trainer.country == null) {
            throw new ForbiddenException("A trainer needs a country to plan a national multiplication course");
        }
        Course course = Course.<Course>find(
                        "code", plan.course() == null ? "" : plan.course().strip())
                .firstResult();
        List<Problem.FieldError> problems = problems(plan, course);
        if (course != null && !certifiedFor(trainer, course)) {
            problems.add(new Problem.FieldError(
                    "course", "You hold no active certification for the crime priorities of " + course.code));
        }
        if (!problems.isEmpty()) {
            throw refused("The plan has mistakes", problems);
        }
        MultiplicationCourse planned = new MultiplicationCourse();
        planned.code = "mc-" + trainer.country.toLowerCase(Locale.ROOT) + "-" + plan.startsOn() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        planned.trainer = em.merge(trainer);
        planned.course = course;
        planned.country = trainer.country;
        planned.startsOn = plan.startsOn();
        planned.endsOn = plan.endsOn();
        planned.place = plan.place().strip();
        planned.language = plan.language();
        planned.expectedParticipants = plan.expectedParticipants().shortValue();
        planned.material = plan.material().strip();
        planned.status = Status.PLANNED;
        planned.createdAt = now();
        planned.updatedAt = planned.createdAt;
        planned.persist();
        forCoordinators.fire(new TrainerNotices.ForCoordinators(planned.code, false));
        return planned;
    }

    /** The coordinator of the course's country approves or rejects the plan. */
    @Transactional
    public MultiplicationCourse decide(String code, Person coordinator, String country, Decision decision) {
        MultiplicationCourse course = locked(code);
        checkCoordinator(course, country);
        if (!decision.accept()) {
            requireReason(decision.reason(), "Say why the plan is rejected");
        }
        course.moveTo(decision.accept() ? Status.APPROVED : Status.REJECTED, now());
        course.decidedBy = coordinator.username;
        course.decidedAt = now();
        course.decisionReason = decision.accept() ? null : decision.reason().strip();
        notices.decided(course);
        return course;
    }

    @Transactional
    public MultiplicationCourse cancel(String code, Person trainer) {
        MultiplicationCourse course = ownLocked(code, trainer);
        course.moveTo(Status.CANCELLED, now());
        return course;
    }

    /**
     * Registers an officer under the name, agency and (optional) e-mail the trainer typed, and shows the trainer
     * nothing else: whether an account has that e-mail, and whose, stays unknown to them. The participant is linked
     * to a person only when one of the course's country has exactly that e-mail; that person is told at once, in
     * their language, so that nobody receives a record (or, at validation, a certificate) without knowing.
     */
    @Transactional
    public MultiplicationParticipant register(String code, Person trainer, Participant officer) {
        MultiplicationCourse course = ownLocked(code, trainer);
        course.checkOpenForDelivery();
        String email = People.normalisedEmail(officer.email());
        List<Problem.FieldError> problems = new ArrayList<>();
        if (blank(officer.name())) {
            problems.add(new Problem.FieldError("name", "Give the officer's name"));
        }
        if (blank(officer.agency())) {
            problems.add(new Problem.FieldError("agency", "Give the officer's agency"));
        }
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(new Problem.FieldError("email", "Not an e-mail address"));
        }
        if (!blank(officer.name()) && officer.name().strip().length() > 200) {
            problems.add(new Problem.FieldError("name", "At most 200 characters"));
        }
        if (!problems.isEmpty()) {
            throw refused("The participant has mistakes", problems);
        }
        long registered = MultiplicationParticipant.count("course", course);
        if (registered >= MAX_PARTICIPANTS) {
            throw new DomainException.Conflict(
                    "A multiplication course takes at most " + MAX_PARTICIPANTS + " participants");
        }
        // Under the course's lock: the same address typed twice is refused by what the trainer typed, not by
        // any account it may belong to.
        if (email != null && MultiplicationParticipant.count("course = ?1 and email = ?2", course, email) > 0) {
            throw new DomainException.Conflict(email + " is registered on this course already");
        }
        Person linked = email == null
                ? null
                : people.byEmailIn(email, course.country)
                        .filter(p -> MultiplicationParticipant.count("course = ?1 and person = ?2", course, p) == 0)
                        .orElse(null);
        MultiplicationParticipant participant = new MultiplicationParticipant();
        participant.course = course;
        participant.person = linked;
        participant.name = officer.name().strip();
        participant.agency = officer.agency().strip();
        participant.email = email;
        participant.createdAt = now();
        if (linked != null) {
            participant.toldAt = participant.createdAt;
            notices.registered(linked, course);
        }
        participant.persist();
        return participant;
    }

    @Transactional
    public void unregister(String code, long participantId, Person trainer) {
        MultiplicationCourse course = ownLocked(code, trainer);
        course.checkOpenForDelivery();
        long deleted = MultiplicationParticipant.delete("id = ?1 and course = ?2", participantId, course);
        if (deleted == 0) {
            throw new DomainException.NotFound("No participant " + participantId + " on " + code);
        }
    }

    /**
     * Records who attended, the material used, the trainer's summary of the participants' evaluation and, when
     * every participant was recorded by name, the trainer's own estimate of their average rating; may be corrected
     * until reported.
     */
    @Transactional
    public MultiplicationCourse recordDelivery(String code, Person trainer, Delivery delivery) {
        MultiplicationCourse course = ownLocked(code, trainer);
        course.checkOpenForDelivery();
        List<Problem.FieldError> problems = new ArrayList<>();
        if (course.startsOn.isAfter(LocalDate.now(clock).plusDays(1))) {
            problems.add(new Problem.FieldError("attended", "The course has not started yet"));
        }
        if (blank(delivery.materialUsed()) || delivery.materialUsed().length() > 2000) {
            problems.add(
                    new Problem.FieldError("materialUsed", "Say which material was used (at most 2000 characters)"));
        }
        if (delivery.evaluationSummary() != null && delivery.evaluationSummary().length() > 4000) {
            problems.add(new Problem.FieldError("evaluationSummary", "At most 4000 characters"));
        }
        BigDecimal score = delivery.evaluationScore();
        if (score != null && ratedByParticipants(course)) {
            problems.add(new Problem.FieldError("evaluationScore", RATED_BY_PARTICIPANTS));
        } else if (score != null
                && (score.compareTo(BigDecimal.ONE) < 0 || score.compareTo(BigDecimal.valueOf(5)) > 0)) {
            problems.add(new Problem.FieldError("evaluationScore", "The average rating is between 1 and 5"));
        }
        Set<Long> attended = new HashSet<>(delivery.attended() == null ? List.of() : delivery.attended());
        List<Long> registered = em.createQuery(
                        "select p.id from MultiplicationParticipant p where p.course = :c", Long.class)
                .setParameter("c", course)
                .getResultList();
        if (!new HashSet<>(registered).containsAll(attended)) {
            problems.add(new Problem.FieldError("attended", "Only registered participants can have attended"));
        }
        if (!problems.isEmpty()) {
            throw refused("The delivery has mistakes", problems);
        }
        em.createQuery("update MultiplicationParticipant p set p.attended = false where p.course = :c")
                .setParameter("c", course)
                .executeUpdate();
        if (!attended.isEmpty()) {
            InList idsIn = InList.of("ids", attended);
            InList.bind(
                            em.createQuery(
                                    "update MultiplicationParticipant p set p.attended = true where p.course = :c and p.id in "
                                            + idsIn),
                            idsIn)
                    .setParameter("c", course)
                    .executeUpdate();
        }
        course.materialUsed = delivery.materialUsed().strip();
        course.evaluationSummary = blank(delivery.evaluationSummary())
                ? null
                : delivery.evaluationSummary().strip();
        course.evaluationScore = score;
        course.updatedAt = now();
        return course;
    }

    /** Sends the report: the delivery must be recorded and the course over (or on its last day). */
    @Transactional
    public MultiplicationCourse submitReport(String code, Person trainer, String report) {
        MultiplicationCourse course = ownLocked(code, trainer);
        course.checkOpenForDelivery();
        List<Problem.FieldError> problems = new ArrayList<>();
        if (blank(report) || report.length() > 4000) {
            problems.add(new Problem.FieldError("report", "Write the report (at most 4000 characters)"));
        }
        if (course.materialUsed == null) {
            problems.add(new Problem.FieldError("materialUsed", "Record the delivery first"));
        }
        if (course.endsOn.isAfter(LocalDate.now(clock).plusDays(1))) {
            problems.add(new Problem.FieldError("report", "The course is not over yet"));
        }
        if (MultiplicationParticipant.count("course = ?1 and attended = true", course) == 0) {
            problems.add(new Problem.FieldError("attended", "Nobody attended: record the participants who did"));
        }
        if (course.evaluationScore != null && ratedByParticipants(course)) {
            // A rating typed while everyone was recorded by name, before someone was registered with an e-mail.
            problems.add(new Problem.FieldError("evaluationScore", RATED_BY_PARTICIPANTS));
        }
        if (!problems.isEmpty()) {
            throw refused("The report cannot be sent yet", problems);
        }
        course.moveTo(Status.REPORTED, now());
        course.report = report.strip();
        course.reportedAt = now();
        forCoordinators.fire(new TrainerNotices.ForCoordinators(code, true));
        return course;
    }

    /**
     * The coordinator validates the report (participants who attended and have an account complete the course
     * and receive its certificate) or returns it to the trainer with a reason.
     */
    @Transactional
    public MultiplicationCourse validate(String code, Person coordinator, String country, Decision decision) {
        MultiplicationCourse course = locked(code);
        checkCoordinator(course, country);
        if (!decision.accept()) {
            requireReason(decision.reason(), "Say what the trainer should correct");
            course.moveTo(Status.APPROVED, now());
            course.decisionReason = decision.reason().strip();
            notices.validated(course);
            return course;
        }
        course.moveTo(Status.VALIDATED, now());
        course.validatedBy = coordinator.username;
        course.validatedAt = now();
        course.decisionReason = null;
        // Only a person of the course's country who was told of the registration completes the course: a record
        // never reaches an account abroad, or someone who did not know.
        List<Person> certified = em.createQuery(
                        "select p.person from MultiplicationParticipant p where p.course = :c and p.attended = true"
                                + " and p.person is not null and p.person.country = p.course.country"
                                + " and p.toldAt is not null",
                        Person.class)
                .setParameter("c", course)
                .getResultList();
        for (Person person : certified) {
            completions.complete(person, course.course.id, course.startsOn, course.endsOn, null);
        }
        notices.validated(course);
        return course;
    }

    private List<Problem.FieldError> problems(Plan plan, Course course) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (course == null) {
            problems.add(new Problem.FieldError("course", "Choose a course of the portfolio"));
        }
        if (plan.startsOn() == null) {
            problems.add(new Problem.FieldError("startsOn", "Give the first day"));
        } else if (plan.startsOn().isBefore(LocalDate.now(clock))) {
            problems.add(new Problem.FieldError("startsOn", "A course is planned ahead: the first day is in the past"));
        }
        if (plan.endsOn() == null) {
            problems.add(new Problem.FieldError("endsOn", "Give the last day"));
        } else if (plan.startsOn() != null && plan.endsOn().isBefore(plan.startsOn())) {
            problems.add(new Problem.FieldError("endsOn", "The last day is before the first"));
        } else if (plan.startsOn() != null
                && plan.endsOn().isAfter(plan.startsOn().plusDays(30))) {
            problems.add(new Problem.FieldError("endsOn", "A course lasts at most 31 days"));
        }
        if (blank(plan.place()) || plan.place().length() > 200) {
            problems.add(new Problem.FieldError("place", "Say where (at most 200 characters)"));
        }
        if (plan.language() == null || Language.of(plan.language()).isEmpty()) {
            problems.add(new Problem.FieldError("language", "Choose one of the portfolio's languages"));
        }
        if (plan.expectedParticipants() == null
                || plan.expectedParticipants() < 1
                || plan.expectedParticipants() > MAX_PARTICIPANTS) {
            problems.add(new Problem.FieldError(
                    "expectedParticipants", "Expected participants: between 1 and " + MAX_PARTICIPANTS));
        }
        if (blank(plan.material()) || plan.material().length() > 2000) {
            problems.add(
                    new Problem.FieldError("material", "Say which material you will use (at most 2000 characters)"));
        }
        return problems;
    }

    /**
     * Whether the participants give the course's rating themselves, in the reaction survey sent when it is reported
     * (to those who attended and have an account), rather than the trainer typing one. Decided by what the trainer
     * typed, some participant's e-mail, never by whether that e-mail found an account: the trainer must not learn
     * that from the form (see {@link #register}).
     */
    private static boolean ratedByParticipants(MultiplicationCourse course) {
        return MultiplicationParticipant.count("course = ?1 and email is not null", course) > 0;
    }

    private boolean certifiedFor(Person trainer, Course course) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM trainer_certification c"
                                        + " JOIN curriculum_priority cp ON cp.crime_priority_id = c.crime_priority_id"
                                        + " WHERE c.person_id = :p AND cp.curriculum_id = :cur AND c.withdrawn_at IS NULL"
                                        + " AND c.expires_on >= :today")
                                .setParameter("p", trainer.id)
                                .setParameter("cur", course.curriculum.id)
                                .setParameter("today", LocalDate.now(clock))
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private MultiplicationCourse locked(String code) {
        MultiplicationCourse course =
                MultiplicationCourse.<MultiplicationCourse>find("code", code).firstResult();
        if (course == null) {
            throw new DomainException.NotFound("No multiplication course " + code);
        }
        em.lock(course, LockModeType.PESSIMISTIC_WRITE);
        return course;
    }

    /** The trainer's own course; another trainer's is not found (row rule). */
    private MultiplicationCourse ownLocked(String code, Person trainer) {
        MultiplicationCourse course = locked(code);
        if (!course.isRunBy(trainer)) {
            throw new DomainException.NotFound("No multiplication course " + code);
        }
        return course;
    }

    /** Only the coordinator of the course's country decides (row rule). */
    private static void checkCoordinator(MultiplicationCourse course, String country) {
        if (country == null || !country.equals(course.country)) {
            throw new DomainException.NotFound("No multiplication course " + course.code + " in your country");
        }
    }

    private static void requireReason(String reason, String message) {
        if (blank(reason)) {
            throw new DomainException.RuleViolation("reason", message);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** {@code problems} refused, each field said with its reason; a rating participants give is said apart. */
    static DomainException refused(String message, List<Problem.FieldError> problems) {
        DomainException refused = new DomainException.Invalid(message, problems);
        problems.stream()
                .filter(e -> RATED_BY_PARTICIPANTS.equals(e.message()))
                .forEach(e -> refused.because(e.field(), TrainerMessages.class, "error_score_from_answers"));
        return refused.because(TrainerMessages.class, REASONS);
    }
}
