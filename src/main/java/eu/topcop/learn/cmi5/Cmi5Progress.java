package eu.topcop.learn.cmi5;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.cmi5.Cmi5Attempts.Attempt;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;

/**
 * A learner's view of a cmi5 course: its AUs in order, each not attempted, in progress, satisfied or waived, in the version
 * the learner started (else the current one). A fixed number of statements, however many AUs and sessions.
 */
@ApplicationScoped
public class Cmi5Progress {

    /** What an AU has come to for the learner. */
    public enum Status {
        NOT_ATTEMPTED,
        IN_PROGRESS,
        SATISFIED,
        /** Satisfied by a manager's waiver rather than by the learner's work (cmi5 9.3.7). */
        WAIVED
    }

    /** An AU's progress; {@code waivedFor} names the waiver's reason when it is WAIVED, else null. */
    public record AuProgress(
            int position, String title, String launchMethod, Status status, Cmi5Waivers.Reason waivedFor) {}

    public record CourseProgress(String code, String title, boolean satisfied, List<AuProgress> aus) {}

    @Inject
    Cmi5Attempts attempts;

    @Inject
    EntityManager em;

    public CourseProgress of(Person learner, String code, Language language) {
        Cmi5Course course = Cmi5Course.<Cmi5Course>find("code", code)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No cmi5 course " + code));
        Attempt attempt =
                learner.id == null ? null : attempts.of(learner.id, course.id).orElse(null);
        Cmi5CourseVersion version = attempt != null
                ? em.find(Cmi5CourseVersion.class, attempt.versionId())
                : Cmi5CourseVersion.<Cmi5CourseVersion>find(
                                "course = ?1 and version = ?2", course, course.currentVersion)
                        .firstResult();
        List<Cmi5Au> aus = Cmi5Au.list("version.id = ?1 order by position", version.id);
        Set<Long> launched = new HashSet<>();
        Map<Long, Boolean> satisfied = new HashMap<>();
        Map<Long, String> waived = new HashMap<>();
        if (attempt != null) {
            em.createNativeQuery("SELECT DISTINCT au_id FROM cmi5_session WHERE registration_id = :r")
                    .setParameter("r", attempt.id())
                    .getResultList()
                    .forEach(id -> launched.add(((Number) id).longValue()));
            attempts.satisfiedAus(attempt.id()).forEach(id -> satisfied.put(id, true));
            waived.putAll(attempts.waivedAus(attempt.id()));
        }
        return new CourseProgress(
                course.code,
                Cmi5Courses.text(version.title, language),
                attempt != null && attempt.satisfiedAt() != null,
                aus.stream()
                        .map(a -> new AuProgress(
                                a.position,
                                Cmi5Courses.text(a.title, language),
                                a.launchMethod,
                                waived.containsKey(a.id)
                                        ? Status.WAIVED
                                        : satisfied.containsKey(a.id)
                                                ? Status.SATISFIED
                                                : launched.contains(a.id) ? Status.IN_PROGRESS : Status.NOT_ATTEMPTED,
                                Cmi5Waivers.Reason.of(waived.get(a.id)).orElse(null)))
                        .toList());
    }
}
