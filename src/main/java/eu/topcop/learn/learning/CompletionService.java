package eu.topcop.learn.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.catalogue.Curriculum;
import eu.topcop.learn.enrolment.Attendance;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;

/**
 * Completion of courses and curricula, and what it earns: an xAPI statement and a certificate, written in the
 * transaction of what completed them.
 *
 * <ul>
 *   <li>An online course is complete when all its modules are.
 *   <li>A face-to-face course is complete when one of its offerings is: present every day, online phase complete,
 *       whichever of the two came last (enrolment's {@link Attendance} says so, when either arrives).
 *   <li>A curriculum is complete with all its online courses and one face-to-face training for participants
 *       (regional, national, or a national multiplication course: they teach the same outcomes). The
 *       train-the-trainer course certifies trainers, a track of its own; exchanges and workshops are extras.
 * </ul>
 *
 * The first completion counts: a completion is never undone, a certificate only revoked.
 */
@ApplicationScoped
public class CompletionService {

    /** Face-to-face trainings of which one, with the online courses, completes a curriculum. */
    static final Set<String> PARTICIPANT_TRAININGS =
            Set.of("regional-training", "national-training", "multiplication-course");

    /** A completed course on the transcript, with its certificate's code when it has one. */
    public record CompletedCourse(
            String course,
            String title,
            String activityType,
            int hours,
            LocalDate startedOn,
            LocalDate completedOn,
            String certificate,
            boolean translated) {}

    /** A completed curriculum on the transcript; {@code translated} false when its title is the English fallback. */
    public record CompletedCurriculum(
            String curriculum,
            String title,
            LocalDate startedOn,
            LocalDate completedOn,
            String certificate,
            boolean translated) {}

    public record Transcript(List<CompletedCurriculum> curricula, List<CompletedCourse> courses) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StatementStore statements;

    @Inject
    CertificateService certificates;

