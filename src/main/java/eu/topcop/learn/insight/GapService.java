package eu.topcop.learn.insight;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import io.quarkus.security.ForbiddenException;

/**
 * Decisions on capability gaps and emerging needs, each kept in the gap's audit trail: course managers validate a
 * gap, change its figures with a reason or discard it with a reason; a national coordinator (for their country) or
 * a course manager raises a need the questionnaire did not show, with a reason, and it is decided like the others.
 */
@ApplicationScoped
public class GapService {

    /**
     * The insight bundle's message for each field of a gap decision and of an emerging need: the pages say what a
     * field needs rather than each rule it broke (the English of every mistake stays for the API).
     */
    static final Map<String, String> REASONS = Map.of(
            "action", "error_action",
            "officers", "error_officers",
            "urgency", "error_urgency",
            "reason", "error_reason",
            "country", "error_country",
            "capability", "error_capability",
            "targetGroup", "error_target_group");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OtnaService otna;

    @Transactional
    public OtnaViews.Gap decide(long id, OtnaViews.Decision decision, long by) {
        CapabilityGap gap = CapabilityGap.<CapabilityGap>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new DomainException.NotFound("No capability gap " + id));
        OtnaRound round = gap.round;
        if (round.status == OtnaRound.Status.CLOSED) {
            throw new DomainException.Conflict("Round " + round.code + " is closed: its gaps are history")
                    .because("", InsightMessages.class, "error_round_closed");
        }
        GapChange.Action action = switch (decision.action()) {
            case "VALIDATE" -> GapChange.Action.VALIDATED;
            case "CHANGE" -> GapChange.Action.CHANGED;
            default -> GapChange.Action.DISCARDED;
        };
        List<Problem.FieldError> problems = new ArrayList<>();
        if (action != GapChange.Action.VALIDATED && blank(decision.reason())) {
            problems.add(new Problem.FieldError("reason", "Say why the gap is changed or discarded"));
        }
        Map<String, Integer> officers = null;
        String urgency = null;
        if (action == GapChange.Action.CHANGED) {
            officers = officers(round, decision.officers(), problems);
            urgency = urgency(round, decision.urgency(), problems);
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The decision has mistakes", problems)
                    .because(InsightMessages.class, REASONS);
        }
        GapChange change = gap.decide(action, officers, urgency, strip(decision.reason()), by, Instant.now(clock));
        change.persist();
        return OtnaViews.gap(gap);
    }

    @Transactional
    public OtnaViews.Gap raise(String roundCode, OtnaViews.EmergingNeed need, OtnaService.Viewer viewer, long by) {
        OtnaRound round = otna.round(roundCode, true);
        String country = need.country().toUpperCase(Locale.ROOT);
        if (!viewer.sees(country)) {
            throw new ForbiddenException("A national coordinator raises needs of their own country only");
        }
        if (round.status == OtnaRound.Status.CLOSED) {
            throw new DomainException.Conflict("Round " + round.code + " is closed: raise the need in a newer round")
                    .because("", InsightMessages.class, "error_round_closed");
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        if (!round.countries.contains(country)) {
            problems.add(new Problem.FieldError("country", country + " is not a country of this round"));
        }
        Capability capability = Capability.<Capability>find("round = ?1 and code = ?2", round, need.capability())
                .firstResult();
        if (capability == null) {
            problems.add(
                    new Problem.FieldError("capability", need.capability() + " is not a capability of this round"));
        } else if (!capability.targetGroups.contains(need.targetGroup())) {
            problems.add(new Problem.FieldError(
                    "targetGroup", need.targetGroup() + " is not a target group of " + capability.code));
        }
        Map<String, Integer> officers = officers(round, need.officers(), problems);
        String urgency = urgency(round, need.urgency(), problems);
        if (blank(need.reason())) {
            problems.add(
                    new Problem.FieldError("reason", "Say what shows the need (a new threat, an operation's lesson)"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The need has mistakes", problems)
                    .because(InsightMessages.class, REASONS);
        }
        if (CapabilityGap.count(
                        "round = ?1 and country = ?2 and capability = ?3 and targetGroup = ?4",
                        round,
                        country,
                        capability,
                        need.targetGroup())
                > 0) {
            throw new DomainException.Conflict("The round has this gap already: change its figures instead")
                    .because("", InsightMessages.class, "error_gap_exists");
        }
        Instant now = Instant.now(clock);
        CapabilityGap gap = new CapabilityGap();
        gap.round = round;
        gap.country = country;
        gap.capability = capability;
        gap.targetGroup = need.targetGroup();
        gap.origin = CapabilityGap.Origin.EMERGING;
        // Nobody rated it in a questionnaire: no relevance, respondents or agencies.
        gap.take(new Consolidation.Figures(officers, urgency, BigDecimal.ZERO.setScale(1), 0, 0), now);
        gap.persist();
        GapChange raised = new GapChange();
        raised.gap = gap;
        raised.action = GapChange.Action.RAISED;
        raised.reason = strip(need.reason());
        raised.after = gap.figures();
        raised.by = by;
        raised.at = now;
        raised.persist();
        return OtnaViews.gap(gap);
    }

    /** A gap's audit trail, oldest first; a coordinator reads their own country's. */
    public List<OtnaViews.GapChangeView> history(long id, OtnaService.Viewer viewer) {
        CapabilityGap gap = CapabilityGap.<CapabilityGap>findByIdOptional(id)
                .orElseThrow(() -> new DomainException.NotFound("No capability gap " + id));
        if (!viewer.sees(gap.country)) {
            throw new ForbiddenException("A national coordinator reads their own country's gaps only");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("select c, p.name from GapChange c, eu.topcop.learn.enrolment.Person p"
                        + " where c.gap = ?1 and p.id = c.by order by c.at, c.id")
                .setParameter(1, gap)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    GapChange c = (GapChange) r[0];
                    return new OtnaViews.GapChangeView(
                            c.action.name(), c.reason, c.before, c.after, (String) r[1], c.at);
                })
                .toList();
    }

    private static Map<String, Integer> officers(
            OtnaRound round, Map<String, Integer> given, List<Problem.FieldError> problems) {
        Map<String, Integer> officers = new LinkedHashMap<>();
        if (given == null) {
            problems.add(new Problem.FieldError("officers", "Give the officers to train per proficiency level"));
            return officers;
        }
        for (String level : given.keySet()) {
            if (round.proficiencyRank(level) < 0) {
                problems.add(new Problem.FieldError("officers", level + " is not on the round's proficiency scale"));
            }
        }
        round.proficiencyScale.forEach(level -> officers.put(level.code(), given.getOrDefault(level.code(), 0)));
        return officers;
    }

    private static String urgency(OtnaRound round, String given, List<Problem.FieldError> problems) {
        if (given == null || round.urgencyRank(given) < 0) {
            problems.add(new Problem.FieldError("urgency", "Give a level of the round's urgency scale"));
        }
        return given;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }
}
