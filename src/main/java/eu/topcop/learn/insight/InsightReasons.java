package eu.topcop.learn.insight;

import java.util.Map;

import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * The reasons of a refused insight form in the reader's language: the checks name each mistake by its field in
 * English (for the API and the log); the pages say it with the insight bundle's message for the field.
 */
final class InsightReasons {

    /** A gap decision's and a need's fields. */
    static final Map<String, String> GAP = Map.of(
            "action", "error_action",
            "officers", "error_officers",
            "urgency", "error_urgency",
            "reason", "error_reason",
            "country", "error_country",
            "capability", "error_capability",
            "targetGroup", "error_target_group");

    /** A capability mapping's fields, and the reason for removing one. */
    static final Map<String, String> MAPPING = Map.of(
            "course", "error_mapping_course",
            "outcome", "error_mapping_outcome",
            "capability", "error_mapping_capability",
            "level", "error_mapping_level",
            "reason", "error_mapping_reason",
            "removalReason", "error_mapping_reason");

    private InsightReasons() {}

    /**
     * {@code refused} put into words of the insight bundle, each field with its message in {@code byField};
     * {@code conflict} is the message for a form refused by the state of things (a closed round, a gap raised
     * already, a mapping added or removed already).
     */
    static DomainException worded(DomainException refused, Map<String, String> byField, String conflict) {
        if (refused instanceof DomainException.Invalid invalid) {
            for (Problem.FieldError error : invalid.errors()) {
                String key = byField.get(error.field());
                if (key != null) {
                    refused.because(error.field(), InsightMessages.class, key);
                }
            }
        } else if (refused instanceof DomainException.Conflict) {
            refused.because("", InsightMessages.class, conflict);
        }
        return refused;
    }

    /** {@code refused} said with the insight message {@code key}, as a reason about the whole form. */
    static DomainException said(DomainException refused, String key) {
        String field = refused instanceof DomainException.RuleViolation rule ? rule.field() : "";
        return refused.because(field, InsightMessages.class, key);
    }
}
