package eu.topcop.learn.trainers;

import java.util.Map;

import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * The reasons of a refused multiplication form in the reader's language: the service names each mistake by its
 * field in English (for the API); the pages say it with the trainers bundle's message for that field.
 */
final class MultiplicationReasons {

    private static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("course", "error_course"),
            Map.entry("startsOn", "error_starts_on"),
            Map.entry("endsOn", "error_ends_on"),
            Map.entry("place", "error_place"),
            Map.entry("language", "error_language"),
            Map.entry("expectedParticipants", "error_expected"),
            Map.entry("material", "error_material"),
            Map.entry("name", "error_name"),
            Map.entry("agency", "error_agency"),
            Map.entry("email", "error_email"),
            Map.entry("attended", "error_attended"),
            Map.entry("materialUsed", "error_material_used"),
            Map.entry("evaluationSummary", "error_evaluation_summary"),
            Map.entry("evaluationScore", "error_evaluation_score"),
            Map.entry("report", "error_report"));

    private MultiplicationReasons() {}

    /** {@code refused} with each of its fields' reasons put into words of the trainers bundle. */
    static DomainException.Invalid worded(DomainException.Invalid refused) {
        for (Problem.FieldError error : refused.errors()) {
            String key = MultiplicationService.RATED_BY_PARTICIPANTS.equals(error.message())
                    ? "error_score_from_answers"
                    : BY_FIELD.get(error.field());
            if (key != null) {
                refused.because(error.field(), TrainerMessages.class, key);
            }
        }
        return refused;
    }
}
