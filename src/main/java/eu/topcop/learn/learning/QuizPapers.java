package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.topcop.learn.content.BankQuestion;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;

/**
 * A quiz paper as the learner sees it, and the way back from the learner's answer to the bank's terms.
 *
 * <p>Nothing a learner (or a program reading the page or the API) sees may be derived from the answer key.
 * So when an attempt is drawn, every choice of every question (an option, true and false, the left and the
 * right items of a matching question, the items to order) gets a fresh random id that means nothing outside
 * that attempt, and is shown in an order drawn for it: the left items of a matching question are shuffled as
 * well as the right ones, and the items to order start in a drawn order. The paper entry stored with the
 * attempt maps each id to the bank's own value (an option id, {@code true}/{@code false}, a bank position),
 * and only the server reads it: {@link #toBank} turns the submitted ids into the bank's terms that
 * {@link Scoring} scores. Submitting "the first choice", "0, 1, 2", the identity mapping or the ids in sorted
 * order therefore scores what guessing scores.
 *
 * <p>A paper entry: {@code {"key": "q1", "choices": [{"id": "k3v9...", "bank": "b"}, ...], "targets": [...]}}
 * with {@code targets} only for matching (the right-hand items; {@code choices} are then the left-hand ones).
 *
 * <p>Every bank is drawn from and scored here: a module's quiz (its pre-test included) and a face-to-face
 * offering's knowledge test ({@link KnowledgeTests}) alike, through {@link #drawPaper}, {@link #paper} and
 * {@link #grade}.
 */
final class QuizPapers {

    static final SecureRandom RANDOM = new SecureRandom();

    /** What a submitted id not on the paper becomes: a value no bank uses, so it is never right. */
    static final String NOT_ON_PAPER = "";

    private static final char[] ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int ID_LENGTH = 12;

    private QuizPapers() {}

    /** A paper as graded: the answers in the bank's terms and each question's score, by key in paper order. */
    record Graded(Map<String, List<String>> answers, Map<String, Double> scores, BigDecimal percent) {}

    /** A new paper: {@code draw} questions of the bank at random, in a random order, each drawn by {@link #draw}. */
    static List<Map<String, Object>> drawPaper(List<? extends BankQuestion> bank, int draw) {
        List<BankQuestion> shuffled = new ArrayList<>(bank);
        Collections.shuffle(shuffled, RANDOM);
        List<Map<String, Object>> paper = new ArrayList<>();
        for (BankQuestion q : shuffled.subList(0, Math.min(draw, shuffled.size()))) {
            paper.add(draw(q));
        }
        return paper;
    }

    /** The paper's questions as the learner sees them in their language (see {@link #paperQuestion}). */
    static List<QuizService.PaperQuestion> paper(
            List<Map<String, Object>> paper, Map<String, ? extends BankQuestion> bank, Language language) {
        List<QuizService.PaperQuestion> questions = new ArrayList<>();
        for (Map<String, Object> entry : paper) {
            questions.add(paperQuestion(bank.get((String) entry.get("key")), entry, language));
        }
        return questions;
    }

