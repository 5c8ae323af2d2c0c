package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Application;
import eu.topcop.learn.enrolment.Attendance;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import io.quarkus.security.ForbiddenException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Train-the-trainer certification. A participant of a train-the-trainer offering is certified when three things
 * hold, in any order: attendance complete (every day present, online phase done), the assessment passed, and the
 * supervised practice session passed, both recorded by the offering's lead trainer (or its course manager). The
 * certification covers each portfolio crime priority of the course's curriculum, for
 * {@code lms.trainers.certification-years}, and brings the trainer role with it ({@link TrainerRoles}).
 */
@ApplicationScoped
public class CertificationService {

    static final String TRAIN_THE_TRAINER = "train-the-trainer";

    /** What the lead trainer records for a participant. */
    public record Assessment(
            Boolean assessmentPassed,
            BigDecimal assessmentScore,
            LocalDate practiceOn,
            Boolean practicePassed,
            @jakarta.validation.constraints.Size(max = 2000) String notes) {}

    /** A participant's row: attendance, assessment, and the certification it led to. */
    public record Row(
            long application,
            String name,
            String country,
            boolean attendanceComplete,
            Boolean assessmentPassed,
            BigDecimal assessmentScore,
            LocalDate practiceOn,
            Boolean practicePassed,
            String notes,
            LocalDate certifiedUntil) {}

    /** The assessment sheet of a train-the-trainer offering. */
    public record Sheet(
            String offering, String course, LocalDate startsOn, LocalDate endsOn, List<Row> rows, boolean canAssess) {}

    /** The longest reason for a withdrawal: the column's width. */
    static final int WITHDRAWAL_REASON_LIMIT = 500;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Attendance attendance;

    @Inject
    TrainerRoles roles;

    @Inject
    TrainerNotices notices;

    @ConfigProperty(name = "lms.trainers.certification-years", defaultValue = "3")
    int certificationYears;

    /** A train-the-trainer offering the viewer runs or manages. */
    public record TrainingOffering(String code, String course, LocalDate startsOn, LocalDate endsOn) {}

