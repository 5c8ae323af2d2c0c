package eu.topcop.learn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Answers to a quiz paper as the player sends them: the first choice, every target in order, every item. */
final class QuizPaper {

    private QuizPaper() {}

    /** The submission body for an attempt's paper ({@code GET …/quiz/attempts/{n}}). */
    static String answers(JsonNode attempt) {
        ObjectNode body = Bench.JSON.createObjectNode();
        ObjectNode answers = body.putObject("answers");
        for (JsonNode question : attempt.get("questions")) {
            ArrayNode values = answers.putArray(question.get("key").asText());
            JsonNode choices = question.get("choices");
            switch (question.get("type").asText().toLowerCase()) {
                case "matching" -> {
                    JsonNode targets = question.get("targets");
                    for (int i = 0; i < choices.size(); i++) {
                        values.add(targets.get(i % targets.size()).get("value").asText());
                    }
                }
                case "ordering" -> choices.forEach(choice -> values.add(choice.get("value").asText()));
                default -> values.add(choices.get(0).get("value").asText());
            }
        }
        return body.toString();
    }

    /** The number of answers in a body, to report what a submission carried. */
    static int count(String body) {
        try {
            return Bench.JSON.readTree(body).get("answers").size();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
