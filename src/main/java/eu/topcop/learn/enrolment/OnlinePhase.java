package eu.topcop.learn.enrolment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;

/**
 * The online phase of an offering, and the one rule it sets for seats. Its modules are those of the online
 * courses before the offering's course in the curriculum's path (the Independent Learning Phase). Once the
 * offering's gate deadline has passed, only people who have completed all of them may take or keep a seat:
 * promotion from the waiting list, a course manager's approval, confirming an offered seat and the gate itself
 * all ask {@link #barredFromSeat}, so that nobody is seated by one path whom another would release.
 */
@ApplicationScoped
public class OnlinePhase {

    @Inject
    EntityManager em;

    @Inject
    CompletionRecords completions;

    /** The modules an offering's participants must complete before it: one statement. */
    public List<String> modules(long offeringId) {
        return em.createNativeQuery(
                        "SELECT DISTINCT cm.module_code FROM offering o JOIN course k ON k.id = o.course_id"
                                + " JOIN course prior ON prior.curriculum_id = k.curriculum_id AND prior.position < k.position"
                                + " JOIN activity_type t ON t.code = prior.activity_type_code AND t.online"
                                + " JOIN course_module cm ON cm.course_id = prior.id WHERE o.id = :o ORDER BY cm.module_code",
                        String.class)
                .setParameter("o", offeringId)
                .getResultList();
    }

    /** Whether the offering's gate deadline has passed on {@code today} (the deadline day itself still counts). */
    static boolean deadlinePassed(Offering offering, LocalDate today) {
        return offering.gateDeadline != null && offering.gateDeadline.isBefore(today);
    }

    /**
     * Of these applications to the offering, the ids of those whose person may not take or keep a seat now: the
     * gate deadline has passed and they have not completed the online phase. Before the deadline nobody is
     * barred (and nothing is asked of the database).
     */
    Set<Long> barredFromSeat(Offering offering, Collection<Application> applications, LocalDate today) {
        if (applications.isEmpty() || !deadlinePassed(offering, today)) {
            return Set.of();
        }
        return behind(offering, applications).stream().map(a -> a.id).collect(Collectors.toSet());
    }

    /** Whether this one application's person may take a seat now (see {@link #barredFromSeat}). */
    boolean mayTakeSeat(Application application, LocalDate today) {
        return barredFromSeat(application.offering, List.of(application), today).isEmpty();
    }

    /** Those of the applications whose person has not completed every module of the online phase: two statements. */
    List<Application> behind(Offering offering, Collection<Application> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        List<String> modules = modules(offering.id);
        Map<Long, Set<String>> done = completions.completed(
                applications.stream().map(a -> a.person.id).toList(), modules);
        return applications.stream()
                .filter(a -> !done.getOrDefault(a.person.id, Set.of()).containsAll(modules))
                .toList();
    }
}