    /** The train-the-trainer offerings the viewer runs as a trainer or manages (all, for an administrator). */
    public List<TrainingOffering> offerings(
            Person viewer, boolean admin, eu.topcop.learn.platform.i18n.Language language) {
        List<Long> ids = ((List<?>)
                        em.createNativeQuery("SELECT o.id FROM offering o JOIN course k ON k.id = o.course_id"
                                        + " WHERE k.activity_type_code = :t AND (:admin OR o.course_manager = :u OR EXISTS"
                                        + " (SELECT 1 FROM offering_trainer t WHERE t.offering_id = o.id AND t.username = :u))"
                                        + " ORDER BY o.starts_on DESC LIMIT 50")
                                .setParameter("t", TRAIN_THE_TRAINER)
                                .setParameter("admin", admin)
                                .setParameter("u", viewer.username == null ? "" : viewer.username)
                                .getResultList())
                .stream().map(n -> ((Number) n).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        InList idsIn = InList.of("ids", ids);
        return InList.bind(
                        em.createQuery(
                                "select o from Offering o join fetch o.course where o.id in " + idsIn
                                        + " order by o.startsOn desc",
                                Offering.class),
                        idsIn)
                .getResultList()
                .stream()
                .map(o -> new TrainingOffering(
                        o.code,
                        eu.topcop.learn.platform.i18n.Localized.pick(o.course.title, language)
                                .text(),
                        o.startsOn,
                        o.endsOn))
                .toList();
    }

    /** The sheet, for the offering's trainers, course managers and administrators: a fixed number of statements. */
    public Sheet sheet(String offeringCode, Person viewer, boolean courseManager, boolean admin) {
        Offering offering = trainTheTrainer(offeringCode);
        List<String> trainers = trainers(offering);
        boolean manager = admin || offering.isManagedBy(viewer.username);
        if (!manager && !courseManager && !trainers.contains(viewer.username)) {
            throw new DomainException.NotFound("No assessment sheet for '" + offeringCode + "'");
        }
        Attendance.Register register = attendance.register(offeringCode);
        Map<Long, TrainerAssessment> assessments = new HashMap<>();
        Map<Long, LocalDate> certified = new HashMap<>();
        if (!register.rows().isEmpty()) {
            InList applications = InList.of(
                    "applications",
                    register.rows().stream().map(Attendance.Row::application).toList());
            TrainerAssessment.<TrainerAssessment>list("applicationId in " + applications, applications.parameters())
                    .forEach(a -> assessments.put(a.applicationId, a));
            em.createQuery(
                            "select c.person.id, max(c.expiresOn) from TrainerCertification c where c.offering = :o"
                                    + " and c.withdrawnAt is null group by c.person.id",
                            Object[].class)
                    .setParameter("o", offering)
                    .getResultList()
                    .forEach(r -> certified.put((Long) r[0], (LocalDate) r[1]));
        }
        List<Row> rows = new ArrayList<>();
        for (Attendance.Row r : register.rows()) {
            TrainerAssessment a = assessments.get(r.application());
            rows.add(new Row(
                    r.application(),
                    r.name(),
                    r.country(),
                    r.completed(),
                    a == null ? null : a.assessmentPassed,
                    a == null ? null : a.assessmentScore,
                    a == null ? null : a.practiceOn,
                    a == null ? null : a.practicePassed,
                    a == null ? null : a.notes,
                    certified.get(r.person())));
        }
        boolean canAssess = manager || lead(offering).equals(viewer.username);
        return new Sheet(offering.code, offering.course.code, offering.startsOn, offering.endsOn, rows, canAssess);
    }

    /**
     * Records (or corrects) a participant's assessment and practice session: the lead trainer, the course manager or
     * an administrator. Certifies if everything now holds.
     */
    @Transactional
    public Sheet assess(String offeringCode, long applicationId, Assessment body, Person assessor, boolean admin) {
        Offering offering = trainTheTrainer(offeringCode);
        if (!admin
                && !offering.isManagedBy(assessor.username)
                && !lead(offering).equals(assessor.username)) {
            throw new ForbiddenException(
                    "Only the offering's lead trainer or course manager assesses its participants");
        }
        Application application = Application.findById(applicationId);
        if (application == null
                || !application.offering.id.equals(offering.id)
                || application.status != Application.Status.APPROVED) {
            throw new DomainException.RuleViolation(
                    "application", "Application " + applicationId + " holds no seat in this offering");
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        if (body.assessmentScore() != null
                && (body.assessmentScore().signum() < 0
                        || body.assessmentScore().compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(new Problem.FieldError("assessmentScore", "A score is between 0 and 100"));
        }
        if (body.practiceOn() != null
                && body.practiceOn().isAfter(LocalDate.now(clock).plusDays(1))) {
            problems.add(
                    new Problem.FieldError("practiceOn", "A practice session is assessed once it has taken place"));
        }
        if (body.practicePassed() != null && body.practiceOn() == null) {
            problems.add(new Problem.FieldError("practiceOn", "Say on which day the practice session was"));
        }
        if (body.notes() != null && body.notes().length() > 2000) {
            problems.add(new Problem.FieldError("notes", "At most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            DomainException.Invalid refused = new DomainException.Invalid("The assessment has mistakes", problems);
            // The sheet's page says each mistake in the assessor's language (notes: the platform's "too long").
            for (Problem.FieldError problem : problems) {
                String key = switch (problem.field()) {
                    case "assessmentScore" -> "error_assessment_score";
                    case "practiceOn" ->
                        body.practiceOn() == null ? "error_practice_on_missing" : "error_practice_on_future";
                    default -> null;
                };
                if (key != null) {
                    refused.because(problem.field(), TrainerMessages.class, key);
                }
            }
            throw refused;
        }
        TrainerAssessment assessment = TrainerAssessment.findById(applicationId);
        if (assessment == null) {
            assessment = new TrainerAssessment();
            assessment.applicationId = applicationId;
        }
        assessment.assessmentPassed = body.assessmentPassed();
        assessment.assessmentScore = body.assessmentScore();
        assessment.practiceOn = body.practiceOn();
        assessment.practicePassed = body.practicePassed();
        assessment.notes = body.notes() == null || body.notes().isBlank()
                ? null
                : body.notes().strip();
        assessment.assessedBy = assessor.username;
        assessment.assessedAt = Instant.now(clock);
        assessment.persist();
        certifyIfDone(application, assessment);
        return sheet(offeringCode, assessor, true, true);
    }

    /** Attendance completed a train-the-trainer offering: certify if the assessments are in. */
    void onOfferingCompleted(@Observes Attendance.OfferingCompleted done) {
        Offering offering = em.find(Offering.class, done.offering());
        if (!isTrainTheTrainer(offering)) {
            return;
        }
        Application application = em.createQuery(
                        "select a from Application a where a.offering.id = :o and a.person.id = :p and a.status = :s",
                        Application.class)
                .setParameter("o", done.offering())
                .setParameter("p", done.person())
                .setParameter("s", Application.Status.APPROVED)
                .getResultStream()
                .findFirst()
                .orElse(null);
        TrainerAssessment assessment = application == null ? null : TrainerAssessment.findById(application.id);
        if (assessment != null && assessment.isPassed()) {
            certify(application);
        }
    }

    /** Withdraws a certification with a reason (course managers, administrators); the role follows. */
    @Transactional
    public void withdraw(long certificationId, String reason, String by) {
        if (reason == null || reason.isBlank() || reason.strip().length() > WITHDRAWAL_REASON_LIMIT) {
            throw new DomainException.RuleViolation(
                            "reason",
                            "Say why the certification is withdrawn, in at most " + WITHDRAWAL_REASON_LIMIT
                                    + " characters")
                    .because(
                            "reason",
                            TrainerMessages.class,
                            "error_withdraw_reason",
                            String.valueOf(WITHDRAWAL_REASON_LIMIT));
        }
        TrainerCertification certification = TrainerCertification.findById(certificationId);
        if (certification == null) {
            throw new DomainException.NotFound("No certification " + certificationId);
        }
        boolean active = certification.withdrawnAt == null;
        certification.withdraw(reason.strip(), by, Instant.now(clock));
        roles.reconsider(certification.person.id);
        if (active) {
            notices.withdrawn(certification.person, reason.strip());
        }
    }

    private void certifyIfDone(Application application, TrainerAssessment assessment) {
        if (assessment.isPassed() && attendance.completed(application.id)) {
            certify(application);
        }
    }

    private void certify(Application application) {
        Offering offering = application.offering;
        LocalDate today = LocalDate.now(clock);
        int inserted = em.createNativeQuery("INSERT IGNORE INTO trainer_certification (person_id, crime_priority_id,"
                        + " offering_id, certified_on, expires_on) SELECT :p, cp.crime_priority_id, :o, :today, :until"
                        + " FROM course k JOIN curriculum_priority cp ON cp.curriculum_id = k.curriculum_id"
                        + " JOIN crime_priority p ON p.id = cp.crime_priority_id AND p.portfolio WHERE k.id = :k")
                .setParameter("p", application.person.id)
                .setParameter("o", offering.id)
                .setParameter("today", today)
                .setParameter("until", today.plusYears(certificationYears))
                .setParameter("k", offering.course.id)
                .executeUpdate();
        if (inserted > 0) {
            roles.reconsider(application.person.id);
            notices.certified(application.person, offering.course, today.plusYears(certificationYears));
        }
    }

    private Offering trainTheTrainer(String code) {
        Offering offering = Offering.<Offering>find("code", code)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No offering with code '" + code + "'"));
        if (!isTrainTheTrainer(offering)) {
            throw new DomainException.NotFound("'" + code + "' is not a train-the-trainer offering");
        }
        return offering;
    }

    private boolean isTrainTheTrainer(Offering offering) {
        return offering != null
                && ((Number) em.createNativeQuery(
                                                "SELECT COUNT(*) FROM course WHERE id = :k AND activity_type_code = :t")
                                        .setParameter("k", offering.course.id)
                                        .setParameter("t", TRAIN_THE_TRAINER)
                                        .getSingleResult())
                                .intValue()
                        > 0;
    }

    private List<String> trainers(Offering offering) {
        return em.createNativeQuery("SELECT username FROM offering_trainer WHERE offering_id = :o", String.class)
                .setParameter("o", offering.id)
                .getResultList();
    }

    private String lead(Offering offering) {
        List<String> leads = em.createNativeQuery(
                        "SELECT username FROM offering_trainer WHERE offering_id = :o AND lead", String.class)
                .setParameter("o", offering.id)
                .getResultList();
        return leads.isEmpty() ? "" : leads.get(0);
    }
}
