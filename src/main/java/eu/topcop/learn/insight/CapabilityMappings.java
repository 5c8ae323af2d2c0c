package eu.topcop.learn.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * The mappings of learning outcomes and courses to capabilities: those the content declares (read only here) and
 * those course managers add and remove in the app. Both count toward coverage through insight's views.
 */
@ApplicationScoped
public class CapabilityMappings {

    /**
     * The insight bundle's message for each field of a capability mapping and of its removal: the pages say what a
     * field needs rather than each rule it broke (the English of every mistake stays for the API).
     */
    static final Map<String, String> REASONS = Map.of(
            "course", "error_mapping_course",
            "outcome", "error_mapping_outcome",
            "capability", "error_mapping_capability",
            "level", "error_mapping_level",
            "reason", "error_mapping_reason",
            "removalReason", "error_mapping_reason");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Every mapping, content first by capability then outcome, optionally of one capability code or of one course
     * (its outcomes' mappings and its own); removed manager mappings only when asked. Two statements.
     */
    public List<OtnaViews.Mapping> list(String capability, String course, boolean removed) {
        StringBuilder content = new StringBuilder("SELECT o.code, lc.capability_code, lc.level_code"
                + " FROM learning_outcome_capability lc JOIN learning_outcome o ON o.id = lc.outcome_id WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (capability != null) {
            content.append(" AND lc.capability_code = :capability");
            parameters.put("capability", capability);
        }
        if (course != null) {
            content.append(" AND lc.outcome_id IN (SELECT co.outcome_id FROM course_outcome co JOIN course k"
                    + " ON k.id = co.course_id WHERE k.code = :course)");
            parameters.put("course", course);
        }
        content.append(" ORDER BY lc.capability_code, o.code");
        var contentQuery = em.createNativeQuery(content.toString());
        parameters.forEach(contentQuery::setParameter);
        List<OtnaViews.Mapping> mappings = new ArrayList<>();
        for (Object r : contentQuery.getResultList()) {
            Object[] row = (Object[]) r;
            mappings.add(new OtnaViews.Mapping(
                    null,
                    "CONTENT",
                    (String) row[0],
                    null,
                    (String) row[1],
                    (String) row[2],
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }

        StringBuilder managed = new StringBuilder("select m, o.code, k.code, a.name, r.name from CapabilityMapping m"
                + " left join eu.topcop.learn.catalogue.LearningOutcome o on o.id = m.outcomeId"
                + " left join eu.topcop.learn.catalogue.Course k on k.id = m.courseId"
                + " join eu.topcop.learn.enrolment.Person a on a.id = m.addedBy"
                + " left join eu.topcop.learn.enrolment.Person r on r.id = m.removedBy where 1 = 1");
        if (!removed) {
            managed.append(" and m.removedAt is null");
        }
        if (capability != null) {
            managed.append(" and m.capability = :capability");
        }
        if (course != null) {
            managed.append(" and (k.code = :course or m.outcomeId in (select o2.id from"
                    + " eu.topcop.learn.catalogue.Course k2 join k2.outcomes o2 where k2.code = :course))");
        }
        managed.append(" order by m.capability, m.id");
        var managedQuery = em.createQuery(managed.toString(), Object[].class);
        parameters.forEach(managedQuery::setParameter);
        for (Object[] row : managedQuery.getResultList()) {
            mappings.add(view(
                    (CapabilityMapping) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        return mappings;
    }

    /**
     * Adds a course manager's mapping. The outcome or course (exactly one), the capability (a code some round asks
     * about) and the level (on the proficiency scale of such a round) must exist: 422 naming the field. A target
     * that already addresses the capability, by the content or a live mapping, is a 409.
     */
    @Transactional
    public OtnaViews.Mapping add(OtnaViews.MappingRequest request, long by, String byName) {
        List<Problem.FieldError> problems = new ArrayList<>();
        String outcome = blankToNull(request.outcome());
        String course = blankToNull(request.course());
        Long outcomeId = null;
        Long courseId = null;
        if ((outcome == null) == (course == null)) {
            problems.add(new Problem.FieldError("outcome", "Give either a learning outcome or a course, not both"));
        } else if (outcome != null) {
            outcomeId = id("SELECT id FROM learning_outcome WHERE code = ?1", outcome);
            if (outcomeId == null) {
                problems.add(new Problem.FieldError("outcome", "No learning outcome " + outcome));
            }
        } else {
            courseId = id("SELECT id FROM course WHERE code = ?1", course);
            if (courseId == null) {
                problems.add(new Problem.FieldError("course", "No course " + course));
            }
        }
        List<Capability> asked = Capability.list(
                "from Capability c join fetch c.round where upper(c.code) = ?1",
                request.capability().toUpperCase(Locale.ROOT));
        String level = blankToNull(request.level());
        if (asked.isEmpty()) {
            problems.add(new Problem.FieldError(
                    "capability", "No OTNA round asks about a capability " + request.capability()));
        } else if (level != null && asked.stream().noneMatch(c -> c.round.proficiencyRank(level) >= 0)) {
            problems.add(new Problem.FieldError(
                    "level",
                    level + " is not a level of the proficiency scale of a round asking about "
                            + request.capability()));
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The mapping has mistakes", problems)
                    .because(InsightMessages.class, REASONS);
        }
        String capability = asked.get(0).code;
        long already = outcomeId != null
                ? count(
                        "SELECT (SELECT COUNT(*) FROM learning_outcome_capability WHERE outcome_id = ?1 AND"
                                + " capability_code = ?2) + (SELECT COUNT(*) FROM capability_mapping WHERE"
                                + " outcome_id = ?1 AND capability_code = ?2 AND removed_at IS NULL)",
                        outcomeId,
                        capability)
                : count(
                        "SELECT COUNT(*) FROM insight_capability_mapping WHERE course_id = ?1 AND"
                                + " capability_code = ?2",
                        courseId,
                        capability);
        if (already > 0) {
            throw new DomainException.Conflict((outcome != null ? "Learning outcome " + outcome : "Course " + course)
                            + " addresses " + capability + " already")
                    .because("", InsightMessages.class, "error_mapping_duplicate");
        }
        CapabilityMapping mapping = new CapabilityMapping();
        mapping.outcomeId = outcomeId;
        mapping.courseId = courseId;
        mapping.capability = capability;
        mapping.level = level;
        mapping.reason = request.reason().strip();
        mapping.addedBy = by;
        mapping.addedAt = Instant.now(clock);
        try {
            mapping.persistAndFlush();
        } catch (PersistenceException e) {
            // Two managers adding the same mapping at once: the live-mapping unique key refuses the second.
            throw new DomainException.Conflict("That mapping was added in the meantime")
                    .because("", InsightMessages.class, "error_mapping_duplicate");
        }
        return view(mapping, outcome, course, byName, null);
    }

    /** Removes a manager's mapping from coverage, keeping who removed it, when and why. */
    @Transactional
    public void remove(long id, long by, String reason) {
        CapabilityMapping mapping = CapabilityMapping.<CapabilityMapping>findByIdOptional(id)
                .orElseThrow(() -> new DomainException.NotFound("No capability mapping " + id));
        mapping.remove(by, Instant.now(clock), blankToNull(reason));
    }

    private static OtnaViews.Mapping view(
            CapabilityMapping m, String outcome, String course, String addedBy, String removedBy) {
        return new OtnaViews.Mapping(
                m.id,
                "MANAGER",
                outcome,
                course,
                m.capability,
                m.level,
                m.reason,
                addedBy,
                m.addedAt,
                removedBy,
                m.removedAt,
                m.removalReason);
    }

    private Long id(String sql, String code) {
        List<?> ids = em.createNativeQuery(sql).setParameter(1, code).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    private long count(String sql, long id, String capability) {
        return ((Number) em.createNativeQuery(sql)
                        .setParameter(1, id)
                        .setParameter(2, capability)
                        .getSingleResult())
                .longValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
