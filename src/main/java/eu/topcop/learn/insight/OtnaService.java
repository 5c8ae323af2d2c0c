package eu.topcop.learn.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.topcop.learn.catalogue.Country;
import eu.topcop.learn.catalogue.CrimePriority;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * OTNA rounds: their definition, status and gaps, and the consolidation of their answers into capability gaps
 * (the answers come in through {@link QuestionnaireImports}).
 */
@ApplicationScoped
public class OtnaService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The reader of a round's figures: course managers and administrators see every country. */
    public record Viewer(long personId, boolean everyCountry, String country) {
        boolean sees(String c) {
            return everyCountry || c.equals(country);
        }
    }

    // ---------------------------------------------------------------------------------------------- definition

    /**
     * The insight bundle's message for each field of a round's definition that a page asks for; the fields only a
     * definition file has are named by its page with the English of the mistake.
     */
    static final Map<String, String> ROUND_REASONS = Map.of(
            "basedOn", "error_based_on",
            "code", "error_round_code",
            "year", "error_round_year",
            "title", "error_round_title",
            "priorities", "error_round_priorities",
            "countries", "error_round_countries");

    @Transactional
    public OtnaViews.Round define(OtnaViews.RoundDefinition definition, Long by) {
        if (OtnaRound.byCode(definition.code()).isPresent()) {
            throw new DomainException.RuleViolation("code", "A round with the code " + definition.code() + " exists")
                    .because(InsightMessages.class, ROUND_REASONS);
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        OtnaRound round = new OtnaRound();
        round.code = definition.code();
        round.year = definition.year().shortValue();
        round.title = labels("title", definition.title(), problems);
        round.proficiencyScale = levels("proficiencyScale", definition.proficiencyScale(), problems);
        round.urgencyScale = levels("urgencyScale", definition.urgencyScale(), problems);
        round.targetGroups = levels("targetGroups", definition.targetGroups(), problems);
        round.fictitious = Boolean.TRUE.equals(definition.fictitious());
        Map<String, CrimePriority> priorities = new HashMap<>();
        for (String code : definition.priorities()) {
            CrimePriority priority =
                    CrimePriority.<CrimePriority>find("code", code).firstResult();
            if (priority == null || !priority.portfolio) {
                problems.add(new Problem.FieldError("priorities", code + " is not a crime priority of the portfolio"));
            } else {
                priorities.put(code, priority);
            }
        }
        round.priorities.addAll(priorities.values());
        for (String code : definition.countries()) {
            String country = code.toUpperCase(Locale.ROOT);
            if (Country.findByIdOptional(country).isEmpty()) {
                problems.add(new Problem.FieldError("countries", code + " is not a country"));
            } else {
                round.countries.add(country);
            }
        }
        Set<String> groups = new HashSet<>();
        round.targetGroups.forEach(g -> groups.add(g.code()));
        Set<String> codes = new HashSet<>();
        List<Capability> capabilities = new ArrayList<>();
        for (int i = 0; i < definition.capabilities().size(); i++) {
            OtnaViews.CapabilityDefinition c = definition.capabilities().get(i);
            String field = "capabilities[" + i + "]";
            if (!codes.add(c.code().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem.FieldError(field + ".code", c.code() + " is there twice"));
            }
            if (!priorities.containsKey(c.priority())) {
                problems.add(new Problem.FieldError(
                        field + ".priority", c.priority() + " is not one of the round's priorities"));
            }
            for (String group : c.targetGroups()) {
                if (!groups.contains(group)) {
                    problems.add(new Problem.FieldError(
                            field + ".targetGroups", group + " is not one of the round's target groups"));
                }
            }
            Capability capability = new Capability();
            capability.round = round;
            capability.code = c.code();
            capability.priority = priorities.get(c.priority());
            capability.position = (short) i;
            capability.title = labels(field + ".title", c.title(), problems);
            capability.description = c.description() == null ? Map.of() : c.description();
            capability.targetGroups = List.copyOf(new LinkedHashSet<>(c.targetGroups()));
            capabilities.add(capability);
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The round has mistakes", problems)
                    .because(InsightMessages.class, ROUND_REASONS);
        }
        round.createdBy = by;
        round.createdAt = Instant.now(clock);
        round.updatedAt = round.createdAt;
        round.persist();
        capabilities.forEach(c -> c.persist());
        return OtnaViews.round(round, capabilities);
    }

    private static Map<String, String> labels(
            String field, Map<String, String> labels, List<Problem.FieldError> problems) {
        if (labels == null || labels.get("en") == null || labels.get("en").isBlank()) {
            problems.add(new Problem.FieldError(field, "Give at least the English text (\"en\")"));
            return Map.of();
        }
        for (String language : labels.keySet()) {
            if (eu.topcop.learn.platform.i18n.Language.of(language).isEmpty()) {
                problems.add(new Problem.FieldError(field, language + " is not a language of the LMS"));
            }
        }
        return new TreeMap<>(labels);
    }

    private static List<OtnaRound.Level> levels(
            String field, List<OtnaViews.LevelDefinition> given, List<Problem.FieldError> problems) {
        List<OtnaRound.Level> levels = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            OtnaViews.LevelDefinition level = given.get(i);
            if (!codes.add(level.code())) {
                problems.add(new Problem.FieldError(field + "[" + i + "].code", level.code() + " is there twice"));
            }
            levels.add(
                    new OtnaRound.Level(level.code(), labels(field + "[" + i + "].labels", level.labels(), problems)));
        }
        return levels;
    }

    public OtnaViews.Round round(String code) {
        OtnaRound round = round(code, false);
        return OtnaViews.round(round, Capability.of(round));
    }

    public List<OtnaViews.RoundSummary> rounds() {
        return OtnaRound.<OtnaRound>find("order by year desc, code").list().stream()
                .map(OtnaViews::summary)
                .toList();
    }

    OtnaRound round(String code, boolean lock) {
        OtnaRound round =
                OtnaRound.byCode(code).orElseThrow(() -> new DomainException.NotFound("No OTNA round " + code));
        if (lock) {
            em.lock(round, LockModeType.PESSIMISTIC_WRITE);
        }
        return round;
    }

    // ------------------------------------------------------------------------------------------- consolidation

    /**
     * Consolidates the round's answers into gaps ({@link Consolidation} has the rule). Gaps a course manager has
     * already validated or discarded keep their decision and figures; the others take the new figures, and gaps
     * whose answers are gone are removed.
     */
    @Transactional
    public OtnaViews.ConsolidationReport consolidate(String code) {
        OtnaRound round = round(code, true);
        round.checkConsolidates();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT country_code, agency, capability_id, target_group,"
                        + " relevance, urgency, officers FROM otna_answer WHERE round_id = ?1")
                .setParameter(1, round.id)
                .getResultList();
        List<Consolidation.Answer> answers = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            answers.add(new Consolidation.Answer(
                    (String) r[0],
                    QuestionnaireImports.fold((String) r[1]),
                    ((Number) r[2]).longValue(),
                    (String) r[3],
                    ((Number) r[4]).intValue(),
                    round.urgencyRank((String) r[5]),
                    QuestionnaireImports.officers(r[6])));
        }
        Map<Consolidation.Key, Consolidation.Figures> figures = Consolidation.gaps(
                answers,
                round.proficiencyScale.stream().map(OtnaRound.Level::code).toList(),
                round.urgencyScale.stream().map(OtnaRound.Level::code).toList());
        Instant now = Instant.now(clock);
        Map<Consolidation.Key, CapabilityGap> existing = new HashMap<>();
        for (CapabilityGap gap :
                CapabilityGap.<CapabilityGap>list("round = ?1 and origin = ?2", round, CapabilityGap.Origin.ROUND)) {
            existing.put(new Consolidation.Key(gap.country, gap.capability.id, gap.targetGroup), gap);
        }
        int made = 0;
        int updated = 0;
        int kept = 0;
        for (var entry : figures.entrySet()) {
            CapabilityGap gap = existing.remove(entry.getKey());
            if (gap == null) {
                gap = new CapabilityGap();
                gap.round = round;
                gap.country = entry.getKey().country();
                gap.capability =
                        em.getReference(Capability.class, entry.getKey().capability());
                gap.targetGroup = entry.getKey().targetGroup();
                gap.take(entry.getValue(), now);
                gap.persist();
                made++;
            } else if (gap.decided()) {
                kept++;
            } else {
                gap.take(entry.getValue(), now);
                updated++;
            }
        }
        int removed = 0;
        for (CapabilityGap gone : existing.values()) {
            if (!gone.decided()) {
                gone.delete();
                removed++;
            }
        }
        round.consolidated(now);
        return new OtnaViews.ConsolidationReport(
                round.code, answers.size(), figures.size(), made, updated, kept, removed);
    }

    /** Marks the round validated once every gap is decided; then answers can no longer change it. */
    @Transactional
    public OtnaViews.RoundSummary validate(String code) {
        OtnaRound round = round(code, true);
        round.validated(
                CapabilityGap.count("round = ?1 and status = ?2", round, CapabilityGap.Status.PROPOSED),
                Instant.now(clock));
        return OtnaViews.summary(round);
    }

    @Transactional
    public OtnaViews.RoundSummary close(String code) {
        OtnaRound round = round(code, true);
        round.closed(Instant.now(clock));
        return OtnaViews.summary(round);
    }

    /** The gaps of a round that the viewer may see, by country, crime priority and capability. */
    public List<OtnaViews.Gap> gaps(String code, Viewer viewer, String country) {
        OtnaRound round = round(code, false);
        if (country != null && !viewer.sees(country.toUpperCase(Locale.ROOT))) {
            throw new io.quarkus.security.ForbiddenException(
                    "A national coordinator sees the gaps of their own country only");
        }
        String only =
                country != null ? country.toUpperCase(Locale.ROOT) : viewer.everyCountry() ? null : viewer.country();
        if (!viewer.everyCountry() && only == null) {
            return List.of();
        }
        List<CapabilityGap> gaps = only == null
                ? CapabilityGap.list(
                        "from CapabilityGap g join fetch g.capability c join fetch c.priority"
                                + " where g.round = ?1 order by g.country, c.position, g.targetGroup",
                        round)
                : CapabilityGap.list(
                        "from CapabilityGap g join fetch g.capability c join fetch c.priority"
                                + " where g.round = ?1 and g.country = ?2 order by g.country, c.position, g.targetGroup",
                        round,
                        only);
        return gaps.stream().map(OtnaViews::gap).toList();
    }

    /** One gap of the round, if the viewer may see its country. */
    public OtnaViews.Gap gap(String code, long id, Viewer viewer) {
        CapabilityGap gap = CapabilityGap.<CapabilityGap>find(
                        "from CapabilityGap g join fetch g.capability c join fetch c.priority join fetch g.round r"
                                + " where g.id = ?1 and r.code = ?2",
                        id,
                        code)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No capability gap " + id + " in round " + code));
        if (!viewer.sees(gap.country)) {
            throw new io.quarkus.security.ForbiddenException(
                    "A national coordinator sees the gaps of their own country only");
        }
        return OtnaViews.gap(gap);
    }

    /** The round's questionnaire file to fill in, as XLSX or CSV. */
    public byte[] template(String code, String language, boolean xlsx) {
        OtnaRound round = round(code, false);
        List<Capability> capabilities = Capability.of(round);
        return xlsx
                ? QuestionnaireTemplate.xlsx(round, capabilities, language)
                : QuestionnaireTemplate.csv(round, capabilities, language);
    }
}
