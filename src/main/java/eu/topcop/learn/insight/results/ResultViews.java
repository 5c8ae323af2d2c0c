package eu.topcop.learn.insight.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.topcop.learn.insight.results.OperationalResult.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The operational results' requests and answers, for the API and the pages alike. */
public final class ResultViews {

    private ResultViews() {}

    /**
     * A result as recorded or edited. {@code country} is a course manager's choice (a coordinator's and an officer's
     * own country otherwise); {@code officers} are person ids of that country (an officer proposes for themselves
     * and may leave it out).
     */
    public record ResultRequest(
            @NotNull ResultKind kind,
            @NotNull LocalDate date,

            @NotNull @Size(min = 1, max = ResultLimits.DESCRIPTION)
            String description,

            @NotNull @Size(min = 1, max = ResultLimits.EVIDENCE)
            String evidenceReference,

            @NotNull @Size(min = 1, max = ResultLimits.PRIORITY_CODE)
            String priority,

            @Size(max = ResultLimits.PRIORITY_CODE) String empactPriority,

            @Size(max = ResultLimits.ACTION_CODE) @Pattern(regexp = ResultLimits.ACTION_CODE_PATTERN)
            String oapActionCode,

            @Size(max = 2) @Pattern(regexp = "[A-Za-z]{2}") String country,
            @Size(max = ResultLimits.MAX_OFFICERS) List<@NotNull Long> officers,
            @Min(1) @Max(ResultLimits.MAX_COUNT) Integer count,

            @DecimalMin("0")
            @DecimalMax(ResultLimits.MAX_AMOUNT)
            @Digits(integer = ResultLimits.AMOUNT_DIGITS, fraction = 2)
            BigDecimal amountEur,

            Boolean restricted) {}

    public enum Decision {
        VALIDATE,
        REJECT
    }

    /** A coordinator's decision on a proposed result; a rejection says why. */
    public record DecisionRequest(
            @NotNull Decision action,
            @Size(max = ResultLimits.REASON) String reason) {}

    public record Officer(long id, String name, String agency) {}

    /**
     * A result as the reader may see it. {@code withheld}: a restricted result shown to an officer who took part
     * but did not record it, without its description, evidence reference and the other officers.
     */
    public record Result(
            long id,
            ResultKind kind,
            LocalDate date,
            String country,
            String priority,
            String empactPriority,
            String oapActionCode,
            String description,
            String evidenceReference,
            Integer count,
            BigDecimal amountEur,
            boolean restricted,
            boolean withheld,
            Status status,
            List<Officer> officers,
            String recordedBy,
            Instant recordedAt,
            String decidedBy,
            Instant decidedAt,
            String rejectionReason,

            @Schema(description = "whether the reader may edit it")
            boolean editable,

            @Schema(description = "whether the reader may validate or reject it")
            boolean decidable) {}

    /** One field an edit changed, as text. */
    public record FieldChange(String field, String before, String after) {}

    /** One act of the audit trail. */
    public record Change(ResultChange.Action action, String by, Instant at, String reason, List<FieldChange> changes) {}

    public record Detail(Result result, List<Change> history) {}

    /** A page of results, newest day first: when {@code more}, ask again with {@code after=next}. */
    public record Page(List<Result> results, boolean more, String next) {}

    /** A list's filters as the reader may have them; null is every value. */
    public record Filter(String country, String priority, ResultKind kind, Status status) {

        public static final Filter NONE = new Filter(null, null, null, null);

        /** The kinds a page offers to filter by. */
        public List<ResultKind> kinds() {
            return List.of(ResultKind.values());
        }

        /** The states a page offers to filter by. */
        public List<Status> states() {
            return List.of(Status.values());
        }

        public String query() {
            return "country=" + (country == null ? "" : country) + "&priority=" + (priority == null ? "" : priority)
                    + "&kind=" + (kind == null ? "" : kind.name()) + "&status="
                    + (status == null ? "" : status.name());
        }
    }

    /**
     * Figure (a) of a country and priority: officers whose first course of the priority ended at least 12 months
     * ago, how many of them took part in a validated operational action, Joint Action Day or joint investigation team
     * of that priority in the 12 months after it, their share, and officers trained more recently (not counted yet).
     * {@code hidden}: fewer than {@value ResultFigures#MINIMUM_OFFICERS} officers, so every figure is withheld.
     */
    public record TrainingCell(
            String country,
            String priority,
            boolean hidden,
            Long trained,
            Long involved,
            BigDecimal sharePercent,
            Long trainedRecently) {}

    /**
     * Figure (b): validated results of a country and priority, per kind, with the arrests and cases counted and the
     * assets in euros; {@code officers} took part in them. Hidden under {@value ResultFigures#MINIMUM_OFFICERS}
     * officers.
     */
    public record ResultCell(
            String country,
            String priority,
            boolean hidden,
            Long officers,
            Map<ResultKind, Long> results,
            Long arrests,
            Long cases,
            BigDecimal assetsEur) {}

    /**
     * Figure (c): officers whose 12 months before and 12 months after their first course of the priority both lie
     * within their country's data, and the validated results of the priority they took part in, before and after.
     */
    public record BeforeAfterCell(
            String country,
            String priority,
            boolean hidden,
            Long officers,
            Long resultsBefore,
            Long resultsAfter,
            Long officersWithResultBefore,
            Long officersWithResultAfter) {}

    public record Figures(
            String country,
            String priority,
            LocalDate asOf,
            int minimumOfficers,
            List<TrainingCell> training,
            List<ResultCell> results,
            List<BeforeAfterCell> beforeAfter) {

        /** The kinds, in the order the tables show them. */
        public List<ResultKind> kinds() {
            return List.of(ResultKind.values());
        }
    }
}
