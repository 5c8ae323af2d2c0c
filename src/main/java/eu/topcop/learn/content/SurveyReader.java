package eu.topcop.learn.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.topcop.learn.content.SurveyInstrument.Option;
import eu.topcop.learn.content.SurveyInstrument.Question;
import eu.topcop.learn.content.SurveyInstrument.Section;

/**
 * Reads and checks a survey instrument, {@code content/evaluation/surveys/<code>.yaml} (see content/README.md).
 * Every problem is recorded with its line; a survey with any problem is not published.
 */
final class SurveyReader {

    static final Set<String> LEVELS = Set.of(SurveyInstrument.REACTION, SurveyInstrument.BEHAVIOUR);
    static final Set<String> RESPONDENTS = Set.of("participant", "supervisor");
    static final Set<String> TYPES = Set.of("likert", "single", "multiple", "rating", "text");
    static final int TITLE_LIMIT = 200;
    static final int TEXT_LIMIT = 500;
    static final int INTRODUCTION_LIMIT = 1000;

    private SurveyReader() {}

    static Optional<SurveyInstrument> read(Path path, String file, String expectedCode, Problems problems) {
        return YamlNode.read(path, file, problems).map(root -> survey(root, expectedCode));
    }

    private static SurveyInstrument survey(YamlNode root, String expectedCode) {
        root.allowOnly(
                Set.of("code", "level", "respondent", "anonymous", "title", "introduction", "scales", "sections"));
        String code = root.requiredCode("code");
        if (code != null && !code.equals(expectedCode)) {
            root.field("code")
                    .orElse(root)
                    .problem("'code' is '" + code + "' but the file is named " + expectedCode + ".yaml");
        }
        String level = oneOf(root, "level", LEVELS);
        String respondent = oneOf(root, "respondent", RESPONDENTS);
        Boolean anonymous = root.requiredBoolean("anonymous");
        Map<String, String> title = limited(root, root.texts("title", true), "title", TITLE_LIMIT);
        Map<String, String> introduction =
                limited(root, root.texts("introduction", false), "introduction", INTRODUCTION_LIMIT);
        Map<String, List<Map<String, String>>> scales = scales(root);

        List<Section> sections = new ArrayList<>();
        Set<String> sectionCodes = new HashSet<>();
        Set<String> questionCodes = new HashSet<>();
        for (YamlNode node : root.list("sections", true)) {
            node.allowOnly(Set.of("code", "title", "questions"));
            String sectionCode = node.requiredCode("code");
            if (sectionCode != null && !sectionCodes.add(sectionCode)) {
                node.problem("section code '" + sectionCode + "' is used twice");
            }
            Map<String, String> sectionTitle = limited(node, node.texts("title", true), "title", TITLE_LIMIT);
            List<Question> questions = new ArrayList<>();
            for (YamlNode q : node.list("questions", true)) {
                Question question = question(q, scales);
                if (question != null && !questionCodes.add(question.code())) {
                    q.problem("question code '" + question.code() + "' is used twice");
                } else if (question != null) {
                    questions.add(question);
                }
            }
            if (node.list("questions", false).isEmpty()) {
                node.problem("a section needs at least one question");
            }
            sections.add(new Section(sectionCode, sectionTitle, List.copyOf(questions)));
        }
        if (sections.isEmpty()) {
            root.problem("a survey needs at least one section");
        }
        List<Question> all =
                sections.stream().flatMap(s -> s.questions().stream()).toList();
        measures(root, level, all);
        if (code == null || level == null || respondent == null || anonymous == null) {
            return null;
        }
        return new SurveyInstrument(code, 0, level, respondent, anonymous, title, introduction, List.copyOf(sections));
    }

    private static Map<String, List<Map<String, String>>> scales(YamlNode root) {
        Map<String, List<Map<String, String>>> scales = new LinkedHashMap<>();
        Optional<YamlNode> node = root.field("scales");
        if (node.isEmpty()) {
            return scales;
        }
        if (!node.get().isMapping()) {
            node.get().problem("'scales' must map a scale's name to its points");
            return scales;
        }
        for (var entry : node.get().entries().entrySet()) {
            List<Map<String, String>> points = new ArrayList<>();
            YamlNode scale = entry.getValue();
            if (scale.isMapping() || scale.asScalar() != null) {
                scale.problem("scale '" + entry.getKey() + "' must be a list of points, low to high");
                continue;
            }
            // A scale is read through a wrapper so that list() can find it by name.
            for (YamlNode point : node.get().list(entry.getKey(), true)) {
                points.add(limited(point, point.asTexts("scale point"), "scale point", TITLE_LIMIT));
            }
            if (points.size() < 4 || points.size() > 7) {
                scale.problem("scale '" + entry.getKey() + "' has " + points.size() + " points (use 4 to 7)");
                continue;
            }
            scales.put(entry.getKey(), List.copyOf(points));
        }
        return scales;
    }

