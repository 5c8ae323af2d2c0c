package eu.topcop.learn.insight.evaluation;

import java.time.Instant;
import java.util.List;

/** What the evaluation pages and API show: records, never entities. */
public final class EvaluationViews {

    private EvaluationViews() {}

    /** A survey waiting for (or answered by) the signed-in person. */
    public record MyInvitation(
            long id, String title, String period, String level, String subject, Instant closesAt, String state) {

        public boolean isOpen() {
            return state.equals("open");
        }
    }

    /** A survey to answer, in the reader's language; {@code about} names a supervisor's officer. */
    public record Questionnaire(
            long invitationId,
            String title,
            String period,
            String instrumentTitle,
            String about,
            String introduction,
            boolean anonymous,
            boolean translated,
            Instant closesAt,
            List<SectionView> sections,
            String language) {}

    public record SectionView(String code, String title, List<QuestionView> questions) {}

    /**
     * One question: {@code choices} are the values a form sends (Likert points 1..n, ratings 0..10, option codes)
     * with their labels; {@code low} and {@code high} are a rating's anchors.
     */
    public record QuestionView(
            String code, String type, String text, boolean required, List<Choice> choices, String low, String high) {

        public boolean freeText() {
            return type.equals("text");
        }

        public boolean isMultiple() {
            return type.equals("multiple");
        }
    }

    public record Choice(String value, String label) {}
}
