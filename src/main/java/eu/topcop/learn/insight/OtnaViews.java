package eu.topcop.learn.insight;

import java.math.BigDecimal;
import java.time.Instant;
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

    /** A gap with the courses that address it and the officers of its country trained by them. */
    public record GapCoverage(Gap gap, List<String> courses, long officersTrained, BigDecimal coveragePercent) {}

    /**
     * A round's coverage: gaps that courses address, gaps no course addresses, and the courses of the round's
     * priorities that address none of its capabilities.
     */
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
