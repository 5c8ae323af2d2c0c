package eu.topcop.learn.learning;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import eu.topcop.learn.content.BankQuestion;
import eu.topcop.learn.content.KnowledgeTestBanks;
import eu.topcop.learn.content.KnowledgeTestQuestion;
import eu.topcop.learn.content.QuizQuestion;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The right answers to an attempt at a quiz or a knowledge test, as the learner would send them (the paper's choice
 * ids). Worked out on the server side from the answer key: the attempt's stored paper maps each id to the bank's
 * value, and the bank of the version the paper was drawn from says which values are right. Nothing is inferred from what the paper
 * shows, which is the point of the quiz integrity test.
 */
public final class RightAnswers {

    private RightAnswers() {}

    /** The right answers to the attempt this paper was drawn for. */
    static Map<String, List<String>> of(EntityManager em, String module, QuizService.AttemptView paper) {
        QuizService.PaperQuestion first = paper.questions().get(0);
        String anId = (first.type().equals("matching") ? first.targets() : first.choices())
                .get(0)
                .value();
        return ofPaperWith(em, module, paper.number(), anId);
    }

    /** The right answers to attempt {@code number} at a module whose paper shows {@code anId} (ids are unique). */
    static Map<String, List<String>> ofPaperWith(EntityManager em, String module, int number, String anId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> answers(
                        em,
                        em.createQuery(
                                        "select a from QuizAttempt a join fetch a.progress p where p.moduleCode = :m"
                                                + " and a.number = :n",
                                        QuizAttempt.class)
                                .setParameter("m", module)
                                .setParameter("n", (short) number)
                                .getResultStream()
                                .filter(a -> a.paper.toString().contains("id=" + anId + ","))
                                .findFirst()
                                .orElseThrow()));
    }

    /** The right answers to a person's attempt {@code number} at a module. */
    public static Map<String, List<String>> of(EntityManager em, Long personId, String module, int number) {
        return QuarkusTransaction.requiringNew()
                .call(() -> answers(
                        em,
                        em.createQuery(
                                        "select a from QuizAttempt a join fetch a.progress p where p.person.id = :person"
                                                + " and p.moduleCode = :m and a.number = :n",
                                        QuizAttempt.class)
                                .setParameter("person", personId)
                                .setParameter("m", module)
                                .setParameter("n", (short) number)
                                .getSingleResult()));
    }

    /**
     * The right answers to a person's knowledge test in an offering ({@code PRE} or {@code POST}), from the paper
     * drawn for it and the version of the bank it was drawn from.
     */
    public static Map<String, List<String>> ofKnowledgeTest(
            EntityManager em, long offeringId, long personId, KnowledgeTestAttempt.Phase phase) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KnowledgeTestAttempt attempt = em.createQuery(
                            "select a from KnowledgeTestAttempt a where a.offeringId = :o and a.personId = :p"
                                    + " and a.phase = :phase",
                            KnowledgeTestAttempt.class)
                    .setParameter("o", offeringId)
                    .setParameter("p", personId)
                    .setParameter("phase", phase)
                    .getSingleResult();
            Map<String, BankQuestion> bank = new LinkedHashMap<>();
            em.createQuery("select q from KnowledgeTestQuestion q where q.version.id = :v", KnowledgeTestQuestion.class)
                    .setParameter("v", attempt.versionId)
                    .getResultList()
                    .forEach(q -> bank.put(q.key, new KnowledgeTestBanks.Question(q.key, q.type, q.definition)));
            return toPaper(attempt.paper, bank);
        });
    }

    private static Map<String, List<String>> answers(EntityManager em, QuizAttempt attempt) {
        Map<String, BankQuestion> bank = new LinkedHashMap<>();
        em.createQuery(
                        "select q from QuizQuestion q where q.quiz.moduleVersion.module.code = :m"
                                + " and q.quiz.moduleVersion.version = :v",
                        QuizQuestion.class)
                .setParameter("m", attempt.progress.moduleCode)
                .setParameter("v", attempt.progress.version)
                .getResultList()
                .forEach(q -> bank.put(q.key, q));
        return toPaper(attempt.paper, bank);
    }

    /** The right answers to a paper (of a quiz or a knowledge test), as paper ids, from its bank's answer key. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> toPaper(List<Map<String, Object>> paper, Map<String, BankQuestion> bank) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Map<String, Object> entry : paper) {
            BankQuestion question = bank.get((String) entry.get("key"));
            List<Map<String, Object>> choices = (List<Map<String, Object>>) entry.get("choices");
            List<Map<String, Object>> targets = (List<Map<String, Object>>) entry.getOrDefault("targets", List.of());
            answers.put(
                    question.key(),
                    switch (question.type()) {
                        case "single", "multiple" -> {
                            List<String> correct =
                                    (List<String>) question.definition().get("correct");
                            yield ids(choices.stream()
                                    .filter(c -> correct.contains(c.get("bank")))
                                    .toList());
                        }
                        case "true-false" -> {
                            String answer = String.valueOf(question.definition().get("answer"));
                            yield ids(choices.stream()
                                    .filter(c -> answer.equals(c.get("bank")))
                                    .toList());
                        }
                        case "matching" ->
                            choices.stream()
                                    .map(left -> targets.stream()
                                            .filter(t -> Objects.equals(t.get("bank"), left.get("bank")))
                                            .map(t -> (String) t.get("id"))
                                            .findFirst()
                                            .orElseThrow())
                                    .toList();
                        default ->
                            ids(choices.stream()
                                    .sorted(Comparator.comparingInt(c -> Integer.parseInt((String) c.get("bank"))))
                                    .toList());
                    });
        }
        return answers;
    }

    private static List<String> ids(List<Map<String, Object>> choices) {
        return choices.stream().map(c -> (String) c.get("id")).toList();
    }
}
