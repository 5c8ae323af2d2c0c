package eu.topcop.learn.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The OTNA API's requests and answers. */
public final class OtnaViews {

    private OtnaViews() {}

    /** A code as files and the API use it: lower-case letters, digits and dashes. */
    static final String CODE = "[a-z0-9][a-z0-9-]{0,39}";

    public record LevelDefinition(
            @NotNull @Pattern(regexp = CODE) @Size(max = 40) String code,
            @NotNull @Size(max = 7) Map<@Size(max = 8) String, @NotNull @Size(max = 200) String> labels) {}

    public record CapabilityDefinition(
            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{0,39}") @Size(max = 40)
            String code,

            @NotNull @Size(max = 80) String priority,
            @NotNull @Size(max = 7) Map<@Size(max = 8) String, @NotNull @Size(max = 300) String> title,
            @Size(max = 7) Map<@Size(max = 8) String, @NotNull @Size(max = 2000) String> description,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Size(max = 40) String> targetGroups) {}

    public record RoundDefinition(
            @NotNull @Pattern(regexp = CODE) @Size(max = 40) String code,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @Size(max = 7) Map<@Size(max = 8) String, @NotNull @Size(max = 300) String> title,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Size(max = 80) String> priorities,
            @NotNull @Size(min = 1, max = 60) List<@NotNull @Size(max = 2) String> countries,
            @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid LevelDefinition> proficiencyScale,
            @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid LevelDefinition> urgencyScale,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid LevelDefinition> targetGroups,
            @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid CapabilityDefinition> capabilities,
            Boolean fictitious) {}

    /** A course manager's decision on a gap; a reason for a change or a discard. */
    public record Decision(
            @NotNull @Pattern(regexp = "VALIDATE|CHANGE|DISCARD") @Size(max = 10)
            String action,

            @Size(max = 10) Map<@Size(max = 40) String, @NotNull @Min(0) @Max(100_000) Integer> officers,
            @Size(max = 40) String urgency,
            @Size(max = 1000) String reason) {}

    /** A need raised outside the questionnaire, with what shows it. */
    public record EmergingNeed(
            @NotNull @Pattern(regexp = "[A-Za-z]{2}") @Size(max = 2)
            String country,

            @NotNull @Size(max = 40) String capability,
            @NotNull @Size(max = 40) String targetGroup,
            @NotNull @Size(max = 10) Map<@Size(max = 40) String, @NotNull @Min(0) @Max(100_000) Integer> officers,
            @NotNull @Size(max = 40) String urgency,
            @NotNull @Size(min = 1, max = 1000) String reason) {}

    public record GapChangeView(
            String action,
            String reason,
            Map<String, Object> before,
            Map<String, Object> after,
            String by,
            Instant at) {}

    /** The level reported for what a mapping without a level (or with a level outside the round's scale) trains. */
    public static final String UNSPECIFIED = "unspecified";

    /**
     * A gap with the courses that address it and what they did for its country since the start of the round's
     * year ({@link CoverageService} has the rule): officers trained overall and per proficiency level, seats offered,
     * approved applications, completions, valid certificates, active trainers and officers reached by
     * multiplication courses.
     */
    public record GapCoverage(
            Gap gap,
            List<String> courses,
            long officersTrained,
            BigDecimal coveragePercent,
            List<LevelCoverage> levels,
            long seatsOffered,
            long approvedApplications,
            long completions,
            long validCertificates,
            long activeTrainers,
            long multiplicationReached) {}

    /**
     * One proficiency level of a gap: officers to train (null for {@link #UNSPECIFIED}, which counts toward the
     * gap's total only), distinct officers trained at that level, and their share (null when nobody is to train).
     */
    public record LevelCoverage(
            String level, Integer officersToTrain, long officersTrained, BigDecimal coveragePercent) {}

    /** A course that addresses a gap, with the levels its mappings train the capability to. */
    public record TraceCourse(String code, Map<String, String> title, List<String> levels) {}

    /**
     * An offering behind a gap's figures (not cancelled, starting since the round's year): the seats it gives the
     * gap's country and that country's approved applications.
     */
    public record TraceOffering(
            String code,
            String course,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean online,
            String venueCountry,
            long seats,
            long approved) {}

    /** A completion behind a gap's figures; {@code offering} is null for a course completed online. */
    public record TraceCompletion(
            long id, String person, String course, LocalDate completedOn, String offering, List<String> levels) {}

