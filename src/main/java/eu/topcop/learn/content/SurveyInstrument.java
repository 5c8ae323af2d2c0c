package eu.topcop.learn.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A survey instrument as published from {@code content/evaluation/surveys/}: what evaluation sends and scores.
 * Stored as JSON in its immutable version, so a survey already sent keeps the wording its respondents saw.
 */
public record SurveyInstrument(
        String code,
        int version,
        String level,
        String respondent,
        boolean anonymous,
        Map<String, String> title,
        Map<String, String> introduction,
        List<Section> sections) {

    public static final String REACTION = "reaction";
    public static final String BEHAVIOUR = "behaviour";
    public static final String MEASURE_REACTION = "reaction";
    public static final String MEASURE_APPLIED = "applied";

    public record Section(String code, Map<String, String> title, List<Question> questions) {}

    /**
     * One question. {@code points} are a Likert question's scale, low to high (answers are 1..n); a rating runs
     * 0 to 10 with optional anchors {@code low} and {@code high}; {@code measure} names the figure it feeds.
     */
    public record Question(
            String code,
            String type,
            Map<String, String> text,
            boolean required,
            List<Map<String, String>> points,
            Map<String, String> low,
            Map<String, String> high,
            String measure,
            List<Option> options) {

        public boolean asksForText() {
            return type.equals("text");
        }

        /** The highest number an answer can hold: 10 for a rating, the scale's length for Likert. */
        public int maximum() {
            return type.equals("rating") ? 10 : points.size();
        }

        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    /** A choice; {@code applied} says whether it counts as applying the learning (follow-ups only). */
    public record Option(String code, Map<String, String> text, Boolean applied) {}

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public Optional<Question> measure(String measure) {
        return questions().stream().filter(q -> measure.equals(q.measure())).findFirst();
    }
}
