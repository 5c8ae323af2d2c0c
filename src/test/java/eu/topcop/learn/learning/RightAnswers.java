package eu.topcop.learn.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;

import eu.topcop.learn.content.QuizQuestion;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The right answer to each question of an attempt's paper, read from the module's question bank. */
final class RightAnswers {

    private RightAnswers() {}

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> of(EntityManager em, String module, QuizService.AttemptView paper) {
        Map<String, List<String>> answers = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (QuizService.PaperQuestion q : paper.questions()) {
                QuizQuestion question = em.createQuery(
                                "select q from QuizQuestion q where q.key = :k and q.quiz.moduleVersion.module.code = :m"
                                        + " order by q.quiz.moduleVersion.version desc",
                                QuizQuestion.class)
                        .setParameter("k", q.key())
                        .setParameter("m", module)
                        .setMaxResults(1)
                        .getSingleResult();
                answers.put(
                        q.key(),
                        switch (question.type) {
                            case "single", "multiple" -> (List<String>) question.definition.get("correct");
                            case "true-false" -> List.of(String.valueOf(question.definition.get("answer")));
                            case "matching" -> positions(((List<?>) question.definition.get("pairs")).size());
                            default -> positions(((List<?>) question.definition.get("items")).size());
                        });
            }
        });
        return answers;
    }

    private static List<String> positions(int count) {
        return IntStream.range(0, count).mapToObj(String::valueOf).toList();
    }
}
