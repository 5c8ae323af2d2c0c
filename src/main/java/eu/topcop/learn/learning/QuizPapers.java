package eu.topcop.learn.learning;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import eu.topcop.learn.content.QuizQuestion;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;

/**
 * A quiz paper as the learner sees it: each question in their language with its choices in the order drawn for
 * the attempt, and the feedback shown after submission. Pure functions of the question bank and the paper.
 */
final class QuizPapers {

    static final SecureRandom RANDOM = new SecureRandom();

    private QuizPapers() {}

    @SuppressWarnings("unchecked")
    static String feedback(QuizQuestion q, List<String> given, Language language) {
        StringBuilder text = new StringBuilder();
        if (q.definition.get("options") instanceof List<?> options && given != null) {
            for (Object o : options) {
                Map<String, Object> option = (Map<String, Object>) o;
                if (given.contains(option.get("id")) && option.get("feedback") != null) {
                    text.append(text(option.get("feedback"), language)).append(' ');
                }
            }
        }
        if (q.definition.get("feedback") != null) {
            text.append(text(q.definition.get("feedback"), language));
        }
        return text.toString().strip();
    }

    @SuppressWarnings("unchecked")
    static QuizService.PaperQuestion paperQuestion(QuizQuestion q, List<Integer> order, Language language) {
        String text = text(q.definition.get("text"), language);
        List<QuizService.Choice> choices = new ArrayList<>();
        List<QuizService.Choice> targets = new ArrayList<>();
        switch (q.type) {
            case "single", "multiple" -> {
                List<Map<String, Object>> options = (List<Map<String, Object>>) q.definition.get("options");
                order.forEach(i -> choices.add(new QuizService.Choice(
                        (String) options.get(i).get("id"), text(options.get(i).get("text"), language))));
            }
            case "true-false" -> {
                choices.add(new QuizService.Choice("true", "true"));
                choices.add(new QuizService.Choice("false", "false"));
            }
            case "matching" -> {
                List<Map<String, Object>> pairs = (List<Map<String, Object>>) q.definition.get("pairs");
                for (int i = 0; i < pairs.size(); i++) {
                    choices.add(new QuizService.Choice(
                            String.valueOf(i), text(pairs.get(i).get("left"), language)));
                }
                order.forEach(i -> targets.add(new QuizService.Choice(
                        String.valueOf(i), text(pairs.get(i).get("right"), language))));
            }
            default -> {
                List<Object> items = (List<Object>) q.definition.get("items");
                order.forEach(
                        i -> choices.add(new QuizService.Choice(String.valueOf(i), text(items.get(i), language))));
            }
        }
        return new QuizService.PaperQuestion(q.key, q.type, text, choices, targets);
    }

    @SuppressWarnings("unchecked")
    static String text(Object texts, Language language) {
        return texts instanceof Map<?, ?> map
                ? Localized.pick((Map<String, String>) map, language).text()
                : "";
    }

    static int choiceCount(QuizQuestion q) {
        return switch (q.type) {
            case "single", "multiple" -> ((List<?>) q.definition.get("options")).size();
            case "matching" -> ((List<?>) q.definition.get("pairs")).size();
            case "ordering" -> ((List<?>) q.definition.get("items")).size();
            default -> 0;
        };
    }

    static List<Integer> shuffled(int count) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
        Collections.shuffle(order, RANDOM);
        return order;
    }

    @SuppressWarnings("unchecked")
    static List<Integer> order(Map<String, Object> entry) {
        return ((List<Object>) entry.get("order"))
                .stream().map(o -> ((Number) o).intValue()).toList();
    }
}
