package eu.topcop.learn.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.topcop.learn.content.ModuleDraft.Question;
import eu.topcop.learn.content.ModuleDraft.Quiz;

/**
 * Reads and checks a question bank: a module's quiz.yaml, and (through {@link #questions}) the questions of a
 * knowledge test, which are written the same way and drawn and scored like a quiz.
 */
final class QuizReader {

    static final Set<String> TYPES = Set.of("single", "multiple", "true-false", "matching", "ordering");

    private QuizReader() {}

    static Optional<Quiz> read(Path path, String file, Problems problems) {
        return YamlNode.read(path, file, problems).map(root -> quiz(root));
    }

    private static Quiz quiz(YamlNode root) {
        root.allowOnly(
                Set.of("pass_mark", "draw", "time_limit_minutes", "max_attempts", "show_right_answers", "questions"));
        Integer passMark = root.requiredInt("pass_mark", 1, 100);
        Integer draw = root.requiredInt("draw", 1, 500);
        Integer timeLimit = root.optionalInt("time_limit_minutes", 1, 600);
        Integer maxAttempts = root.optionalInt("max_attempts", 1, 100);
        // Hidden unless the author says otherwise: the next attempt draws from the same bank.
        boolean showRightAnswers =
                root.has("show_right_answers") && Boolean.TRUE.equals(root.requiredBoolean("show_right_answers"));
        List<Question> questions = questions(root, draw);
        if (passMark == null || draw == null) {
            return null;
        }
        return new Quiz(passMark, draw, timeLimit, maxAttempts, showRightAnswers, questions);
    }

    /**
     * The valid questions under {@code questions} of a bank's root, each id once; a problem for a bank without a
     * valid question, and for a {@code draw} (when read) larger than the bank.
     */
    static List<Question> questions(YamlNode root, Integer draw) {
        List<Question> questions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (YamlNode node : root.list("questions", true)) {
            Question question = question(node);
            if (question != null && !keys.add(question.key())) {
                node.problem("question id '" + question.key() + "' is used twice");
            } else if (question != null) {
                questions.add(question);
            }
        }
        if (questions.isEmpty()) {
            root.problem("the question bank has no valid question");
        }
        if (draw != null && draw > questions.size() && !questions.isEmpty()) {
            root.field("draw")
                    .orElse(root)
                    .problem("'draw' is " + draw + " but the bank has only " + questions.size() + " questions");
        }
        return List.copyOf(questions);
    }

    private static Question question(YamlNode node) {
        if (!node.isMapping()) {
            node.problem("a question must be a mapping with id, type, text, ...");
            return null;
        }
        String key = node.requiredCode("id");
        String type = node.requiredString("type");
        Map<String, String> text = node.texts("text", true);
        Map<String, String> feedback = node.texts("feedback", false);
        if (type != null && !TYPES.contains(type)) {
            node.field("type")
                    .orElse(node)
                    .problem("unknown question type '" + type + "' (use " + String.join(", ", TYPES) + ")");
            return null;
        }
        if (type == null) {
            return null;
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("text", text);
        boolean valid = switch (type) {
            case "single", "multiple" -> choices(node, type, definition);
            case "true-false" -> trueFalse(node, definition);
            case "matching" -> matching(node, definition);
            default -> ordering(node, definition);
        };
        if (!feedback.isEmpty()) {
            definition.put("feedback", feedback);
        }
        return valid && key != null && !text.isEmpty() ? new Question(key, type, definition, node.line()) : null;
    }

    private static boolean choices(YamlNode node, String type, Map<String, Object> definition) {
        node.allowOnly(Set.of("id", "type", "text", "options", "correct", "feedback"));
        List<Map<String, Object>> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode option : node.list("options", true)) {
            option.allowOnly(Set.of("id", "text", "feedback"));
            String id = option.requiredString("id");
            Map<String, String> text = option.texts("text", true);
            if (id != null && !ids.add(id)) {
                option.problem("option '" + id + "' is listed twice");
            }
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("id", id);
            choice.put("text", text);
            Map<String, String> feedback = option.texts("feedback", false);
            if (!feedback.isEmpty()) {
                choice.put("feedback", feedback);
            }
            options.add(choice);
        }
        if (options.size() < 2) {
            node.problem("a " + type + " question needs at least 2 options");
            return false;
        }
        List<String> correct = new ArrayList<>();
        for (YamlNode item : node.list("correct", true)) {
            String id = item.asScalar();
            if (id == null || !ids.contains(id)) {
                item.problem("option '" + id + "' is marked correct but does not exist");
                return false;
            }
            correct.add(id);
        }
        if (type.equals("single") && correct.size() != 1) {
            node.problem("a single-choice question needs exactly one correct option, not " + correct.size());
            return false;
        }
        if (correct.isEmpty()) {
            node.problem("a multiple-choice question needs at least one correct option");
            return false;
        }
        definition.put("options", options);
        definition.put("correct", correct);
        return true;
    }

    private static boolean trueFalse(YamlNode node, Map<String, Object> definition) {
        node.allowOnly(Set.of("id", "type", "text", "answer", "feedback"));
        Boolean answer = node.requiredBoolean("answer");
        definition.put("answer", answer);
        return answer != null;
    }

    private static boolean matching(YamlNode node, Map<String, Object> definition) {
        node.allowOnly(Set.of("id", "type", "text", "pairs", "feedback"));
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (YamlNode pair : node.list("pairs", true)) {
            pair.allowOnly(Set.of("left", "right"));
            pairs.add(Map.of("left", pair.texts("left", true), "right", pair.texts("right", true)));
        }
        if (pairs.size() < 2) {
            node.problem("a matching question needs at least 2 pairs");
            return false;
        }
        definition.put("pairs", pairs);
        return true;
    }

    private static boolean ordering(YamlNode node, Map<String, Object> definition) {
        node.allowOnly(Set.of("id", "type", "text", "items", "feedback"));
        List<Map<String, String>> items = new ArrayList<>();
        for (YamlNode item : node.list("items", true)) {
            items.add(item.asTexts("items"));
        }
        if (items.size() < 3) {
            node.problem("an ordering question needs at least 3 items");
            return false;
        }
        definition.put("items", items);
        return true;
    }
}
