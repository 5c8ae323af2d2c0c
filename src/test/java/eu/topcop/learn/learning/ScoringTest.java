package eu.topcop.learn.learning;

import java.util.List;
import java.util.Map;

import eu.topcop.learn.content.QuizQuestion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exact scores for every question type, with the partial-credit rules of multiple choice and matching, and the
 * way from the paper's opaque ids to the bank's terms.
 */
class ScoringTest {

    private static final Map<String, Object> SINGLE = Map.of("correct", List.of("b"));
    private static final Map<String, Object> MULTIPLE = Map.of("correct", List.of("a", "c", "d"));
    private static final Map<String, Object> TRUE_FALSE = Map.of("answer", false);
    private static final Map<String, Object> MATCHING =
            Map.of("pairs", List.of(Map.of(), Map.of(), Map.of(), Map.of()));
    private static final Map<String, Object> ORDERING = Map.of("items", List.of(Map.of(), Map.of(), Map.of()));

    @Test
    void shouldScoreSingleChoiceAllOrNothing() {
        assertEquals(1, Scoring.score("single", SINGLE, List.of("b")));
        assertEquals(0, Scoring.score("single", SINGLE, List.of("a")));
        assertEquals(0, Scoring.score("single", SINGLE, List.of("a", "b")), "two ticks on a single choice");
        assertEquals(0, Scoring.score("single", SINGLE, null));
    }

    @Test
    void shouldGivePartialCreditForMultipleChoiceMinusWrongTicks() {
        assertEquals(1, Scoring.score("multiple", MULTIPLE, List.of("a", "c", "d")));
        assertEquals(2.0 / 3, Scoring.score("multiple", MULTIPLE, List.of("a", "c")), 1e-9);
        assertEquals(1.0 / 3, Scoring.score("multiple", MULTIPLE, List.of("a", "c", "b")), 1e-9);
        assertEquals(0, Scoring.score("multiple", MULTIPLE, List.of("a", "b", "c", "d", "e", "f")), 1e-9);
        assertEquals(0, Scoring.score("multiple", MULTIPLE, List.of("b")), "never below zero");
    }

    @Test
    void shouldScoreTrueFalse() {
        assertEquals(1, Scoring.score("true-false", TRUE_FALSE, List.of("false")));
        assertEquals(0, Scoring.score("true-false", TRUE_FALSE, List.of("true")));
    }

    @Test
    void shouldGiveTheShareOfRightPairsForMatching() {
        assertEquals(1, Scoring.score("matching", MATCHING, List.of("0", "1", "2", "3")));
        assertEquals(0.5, Scoring.score("matching", MATCHING, List.of("0", "1", "3", "2")));
        assertEquals(0.25, Scoring.score("matching", MATCHING, List.of("0")));
    }

    @Test
    void shouldScoreOrderingOnlyWhenTheWholeOrderIsRight() {
        assertEquals(1, Scoring.score("ordering", ORDERING, List.of("0", "1", "2")));
        assertEquals(0, Scoring.score("ordering", ORDERING, List.of("0", "2", "1")));
        assertEquals(0, Scoring.score("ordering", ORDERING, List.of("0", "1")));
    }

    @Test
    void shouldScoreThePapersIdsByWhatTheyStandForInTheBank() {
        QuizQuestion matching = question("matching", Map.of("pairs", List.of(Map.of(), Map.of(), Map.of())));
        Map<String, Object> paper = QuizPapers.draw(matching);
        List<String> right = ids(paper, "choices").stream()
                .map(left -> idOf(paper, "targets", bankOf(paper, "choices", left)))
                .toList();
        assertEquals(1, score(matching, paper, right));
        List<String> twoSwapped = new java.util.ArrayList<>(right);
        java.util.Collections.swap(twoSwapped, 0, 1);
        assertEquals(1.0 / 3, score(matching, paper, twoSwapped), 1e-9);
        assertEquals(0, score(matching, paper, List.of("0", "1", "2")), "bank positions are not on the paper");

        QuizQuestion ordering = question("ordering", ORDERING);
        Map<String, Object> order = QuizPapers.draw(ordering);
        List<String> rightOrder = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> idOf(order, "choices", String.valueOf(i)))
                .toList();
        assertEquals(1, score(ordering, order, rightOrder));
        assertEquals(0, score(ordering, order, List.of("0", "1", "2")));
        List<String> flood = java.util.Collections.nCopies(100_000, rightOrder.get(0));
        assertTrue(QuizPapers.toBank("ordering", order, flood).size() <= 4, "an answer is never longer than its paper");

        QuizQuestion single = question(
                "single", Map.of("options", List.of(Map.of("id", "a"), Map.of("id", "b")), "correct", List.of("b")));
        Map<String, Object> options = QuizPapers.draw(single);
        String b = idOf(options, "choices", "b");
        assertEquals(1, score(single, options, List.of(b)));
        assertEquals(1, score(single, options, List.of(b, b)), "the same choice sent twice is one choice");
        assertEquals(0, score(single, options, List.of(b, "not-on-the-paper")));
        assertEquals(0, score(single, options, List.of("b")), "the bank's own id is not on the paper");
        assertEquals(0, score(single, options, java.util.Arrays.asList((String) null)));
    }

    private static double score(QuizQuestion q, Map<String, Object> paper, List<String> answer) {
        return Scoring.score(q.type, q.definition, QuizPapers.toBank(q.type, paper, answer));
    }

    private static QuizQuestion question(String type, Map<String, Object> definition) {
        QuizQuestion q = new QuizQuestion();
        q.key = "q";
        q.type = type;
        q.definition = definition;
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> paper, String list) {
        return ((List<Map<String, Object>>) paper.get(list))
                .stream().map(c -> (String) c.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static String bankOf(Map<String, Object> paper, String list, String id) {
        return ((List<Map<String, Object>>) paper.get(list))
                .stream()
                        .filter(c -> c.get("id").equals(id))
                        .map(c -> (String) c.get("bank"))
                        .findFirst()
                        .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static String idOf(Map<String, Object> paper, String list, String bank) {
        return ((List<Map<String, Object>>) paper.get(list))
                .stream()
                        .filter(c -> c.get("bank").equals(bank))
                        .map(c -> (String) c.get("id"))
                        .findFirst()
                        .orElseThrow();
    }
}
