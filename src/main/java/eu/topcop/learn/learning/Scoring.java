package eu.topcop.learn.learning;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact scoring of one answer, from 0 to 1. The rules, as the content README documents them:
 * <ul>
 *   <li>single choice and true/false: 1 when right, else 0;
 *   <li>multiple choice, partial credit: (right options chosen − wrong options chosen) / right options, never
 *       below 0, so ticking everything earns nothing;
 *   <li>matching, partial credit: the share of pairs matched right;
 *   <li>ordering: 1 only for the whole order right.
 * </ul>
 * Answers are in the bank's own terms: option ids; "true"/"false"; for matching, the position of the right-hand
 * item chosen for each left-hand item in bank order; for ordering, the bank positions in the order given. The
 * learner never sends these: the paper shows opaque ids, which {@link QuizPapers#toBank} translates. Any answer
 * (empty, too long, nulls, values that are no choice) scores within [0, 1] and never throws.
 */
final class Scoring {

    private Scoring() {}

    @SuppressWarnings("unchecked")
    static double score(String type, Map<String, Object> definition, List<String> answer) {
        List<String> given = answer == null ? List.of() : answer;
        switch (type) {
            case "single" -> {
                List<String> correct = (List<String>) definition.get("correct");
                return given.size() == 1 && correct.contains(given.get(0)) ? 1 : 0;
            }
            case "multiple" -> {
                Set<String> correct = new HashSet<>((List<String>) definition.get("correct"));
                Set<String> chosen = new HashSet<>(given);
                long right = chosen.stream().filter(correct::contains).count();
                long wrong = chosen.size() - right;
                return Math.max(0, (double) (right - wrong) / correct.size());
            }
            case "true-false" -> {
                return given.size() == 1
                                && String.valueOf(definition.get("answer")).equals(given.get(0))
                        ? 1
                        : 0;
            }
            case "matching" -> {
                int pairs = ((List<?>) definition.get("pairs")).size();
                int right = 0;
                for (int i = 0; i < Math.min(pairs, given.size()); i++) {
                    if (String.valueOf(i).equals(given.get(i))) {
                        right++;
                    }
                }
                return (double) right / pairs;
            }
            case "ordering" -> {
                int items = ((List<?>) definition.get("items")).size();
                if (given.size() != items) {
                    return 0;
                }
                for (int i = 0; i < items; i++) {
                    if (!String.valueOf(i).equals(given.get(i))) {
                        return 0;
                    }
                }
                return 1;
            }
            default -> throw new IllegalArgumentException("Unknown question type " + type);
        }
    }
}