    /** A module is complete: so is every online course whose modules the person has now all completed. */
    void afterModule(ModuleProgress progress) {
        List<?> rows = em.createNativeQuery("SELECT k.id, COUNT(*), SUM(p.completed_at IS NOT NULL), MIN(p.started_at)"
                        + " FROM course k JOIN activity_type t ON t.code = k.activity_type_code AND t.online"
                        + " JOIN course_module mine ON mine.course_id = k.id AND mine.module_code = :m"
                        + " JOIN course_module cm ON cm.course_id = k.id"
                        + " LEFT JOIN module_progress p ON p.module_code = cm.module_code AND p.person_id = :person"
                        + " GROUP BY k.id")
                .setParameter("m", progress.moduleCode)
                .setParameter("person", progress.person.id)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long modules = ((Number) r[1]).longValue();
            long completed = r[2] == null ? 0 : ((Number) r[2]).longValue();
            if (completed == modules) {
                LocalDate started = toDate(r[3]);
                complete(progress.person, ((Number) r[0]).longValue(), started, today(), null);
            }
        }
    }

    /** A participant completed a face-to-face offering (in the transaction that recorded the attendance). */
    void onOfferingCompleted(@Observes Attendance.OfferingCompleted done) {
        complete(em.find(Person.class, done.person()), done.course(), done.startsOn(), done.endsOn(), done.offering());
    }

    /**
     * Completes a course once, certifies it and, if it completes the curriculum, that too. Returns whether this
     * was the first completion. Multiplication courses delivered by national trainers complete courses here too.
     */
    public boolean complete(Person person, long courseId, LocalDate startedOn, LocalDate completedOn, Long offering) {
        LocalDate start = startedOn.isAfter(completedOn) ? completedOn : startedOn;
        int inserted = em.createNativeQuery("INSERT IGNORE INTO course_completion (person_id, course_id, offering_id,"
                        + " started_on, completed_on, recorded_at) VALUES (:p, :k, :o, :s, :c, :at)")
                .setParameter("p", person.id)
                .setParameter("k", courseId)
                .setParameter("o", offering)
                .setParameter("s", start)
                .setParameter("c", completedOn)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        Course course = em.find(Course.class, courseId);
        statements.record(
                person,
                StatementStore.Verb.COMPLETED,
                statements.course(
                        course.code,
                        Localized.pick(course.title, Language.ENGLISH).text()),
                statements.curriculum(
                        course.curriculum.code,
                        Localized.pick(course.curriculum.title, Language.ENGLISH)
                                .text()),
                null,
                Map.of("completion", true));
        certificates.issue(
                person,
                Certificate.Kind.COURSE,
                course.code,
                course.title,
                priorities(course.curriculum.id),
                course.hours,
                start,
                completedOn);
        completeCurriculumIfDone(person, course.curriculum);
        return true;
    }

    private void completeCurriculumIfDone(Person person, Curriculum curriculum) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT"
                        + " SUM(t.online AND c.id IS NULL AND EXISTS (SELECT 1 FROM course_module cm WHERE cm.course_id = k.id)),"
                        + " SUM(k.activity_type_code IN (:trainings) AND c.id IS NOT NULL),"
                        + " MIN(c.started_on), MAX(c.completed_on), SUM(IF(c.id IS NULL, 0, k.hours))"
                        + " FROM course k JOIN activity_type t ON t.code = k.activity_type_code"
                        + " LEFT JOIN course_completion c ON c.course_id = k.id AND c.person_id = :p"
                        + " WHERE k.curriculum_id = :cur")
                .setParameter("trainings", PARTICIPANT_TRAININGS)
                .setParameter("p", person.id)
                .setParameter("cur", curriculum.id)
                .getSingleResult();
        long onlineMissing = r[0] == null ? 0 : ((Number) r[0]).longValue();
        long trainings = r[1] == null ? 0 : ((Number) r[1]).longValue();
        if (onlineMissing > 0 || trainings == 0) {
            return;
        }
        LocalDate started = toDate(r[2]);
        LocalDate completed = toDate(r[3]);
        int inserted = em.createNativeQuery("INSERT IGNORE INTO curriculum_completion (person_id, curriculum_id,"
                        + " started_on, completed_on, recorded_at) VALUES (:p, :cur, :s, :c, :at)")
                .setParameter("p", person.id)
                .setParameter("cur", curriculum.id)
                .setParameter("s", started)
                .setParameter("c", completed)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            return;
        }
        statements.record(
                person,
                StatementStore.Verb.COMPLETED,
                statements.curriculum(
                        curriculum.code,
                        Localized.pick(curriculum.title, Language.ENGLISH).text()),
                null,
                null,
                Map.of("completion", true));
        certificates.issue(
                person,
                Certificate.Kind.CURRICULUM,
                curriculum.code,
                curriculum.title,
                priorities(curriculum.id),
                ((Number) r[4]).intValue(),
                started,
                completed);
    }

    /** The person's completed curricula and courses, newest first, with their certificates: three statements. */
    public Transcript transcript(Person person, Language language) {
        if (person.id == null) {
            return new Transcript(List.of(), List.of());
        }
        Map<String, String> codes = new HashMap<>();
        Certificate.<Certificate>list("person.id", person.id)
                .forEach(c -> codes.put(c.kind + ":" + c.courseCode, c.code));
        List<CompletedCurriculum> curricula = new ArrayList<>();
        em.createQuery(
                        "select c from CurriculumCompletion c join fetch c.curriculum where c.person.id = :p"
                                + " order by c.completedOn desc, c.id desc",
                        CurriculumCompletion.class)
                .setParameter("p", person.id)
                .getResultList()
                .forEach(c -> curricula.add(new CompletedCurriculum(
                        c.curriculum.code,
                        Localized.pick(c.curriculum.title, language).text(),
                        c.startedOn,
                        c.completedOn,
                        codes.get("CURRICULUM:" + c.curriculum.code),
                        Localized.pick(c.curriculum.title, language).translated())));
        List<CompletedCourse> courses = new ArrayList<>();
        em.createQuery(
                        "select c from CourseCompletion c join fetch c.course k where c.person.id = :p"
                                + " order by c.completedOn desc, c.id desc",
                        CourseCompletion.class)
                .setParameter("p", person.id)
                .setMaxResults(500)
                .getResultList()
                .forEach(c -> courses.add(new CompletedCourse(
                        c.course.code,
                        Localized.pick(c.course.title, language).text(),
                        activityType(c.course),
                        c.course.hours,
                        c.startedOn,
                        c.completedOn,
                        codes.get("COURSE:" + c.course.code),
                        Localized.pick(c.course.title, language).translated())));
        return new Transcript(curricula, courses);
    }

    /** The type's code without loading it: the course row holds it as the foreign key. */
    private static String activityType(Course course) {
        return course.activityType instanceof org.hibernate.proxy.HibernateProxy proxy
                ? (String) proxy.getHibernateLazyInitializer().getIdentifier()
                : course.activityType.code;
    }

    private List<String> priorities(long curriculumId) {
        return em.createNativeQuery(
                        "SELECT p.code FROM curriculum_priority cp JOIN crime_priority p ON p.id = cp.crime_priority_id"
                                + " AND p.portfolio WHERE cp.curriculum_id = :c ORDER BY p.position",
                        String.class)
                .setParameter("c", curriculumId)
                .getResultList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate toDate(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Instant t) {
            return t.atZone(ZoneOffset.UTC).toLocalDate();
        }
        return today();
    }
}
