package eu.topcop.learn.catalogue;

import java.util.List;

/** Read models of curricula and courses, in one language, for pages and the API alike. */
public final class CurriculumViews {

    private CurriculumViews() {}

    public record CurriculumSummary(
            String code,
            String title,
            boolean translated,
            int durationMonths,
            List<String> languages,
            List<String> crimePriorities,
            List<CourseStep> path) {}

    public record CurriculumDetail(
            String code,
            String title,
            boolean translated,
            String aims,
            String targetAudience,
            int durationMonths,
            List<String> languages,
            List<String> crimePriorities,
            List<OutcomeView> outcomes,
            List<CourseStep> path) {}

    public record CourseStep(
            String code,
            String title,
            boolean translated,
            String description,
            String activityType,
            boolean online,
            int hours,
            List<String> modules,
            List<String> outcomes) {}

    public record OutcomeView(String code, String text) {}
}