    /**
     * Scores a submission to a paper (question key to the paper's choice ids, see {@link #toBank}) exactly: each
     * question by {@link Scoring}, the paper as the average of its questions in percent with two decimals. Answers
     * to questions not on the paper are ignored.
     */
    static Graded grade(
            List<Map<String, Object>> paper,
            Map<String, ? extends BankQuestion> bank,
            Map<String, List<String>> answers) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        double total = 0;
        for (Map<String, Object> entry : paper) {
            BankQuestion q = bank.get((String) entry.get("key"));
            List<String> answer = toBank(q.type(), entry, answers == null ? null : answers.get(q.key()));
            double score = Scoring.score(q.type(), q.definition(), answer);
            given.put(q.key(), answer);
            scores.put(q.key(), score);
            total += score;
        }
        BigDecimal percent = BigDecimal.valueOf(paper.isEmpty() ? 0 : 100 * total / paper.size())
                .setScale(2, RoundingMode.HALF_UP);
        return new Graded(given, scores, percent);
    }

    /** Draws a question's entry for a new paper: its choices (and targets) in a drawn order with fresh ids. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> draw(BankQuestion q) {
        List<String> bank = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        Map<String, Object> definition = q.definition();
        switch (q.type()) {
            case "single", "multiple" ->
                ((List<Map<String, Object>>) definition.get("options"))
                        .forEach(option -> bank.add(String.valueOf(option.get("id"))));
            case "true-false" -> bank.addAll(List.of("true", "false"));
            case "matching" -> {
                bank.addAll(positions(((List<?>) definition.get("pairs")).size()));
                targets.addAll(positions(((List<?>) definition.get("pairs")).size()));
            }
            case "ordering" -> bank.addAll(positions(((List<?>) definition.get("items")).size()));
            default -> throw new IllegalStateException("Unknown question type " + q.type());
        }
        Set<String> used = new HashSet<>();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", q.key());
        entry.put("choices", drawn(bank, used));
        if (!targets.isEmpty()) {
            entry.put("targets", drawn(targets, used));
        }
        return entry;
    }

    /** The question as the learner sees it in their language: the paper's ids, in the paper's order. */
    @SuppressWarnings("unchecked")
    static QuizService.PaperQuestion paperQuestion(BankQuestion q, Map<String, Object> entry, Language language) {
        List<QuizService.Choice> choices = new ArrayList<>();
        for (Map<String, Object> c : drawn(entry, "choices")) {
            choices.add(new QuizService.Choice((String) c.get("id"), choiceText(q, (String) c.get("bank"), language)));
        }
        List<QuizService.Choice> targets = new ArrayList<>();
        List<Map<String, Object>> pairs =
                (List<Map<String, Object>>) q.definition().get("pairs");
        for (Map<String, Object> t : drawn(entry, "targets")) {
            targets.add(new QuizService.Choice(
                    (String) t.get("id"),
                    text(pairs.get(Integer.parseInt((String) t.get("bank"))).get("right"), language)));
        }
        return new QuizService.PaperQuestion(
                q.key(), q.type(), text(q.definition().get("text"), language), choices, targets);
    }

    /**
     * The learner's answer to one question (paper ids) in the bank's terms that {@link Scoring} reads: option
     * ids, "true"/"false"; for matching, the bank position of the right-hand item chosen for each left-hand item
     * in bank order; for ordering, the bank positions in the order given. The answer shapes, as the page and the
     * API send them: the chosen ids (single, multiple, true-false); one right-hand id per left-hand item in the
     * paper's order, empty for none (matching); every item's id in the order the learner puts them (ordering).
     * Ids not on the paper are never right; the result is no longer than the question has choices (plus one),
     * whatever was sent.
     */
    static List<String> toBank(String type, Map<String, Object> entry, List<String> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        Map<String, String> choices = bankValues(entry, "choices");
        switch (type) {
            case "matching" -> {
                List<Map<String, Object>> lefts = drawn(entry, "choices");
                Map<String, String> targets = bankValues(entry, "targets");
                String[] byLeft = new String[lefts.size()];
                Arrays.fill(byLeft, NOT_ON_PAPER);
                for (int i = 0; i < Math.min(lefts.size(), given.size()); i++) {
                    int left = Integer.parseInt((String) lefts.get(i).get("bank"));
                    byLeft[left] = targets.getOrDefault(given.get(i), NOT_ON_PAPER);
                }
                return List.of(byLeft);
            }
            case "ordering" -> {
                List<String> order = new ArrayList<>();
                for (String id : given.subList(0, Math.min(given.size(), choices.size() + 1))) {
                    order.add(choices.getOrDefault(id, NOT_ON_PAPER));
                }
                return order;
            }
            default -> {
                Set<String> chosen = new LinkedHashSet<>();
                for (String id : given) {
                    chosen.add(choices.getOrDefault(id, NOT_ON_PAPER));
                }
                return List.copyOf(chosen);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static String feedback(BankQuestion q, List<String> given, Language language) {
        StringBuilder text = new StringBuilder();
        if (q.definition().get("options") instanceof List<?> options && given != null) {
            for (Object o : options) {
                Map<String, Object> option = (Map<String, Object>) o;
                if (given.contains(option.get("id")) && option.get("feedback") != null) {
                    text.append(text(option.get("feedback"), language)).append(' ');
                }
            }
        }
        if (q.definition().get("feedback") != null) {
            text.append(text(q.definition().get("feedback"), language));
        }
        return text.toString().strip();
    }

    /**
     * An answer in the bank's terms (as {@link #toBank} gives it) as lines to read in the reader's language: the
     * options chosen; "true" or "false" (the page names them); "left → right" per pair; the items in the order
     * given. A part left out reads "—".
     */
    @SuppressWarnings("unchecked")
    static List<String> answerLines(BankQuestion q, List<String> answer, Language language) {
        List<String> given = answer == null ? List.of() : answer;
        Map<String, Object> definition = q.definition();
        List<String> lines = new ArrayList<>();
        switch (q.type()) {
            case "matching" -> {
                List<Map<String, Object>> pairs = (List<Map<String, Object>>) definition.get("pairs");
                for (int i = 0; i < Math.min(pairs.size(), given.size()); i++) {
                    String right = position(given.get(i), pairs.size())
                            .map(n -> text(pairs.get(n).get("right"), language))
                            .orElse(NONE);
                    lines.add(text(pairs.get(i).get("left"), language) + " → " + right);
                }
            }
            case "ordering" -> {
                List<Object> items = (List<Object>) definition.get("items");
                for (String value : given) {
                    lines.add(position(value, items.size())
                            .map(n -> text(items.get(n), language))
                            .orElse(NONE));
                }
            }
            case "true-false" -> given.stream().filter(v -> !v.isEmpty()).forEach(lines::add);
            default ->
                given.stream()
                        .filter(v -> !v.isEmpty())
                        .map(v -> choiceText(q, v, language))
                        .forEach(lines::add);
        }
        return lines;
    }

    /** The right answer as lines to read, in the same shape as {@link #answerLines}. */
    @SuppressWarnings("unchecked")
    static List<String> rightLines(BankQuestion q, Language language) {
        Map<String, Object> definition = q.definition();
        return switch (q.type()) {
            case "single", "multiple" -> answerLines(q, (List<String>) definition.get("correct"), language);
            case "true-false" -> List.of(String.valueOf(definition.get("answer")));
            case "matching" -> answerLines(q, positions(((List<?>) definition.get("pairs")).size()), language);
            case "ordering" -> answerLines(q, positions(((List<?>) definition.get("items")).size()), language);
            default -> List.of();
        };
    }

    /** Whether the question's own text is in the reader's language (else the page marks the English fallback). */
    @SuppressWarnings("unchecked")
    static boolean translated(BankQuestion q, Language language) {
        return !(q.definition().get("text") instanceof Map<?, ?> texts)
                || Localized.pick((Map<String, String>) texts, language).translated();
    }

    private static final String NONE = "—";

    private static java.util.Optional<Integer> position(String value, int size) {
        try {
            int n = Integer.parseInt(value);
            return n >= 0 && n < size ? java.util.Optional.of(n) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    static String text(Object texts, Language language) {
        return texts instanceof Map<?, ?> map
                ? Localized.pick((Map<String, String>) map, language).text()
                : "";
    }

    /**
     * The text of a choice given its bank value. True and false are named by their value ("true", "false"),
     * which the page shows in the reader's language: their meaning is in the question, not in the key.
     */
    @SuppressWarnings("unchecked")
    private static String choiceText(BankQuestion q, String bank, Language language) {
        Map<String, Object> definition = q.definition();
        return switch (q.type()) {
            case "single", "multiple" ->
                ((List<Map<String, Object>>) definition.get("options"))
                        .stream()
                                .filter(option -> bank.equals(String.valueOf(option.get("id"))))
                                .findFirst()
                                .map(option -> text(option.get("text"), language))
                                .orElse("");
            case "matching" ->
                text(
                        ((List<Map<String, Object>>) definition.get("pairs"))
                                .get(Integer.parseInt(bank))
                                .get("left"),
                        language);
            case "ordering" -> text(((List<Object>) definition.get("items")).get(Integer.parseInt(bank)), language);
            default -> bank;
        };
    }

    /** The bank values in a drawn order, each with a fresh id unique on the paper. */
    private static List<Map<String, Object>> drawn(List<String> bank, Set<String> used) {
        List<String> order = new ArrayList<>(bank);
        Collections.shuffle(order, RANDOM);
        List<Map<String, Object>> drawn = new ArrayList<>();
        for (String value : order) {
            String id;
            do {
                id = randomId();
            } while (!used.add(id));
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("id", id);
            choice.put("bank", value);
            drawn.add(choice);
        }
        return drawn;
    }

    private static String randomId() {
        char[] id = new char[ID_LENGTH];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }

    /**
     * A list of the paper entry, empty when absent: targets exist only for matching, and papers of attempts
     * submitted before the ids were introduced (see V23) carry no choices at all.
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> drawn(Map<String, Object> entry, String list) {
        return entry.get(list) instanceof List<?> items ? (List<Map<String, Object>>) items : List.of();
    }

    private static Map<String, String> bankValues(Map<String, Object> entry, String list) {
        Map<String, String> values = new HashMap<>();
        drawn(entry, list).forEach(c -> values.put((String) c.get("id"), (String) c.get("bank")));
        return values;
    }

    private static List<String> positions(int count) {
        List<String> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            positions.add(String.valueOf(i));
        }
        return positions;
    }
}
