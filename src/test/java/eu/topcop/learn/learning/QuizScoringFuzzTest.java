package eu.topcop.learn.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.topcop.learn.content.QuizQuestion;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scoring a quiz answer of any shape never throws and stays within [0, 1]: for every question type, as the
 * importer would store it, with answers made of the paper's ids, the bank's own values, nulls, duplicates,
 * strings of any kind and any length, sent through the paper (as learners send them) and straight to the
 * scoring. The quiz form's reader takes any field names and values. Fuzzed by Jazzer in the build's "fuzz"
 * execution (see pom.xml).
 */
class QuizScoringFuzzTest {

    private static final List<String> TYPES = List.of("single", "multiple", "true-false", "matching", "ordering");

    @FuzzTest(maxDuration = "10m")
    void shouldScoreAnyAnswerWithinZeroAndOne(FuzzedDataProvider data) {
        QuizQuestion q = question(data);
        Map<String, Object> paper = QuizPapers.draw(q);
        List<String> answer = answer(data, paper);

        double throughPaper = Scoring.score(q.type, q.definition, QuizPapers.toBank(q.type, paper, answer));
        assertTrue(throughPaper >= 0 && throughPaper <= 1, q.type + " scored " + throughPaper + " for " + answer);
        double straight = Scoring.score(q.type, q.definition, answer);
        assertTrue(straight >= 0 && straight <= 1, q.type + " scored " + straight + " for " + answer);

        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        int fields = data.consumeInt(0, 12);
        for (int i = 0; i < fields; i++) {
            String name = data.pickValue(List.of("a-", "o-", "o-" + q.key + "-", "")) + data.consumeString(30);
            form.add(name, data.consumeString(30));
        }
        LearningPages.answers(form).forEach((key, values) -> assertTrue(values.size() <= fields));
    }

    /** A question as the importer stores it, of a drawn type and size. */
    private static QuizQuestion question(FuzzedDataProvider data) {
        QuizQuestion q = new QuizQuestion();
        q.key = "q-" + data.consumeInt(0, 99);
        q.type = data.pickValue(TYPES);
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("text", Map.of("en", "Question"));
        switch (q.type) {
            case "single", "multiple" -> {
                int count = data.consumeInt(2, 8);
                List<Map<String, Object>> options = new ArrayList<>();
                List<String> correct = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String id = data.consumeString(8) + "#" + i;
                    options.add(Map.of("id", id, "text", Map.of("en", "Option " + i)));
                    if ((q.type.equals("single") && correct.isEmpty() && (i == count - 1 || data.consumeBoolean()))
                            || (q.type.equals("multiple")
                                    && (data.consumeBoolean() || i == count - 1 && correct.isEmpty()))) {
                        correct.add(id);
                    }
                }
                definition.put("options", options);
                definition.put("correct", correct);
            }
            case "true-false" -> definition.put("answer", data.consumeBoolean());
            case "matching" -> {
                List<Map<String, Object>> pairs = new ArrayList<>();
                for (int i = data.consumeInt(2, 8); i > 0; i--) {
                    pairs.add(Map.of("left", Map.of("en", "L" + i), "right", Map.of("en", "R" + i)));
                }
                definition.put("pairs", pairs);
            }
            default -> {
                List<Map<String, String>> items = new ArrayList<>();
                for (int i = data.consumeInt(3, 8); i > 0; i--) {
                    items.add(Map.of("en", "Item " + i));
                }
                definition.put("items", items);
            }
        }
        q.definition = definition;
        return q;
    }

    /** An answer of any shape: ids on the paper, the bank's values, nulls, anything; or no answer at all. */
    @SuppressWarnings("unchecked")
    private static List<String> answer(FuzzedDataProvider data, Map<String, Object> paper) {
        if (data.consumeBoolean()) {
            return null;
        }
        List<String> known = new ArrayList<>();
        for (String list : List.of("choices", "targets")) {
            for (Map<String, Object> c : (List<Map<String, Object>>) paper.getOrDefault(list, List.of())) {
                known.add((String) c.get("id"));
                known.add((String) c.get("bank"));
            }
        }
        List<String> answer = new ArrayList<>();
        for (int i = data.consumeInt(0, 40); i > 0; i--) {
            switch (data.consumeInt(0, 3)) {
                case 0 -> answer.add(known.get(data.consumeInt(0, known.size() - 1)));
                case 1 -> answer.add(null);
                case 2 -> answer.add(String.valueOf(data.consumeInt()));
                default -> answer.add(data.consumeString(20));
            }
        }
        return answer;
    }
}