    /**
     * A gap traced to its courses, offerings and completions. Completions come oldest record first, {@code limit}
     * at a time: when {@code more} is true, ask again with {@code after=nextAfter}.
     */
    public record Trace(
            String round,
            Gap gap,
            List<TraceCourse> courses,
            List<TraceOffering> offerings,
            List<TraceCompletion> completions,
            boolean more,
            Long nextAfter) {

        /** A course of the trace by its title in the reader's language (English, else its code, when untitled). */
        public String courseTitle(String code, String language) {
            return courses.stream()
                    .filter(k -> k.code().equals(code))
                    .findFirst()
                    .map(k -> k.title().getOrDefault(language, k.title().getOrDefault("en", code)))
                    .orElse(code);
        }

        /** An offering of the trace by its code, or null when it is not among them. */
        public TraceOffering offering(String code) {
            return offerings.stream()
                    .filter(o -> o.code().equals(code))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A gap a course (or an offering's course) serves, with the levels it trains the capability to. */
    public record ServedGap(
            String round,
            String roundStatus,
            long id,
            String country,
            String capability,
            String priority,
            String targetGroup,
            Map<String, Integer> officers,
            int officersTotal,
            String status,
            List<String> levels) {}

    /**
     * A mapping a course manager adds: an outcome or a whole course (exactly one) addresses a capability, at a
     * proficiency level or none, with why.
     */
    public record MappingRequest(
            @Size(max = 80) String outcome,
            @Size(max = 80) String course,

            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{0,39}") @Size(max = 40)
            String capability,

            @Pattern(regexp = CODE) @Size(max = 40) String level,
            @NotNull @Size(min = 1, max = 1000) String reason) {}

    /**
     * A mapping of an outcome or a course to a capability. {@code source} is CONTENT (from curriculum.yaml: no id,
     * no author, removed by changing the content) or MANAGER (added in the app; removable by its id).
     */
    public record Mapping(
            Long id,
            String source,
            String outcome,
            String course,
            String capability,
            String level,
            String reason,
            String addedBy,
            Instant addedAt,
            String removedBy,
            Instant removedAt,
            String removalReason) {}

    /**
     * A round's coverage: gaps that courses address, gaps no course addresses, and the courses of the round's
     * priorities that address none of its capabilities.
     */
    /**
     * A country's coverage at a glance, for its coordinator's home: the open round's gaps of the country (not
     * discarded), how many of them courses address, and the officers trained in their capabilities since the
     * round's year began; as the coverage page counts them.
     */
    public record CoverageGlance(String round, int year, long gaps, long addressed, long trained) {}

    public record Coverage(
            String round,
            List<GapCoverage> covered,
            List<GapCoverage> withoutCourse,
            List<String> coursesServingNoGap) {}

    public record Level(String code, Map<String, String> labels) {}

    public record CapabilityView(
            String code,
            String priority,
            Map<String, String> title,
            Map<String, String> description,
            List<String> targetGroups) {}

    public record RoundSummary(String code, int year, Map<String, String> title, String status, boolean fictitious) {}

    public record Round(
            String code,
            int year,
            Map<String, String> title,
            String status,
            boolean fictitious,
            List<String> priorities,
            List<String> countries,
            List<Level> proficiencyScale,
            List<Level> urgencyScale,
            List<Level> targetGroups,
            List<CapabilityView> capabilities,
            List<String> columns) {}

    public record ImportReport(
            long id,
            String file,
            String status,
            int rows,
            List<String> problems,
            List<OtnaImport.Agency> agencies,
            Instant at) {}

    public record ConsolidationReport(
            String round, int answers, int gaps, int made, int updated, int keptAsDecided, int removed) {}

    public record Gap(
            long id,
            String country,
            String capability,
            String priority,
            String targetGroup,
            Map<String, Integer> officers,
            int officersTotal,
            String urgency,
            BigDecimal relevance,
            int respondents,
            int agencies,
            String status,
            String origin) {}

    static Round round(OtnaRound round, List<Capability> capabilities) {
        return new Round(
                round.code,
                round.year,
                round.title,
                round.status.name(),
                round.fictitious,
                round.priorities.stream().map(p -> p.code).sorted().toList(),
                round.countries.stream().sorted().toList(),
                levels(round.proficiencyScale),
                levels(round.urgencyScale),
                levels(round.targetGroups),
                capabilities.stream()
                        .map(c -> new CapabilityView(c.code, c.priority.code, c.title, c.description, c.targetGroups))
                        .toList(),
                AnswerSheet.columns(round));
    }

    private static List<Level> levels(List<OtnaRound.Level> levels) {
        return levels.stream().map(l -> new Level(l.code(), l.labels())).toList();
    }

    static RoundSummary summary(OtnaRound round) {
        return new RoundSummary(round.code, round.year, round.title, round.status.name(), round.fictitious);
    }

    static ImportReport report(OtnaImport record) {
        return new ImportReport(
                record.id,
                record.fileName,
                record.status.name(),
                record.dataRows,
                record.problems,
                record.agencies,
                record.createdAt);
    }

    static Gap gap(CapabilityGap gap) {
        return new Gap(
                gap.id,
                gap.country,
                gap.capability.code,
                gap.capability.priority.code,
                gap.targetGroup,
                gap.officers,
                gap.officers.values().stream().mapToInt(Integer::intValue).sum(),
                gap.urgency,
                gap.relevance,
                gap.respondents,
                gap.agencies,
                gap.status.name(),
                gap.origin.name());
    }
}
