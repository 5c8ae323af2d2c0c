package eu.topcop.learn.insight.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
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

            @Schema(description = "online modules: pre-test and post-test pairs behind the online module gain")
            long gainPairs,

            @Schema(
                    description = "online modules: average post-test minus pre-test score, in percentage points; null"
                            + " without pairs")
            BigDecimal knowledgeGain,

            @Schema(description = "face-to-face offerings: knowledge test pairs (pre-test and post-test, neither late)")
            long testPairs,

            @Schema(
                    description = "face-to-face offerings: average knowledge test post-test minus pre-test score, in"
                            + " percentage points; null without pairs")
            BigDecimal testGain,

            long trainersCertified,

            @Schema(description = "officers reached by validated multiplication courses")
            long cascadeReach,

            long exchangePlacements,
            long eventParticipants,

            @Schema(description = "officers to train not yet trained (never below 0)")
            long uncovered,

            @Schema(description = "completions ÷ officers to train, in percent; null without a need")
            BigDecimal coverage,

            @Schema(
                    description = "level 1: the reaction score, 0 to 100, of the reaction surveys' scored question;"
                            + " null per year and per quarter (only totals, countries and priorities carry it)")
            Surveyed reaction,

            @Schema(
                    description = "level 3: the share of follow-up respondents who applied what they learned, in"
                            + " percent; null per year and per quarter")
            Surveyed applied) {

        static Figures of(
                long need,
                long applications,
                long approvals,
                long offerings,
                long completions,
                long certificates,
                long gainPairs,
                BigDecimal gain,
                long testPairs,
                BigDecimal testGain,
                long trainers,
                long cascade,
                long exchanges,
                long events,
                Surveyed reaction,
                Surveyed applied) {
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
                    testPairs,
                    testGain,
                    trainers,
                    cascade,
                    exchanges,
                    events,
                    Math.max(0, need - completions),
                    coverage,
                    reaction,
                    applied);
        }

        /**
         * The same figures without the survey figures: per year and per quarter, beside the table per country and
         * priority, a figure of few answers could be worked out by subtraction across the two breakdowns.
         */
        Figures withoutSurveys() {
            return withSurveys(null, null);
        }

        /** The same figures with the survey figures replaced (hidden to protect others). */
        Figures withSurveys(Surveyed newReaction, Surveyed newApplied) {
            return new Figures(
                    officersToTrain,
                    applications,
                    approvals,
                    offerings,
                    completions,
                    certificates,
                    gainPairs,
                    knowledgeGain,
                    testPairs,
                    testGain,
                    trainersCertified,
                    cascadeReach,
                    exchangePlacements,
                    eventParticipants,
                    uncovered,
                    coverage,
                    newReaction,
                    newApplied);
        }

        /** Coverage as a whole percent, capped at 100, for shading a heat map cell. */
        public int shade() {
            return coverage == null
                    ? -1
                    : Math.min(100, coverage.setScale(0, RoundingMode.DOWN).intValue());
        }
    }

    @Schema(description = "Why a survey figure is not shown")
    public enum Hidden {
        /** Fewer respondents than {@code lms.evaluation.smallest-cell}. */
        FEWER_THAN_SMALLEST,
        /** Enough respondents, but shown it would reveal the hidden figures under it by subtraction. */
        DIFFERENCING
    }

    @Schema(
            description =
                    "A figure from survey answers, hidden when it would tell about fewer than smallestCell people")
    public record Surveyed(
            @Schema(
                    description = "respondents behind the figure; over several crime priorities each counted once (at"
                            + " least this many when the priorities cover only part of a course's)")
            long respondents,

            @Schema(description = "the figure as a whole number; null when hidden or without respondents")
            Integer value,

            @Schema(description = "why the figure is hidden; null when shown or without respondents")
            Hidden hidden,

            @JsonIgnore @Schema(hidden = true) BigDecimal weight) {

        static final Surveyed NONE = new Surveyed(0, null, null, BigDecimal.ZERO);

        /** From the respondents (whole, or a lower bound over several priorities) and their summed figure. */
        static Surveyed of(BigDecimal respondents, BigDecimal sum, BigDecimal weight, int smallest) {
            if (respondents.signum() <= 0) {
                return NONE;
            }
            long whole = respondents.setScale(0, RoundingMode.DOWN).longValue();
            if (whole < smallest) {
                return new Surveyed(whole, null, Hidden.FEWER_THAN_SMALLEST, weight);
            }
            int value = sum.divide(respondents, 0, RoundingMode.HALF_UP).intValue();
            return new Surveyed(whole, value, null, weight);
        }

        /** The figure as text, for the pages; empty when not shown. */
        public String text() {
            return value == null ? "" : value.toString();
        }

        /** There are answers behind it, and it is not shown. */
        public boolean withheld() {
            return hidden != null;
        }

        public boolean few() {
            return hidden == Hidden.FEWER_THAN_SMALLEST;
        }

        public boolean guarded() {
            return hidden == Hidden.DIFFERENCING;
        }

        Surveyed guard() {
            return value == null ? this : new Surveyed(respondents, null, Hidden.DIFFERENCING, weight);
        }
    }

    public record Cell(String country, String priority, Figures figures) {}

    public record EmpactRow(
            @Schema(description = "EMPACT priority code") String priority,

            @Schema(description = "the portfolio priorities linked to it that have figures")
            List<String> portfolioPriorities,

            Figures figures) {}

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

            @Schema(
                    description =
                            "survey figures of fewer respondents than this are hidden (lms.evaluation.smallest-cell)")
            int smallestCell,

            Figures totals,
            List<Cell> byCountryAndPriority,
            List<EmpactRow> byEmpactPriority,
            List<YearRow> byYear,
            List<Period> byQuarter,
            List<Gap> topUncovered) {}

    @Schema(description = "What a refresh of the facts did")
    public record RefreshDone(Instant refreshedAt, long tookMillis, int factRows) {}
}
