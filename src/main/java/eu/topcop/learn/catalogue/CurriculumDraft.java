package eu.topcop.learn.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A regional curriculum as its content file describes it, already checked by the content importer; the
 * catalogue stores it with {@link CatalogueService#saveCurriculum}. Texts map language codes to text.
 */
public record CurriculumDraft(
        String code,
        String sourceFile,
        String hash,
        Map<String, String> title,
        Map<String, String> aims,
        Map<String, String> targetAudience,
        int durationMonths,
        List<String> languages,
        List<String> crimePriorities,
        List<Outcome> outcomes,
        List<Course> courses) {

    /** A learning outcome, with the needs analysis's capabilities it addresses. */
    public record Outcome(String code, Map<String, String> text, List<CapabilityRef> capabilities) {}

    /**
     * A capability code of the needs analysis, with the proficiency level the outcome trains to when the content
     * says ({@code DT-PREC@practitioner}); {@code level} is null otherwise.
     */
    public record CapabilityRef(String code, String level) {}

    public record Course(
            String code,
            String activityType,
            Map<String, String> title,
            Map<String, String> description,
            int hours,
            List<String> modules,
            List<String> outcomes) {}

    /** The codes a curriculum file may refer to, as the catalogue knows them now. */
    public record KnownCodes(
            java.util.Set<String> portfolioPriorities,
            java.util.Set<String> empactPriorities,
            java.util.Set<String> activityTypes) {}
}
