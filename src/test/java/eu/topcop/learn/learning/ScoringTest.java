package eu.topcop.learn.learning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exact scores for every question type, with the partial-credit rules of multiple choice and matching. */
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
}
