package eu.topcop.learn.content;

import java.time.Instant;
import java.util.List;

/** Read models of modules and imports, in one language, for pages and the API alike. */
public final class ContentViews {

    private ContentViews() {}

    public record ModuleSummary(
            String code,
            int version,
            String title,
            boolean translated,
            int estimatedMinutes,
            List<String> languages,
            List<String> crimePriorities) {}

    public record ModuleDetail(
            String code,
            int version,
            int currentVersion,
            String title,
            boolean translated,
            String summary,
            int estimatedMinutes,
            List<String> languages,
            List<String> crimePriorities,
            List<String> outcomes,
            List<LessonLink> lessons,
            List<MaterialLink> material,
            int questions) {}

    public record LessonLink(int position, String slug, String title, boolean translated) {}

    public record MaterialLink(String title, String href) {}

    public record LessonView(
            String moduleCode,
            String moduleTitle,
            int version,
            int position,
            int lessons,
            String title,
            boolean translated,
            String html) {

        public boolean hasPrevious() {
            return position > 1;
        }

        public boolean hasNext() {
            return position < lessons;
        }

        public int previous() {
            return position - 1;
        }

        public int next() {
            return position + 1;
        }
    }

    public record ImportSummary(
            long id,
            Instant startedAt,
            Instant finishedAt,
            String requestedBy,
            String status,
            int total,
            int done,
            int published,
            int unchanged,
            int refused,
            List<ContentImport.Entry> report) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

        static ImportSummary of(ContentImport run) {
            return new ImportSummary(
                    run.id,
                    run.startedAt,
                    run.finishedAt,
                    run.requestedBy,
                    run.status.name(),
                    run.total,
                    run.done(),
                    run.published,
                    run.unchanged,
                    run.refused,
                    run.report == null ? List.of() : run.report);
        }
    }
}
