package eu.topcop.learn.insight.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * The reasons of a refused result form in the reader's language: the service names each mistake by its field in
 * English (for the API); the pages say what the field needs with the results bundle's message for it.
 */
final class ResultReasons {

    private static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("kind", "error_kind"),
            Map.entry("date", "error_date"),
            Map.entry("description", "error_description"),
            Map.entry("evidenceReference", "error_evidence"),
            Map.entry("priority", "error_priority"),
            Map.entry("empactPriority", "error_empact"),
            Map.entry("oapActionCode", "error_oap"),
            Map.entry("country", "error_country"),
            Map.entry("officers", "error_officers"),
            Map.entry("count", "error_count"),
            Map.entry("amountEur", "error_amount"),
            Map.entry("reason", "error_reason"),
            Map.entry("decision", "error_decision"));

    private ResultReasons() {}

    /**
     * {@code refused} put into words of the results bundle; of several mistakes of one field only the first is
     * kept, since the page says what each field needs rather than every rule it broke.
     */
    static DomainException worded(DomainException refused) {
        if (refused instanceof DomainException.Invalid invalid) {
            Map<String, Problem.FieldError> byField = new LinkedHashMap<>();
            invalid.errors().forEach(e -> byField.putIfAbsent(e.field(), e));
            DomainException distinct = new DomainException.Invalid(invalid.getMessage(), List.copyOf(byField.values()));
            byField.keySet().forEach(field -> word(distinct, field));
            return distinct;
        }
        if (refused instanceof DomainException.RuleViolation rule) {
            word(rule, rule.field());
        } else if (refused instanceof DomainException.Conflict) {
            refused.because("", ResultsMessages.class, "error_state");
        }
        return refused;
    }

    private static void word(DomainException refused, String field) {
        String key = BY_FIELD.get(field);
        if (key != null) {
            refused.because(field, ResultsMessages.class, key);
        }
    }
}