    private static Question question(YamlNode node, Map<String, List<Map<String, String>>> scales) {
        if (!node.isMapping()) {
            node.problem("a question must be a mapping with code, type, text, ...");
            return null;
        }
        String code = node.requiredCode("code");
        String type = oneOf(node, "type", TYPES);
        Map<String, String> text = limited(node, node.texts("text", true), "text", TEXT_LIMIT);
        boolean required = !node.has("required") || Boolean.TRUE.equals(node.requiredBoolean("required"));
        String measure = node.has("measure")
                ? oneOf(node, "measure", Set.of(SurveyInstrument.MEASURE_REACTION, SurveyInstrument.MEASURE_APPLIED))
                : null;
        if (type == null) {
            return null;
        }
        List<Map<String, String>> points = List.of();
        Map<String, String> low = Map.of();
        Map<String, String> high = Map.of();
        List<Option> options = List.of();
        Set<String> base = Set.of("code", "type", "text", "required", "measure");
        switch (type) {
            case "likert" -> {
                node.allowOnly(with(base, "scale"));
                String scale = node.requiredString("scale");
                if (scale != null && !scales.containsKey(scale)) {
                    node.field("scale").orElse(node).problem("scale '" + scale + "' is not defined under 'scales'");
                    return null;
                }
                points = scale == null ? List.of() : scales.get(scale);
            }
            case "rating" -> {
                node.allowOnly(with(base, "low", "high"));
                low = limited(node, node.texts("low", false), "low", TITLE_LIMIT);
                high = limited(node, node.texts("high", false), "high", TITLE_LIMIT);
            }
            case "single", "multiple" -> {
                node.allowOnly(with(base, "options"));
                options = options(node, SurveyInstrument.MEASURE_APPLIED.equals(measure));
            }
            default -> node.allowOnly(base);
        }
        if (measure != null) {
            boolean fits = measure.equals(SurveyInstrument.MEASURE_REACTION)
                    ? type.equals("rating") || type.equals("likert")
                    : type.equals("single");
            if (!fits) {
                node.problem("measure '" + measure + "' does not fit a " + type + " question"
                        + (measure.equals(SurveyInstrument.MEASURE_REACTION)
                                ? " (use a rating or likert question)"
                                : " (use a single-choice question)"));
            }
        }
        if (code == null || text.isEmpty()) {
            return null;
        }
        return new Question(code, type, text, required, points, low, high, measure, options);
    }

    private static List<Option> options(YamlNode node, boolean applied) {
        List<Option> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlNode option : node.list("options", true)) {
            option.allowOnly(applied ? Set.of("code", "text", "applied") : Set.of("code", "text"));
            String code = option.requiredCode("code");
            if (code != null && !codes.add(code)) {
                option.problem("option '" + code + "' is listed twice");
            }
            Map<String, String> text = limited(option, option.texts("text", true), "text", TEXT_LIMIT);
            Boolean counts = applied ? option.requiredBoolean("applied") : null;
            if (code != null) {
                options.add(new Option(code, text, counts));
            }
        }
        if (options.size() < 2 || options.size() > 12) {
            node.problem("a choice question needs 2 to 12 options, not " + options.size());
        }
        return List.copyOf(options);
    }

    /** A reaction survey has one reaction score; a behaviour survey one question saying whether it is applied. */
    private static void measures(YamlNode root, String level, List<Question> questions) {
        if (level == null) {
            return;
        }
        String wanted = level.equals(SurveyInstrument.REACTION)
                ? SurveyInstrument.MEASURE_REACTION
                : SurveyInstrument.MEASURE_APPLIED;
        long count = questions.stream().filter(q -> wanted.equals(q.measure())).count();
        long other = questions.stream()
                .filter(q -> q.measure() != null && !wanted.equals(q.measure()))
                .count();
        if (count != 1) {
            root.problem(
                    "a " + level + " survey needs exactly one question with 'measure: " + wanted + "', not " + count);
        }
        if (other > 0) {
            root.problem("a " + level + " survey may only carry 'measure: " + wanted + "'");
        }
    }

    private static String oneOf(YamlNode node, String key, Set<String> allowed) {
        String value = node.requiredString(key);
        if (value != null && !allowed.contains(value)) {
            node.field(key)
                    .orElse(node)
                    .problem("'" + key + "' is '" + value + "' (use "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
            return null;
        }
        return value;
    }

    private static Map<String, String> limited(YamlNode node, Map<String, String> texts, String what, int limit) {
        for (var text : texts.entrySet()) {
            if (text.getValue().length() > limit) {
                node.problem("the " + text.getKey() + " text of '" + what + "' has "
                        + text.getValue().length() + " characters (at most " + limit + ")");
            }
        }
        return texts;
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> keys = new HashSet<>(base);
        keys.addAll(List.of(more));
        return keys;
    }
}
