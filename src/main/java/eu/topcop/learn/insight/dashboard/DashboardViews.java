package eu.topcop.learn.insight.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the dashboard API answers: records, never entities. */
public final class DashboardViews {

    private DashboardViews() {}

    @Schema(description = "The dashboard's filter as applied: a national coordinator's country is always their own")
    public record Filter(
            @Schema(description = "ISO country code, or null for every country")
            String country,

            @Schema(description = "portfolio crime priority code, or null for all")
            String priority,

            @Schema(description = "EMPACT priority code: the portfolio priorities linked to it")
            String empact,

            @Schema(description = "year, or null for every year")
            Integer year) {

        /** The dashboard's query string for this filter with one part changed, for links. */
        public String query() {
            return "country=" + enc(country) + "&priority=" + enc(priority) + "&empact=" + enc(empact) + "&year="
                    + (year == null ? "" : year);
        }

        public Filter withCountry(String c) {
            return new Filter(c, priority, empact, year);
        }

        public Filter withPriority(String p) {
            return new Filter(country, p, empact, year);
        }

        public Filter withCell(String c, String p) {
            return new Filter(c, p, empact, year);
        }

        public Filter withYear(Integer y) {
            return new Filter(country, priority, empact, y);
        }

        private static String enc(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Schema(description = "The figures of one slice of the facts")
    public record Figures(
            @Schema(description = "officers to train: validated OTNA gaps, all proficiency levels")
            long officersToTrain,

            long applications,
            long approvals,

            @Schema(description = "offerings with an approved officer of the country")
            long offerings,

            @Schema(description = "course completions: the officers trained")
            long completions,

            long certificates,

            @Schema(description = "pre-test and post-test pairs behind the knowledge gain")
            long gainPairs,

            @Schema(description = "average post-test minus pre-test score, in percentage points; null without pairs")
            BigDecimal knowledgeGain,

            long trainersCertified,

            @Schema(description = "officers reached by validated multiplication courses")
            long cascadeReach,

            long exchangePlacements,
            long eventParticipants,

            @Schema(description = "officers to train not yet trained (never below 0)")
            long uncovered,

            @Schema(description = "completions ÷ officers to train, in percent; null without a need")
            BigDecimal coverage) {

        static Figures of(
                long need,
                long applications,
                long approvals,
                long offerings,
                long completions,
                long certificates,
                long gainPairs,
                BigDecimal gain,
                long trainers,
                long cascade,
                long exchanges,
                long events) {
            BigDecimal coverage = need == 0
                    ? null
                    : BigDecimal.valueOf(completions * 100L).divide(BigDecimal.valueOf(need), 1, RoundingMode.HALF_UP);
            return new Figures(
                    need,
                    applications,
                    approvals,
                    offerings,
                    completions,
                    certificates,
                    gainPairs,
                    gain,
                    trainers,
                    cascade,
                    exchanges,
                    events,
                    Math.max(0, need - completions),
                    coverage);
        }

        /** Coverage as a whole percent, capped at 100, for shading a heat map cell. */
        public int shade() {
            return coverage == null
                    ? -1
                    : Math.min(100, coverage.setScale(0, RoundingMode.DOWN).intValue());
        }
    }

    public record Cell(String country, String priority, Figures figures) {}

    public record EmpactRow(
            @Schema(description = "EMPACT priority code") String priority, Figures figures) {}

    public record YearRow(int year, Figures figures) {}

    public record Period(int year, int quarter, Figures figures) {

        public String label() {
            return year + " Q" + quarter;
        }
    }

    @Schema(description = "A country and priority whose need is not yet met")
    public record Gap(String country, String priority, long officersToTrain, long trained, long uncovered) {}

    @Schema(description = "The dashboard: totals and breakdowns, read from the facts as of refreshedAt")
    public record Dashboard(
            Filter filter,

            @Schema(description = "the EMPACT cycle of the breakdown per EMPACT priority")
            String cycle,

            @Schema(description = "when the facts were last rebuilt; null before the first refresh")
            Instant refreshedAt,

            Figures totals,
            List<Cell> byCountryAndPriority,
            List<EmpactRow> byEmpactPriority,
            List<YearRow> byYear,
            List<Period> byQuarter,
            List<Gap> topUncovered) {}

    @Schema(description = "What a refresh of the facts did")
    public record RefreshDone(Instant refreshedAt, long tookMillis, int factRows) {}
}
