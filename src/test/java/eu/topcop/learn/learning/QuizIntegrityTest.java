package eu.topcop.learn.learning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.content.ContentFixture;
import eu.topcop.learn.content.ContentImporter;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing a program can read on a quiz paper (the page's values, field names and order; the API's ids and
 * order) lets it score above chance without the answer key, for every question type.
 *
 * <p>A program answers many attempts the way a cheater would without reading: the first choice shown, the
 * smallest value, and the bank positions themselves ("0, 1, 2...", option "a", "true", which is how
 * the papers used to give the answers away). Its mean score per question type must stay at what guessing
 * earns, within a distribution-free (Hoeffding) margin that a fair paper exceeds with probability below one in
 * a million. The bank is written with the worst habits an author can have: the right option always listed
 * first, as "a". Every choice id must be opaque and fresh for each attempt. With the answer key (read on the
 * server from the stored paper), the same channels score 100 %, so the low scores are not a broken submission.
 */
@QuarkusTest
class QuizIntegrityTest {

    private static final int ATTEMPTS_PER_STRATEGY = 12;
    private static final double FALSE_ALARM = 1e-6;
    private static final Pattern OPAQUE = Pattern.compile("[a-z0-9]{12}");

    /** Three questions of each type; multiple and single choice list their right options first, as "a". */
    private static final String BANK = """
            pass_mark: 100
            draw: 15
            questions:
              - id: s1
                type: single
                text: {en: "Single one"}
                options: [{id: a, text: {en: "A"}}, {id: b, text: {en: "B"}}, {id: c, text: {en: "C"}}, {id: d, text: {en: "D"}}]
                correct: [a]
              - id: s2
                type: single
                text: {en: "Single two"}
                options: [{id: a, text: {en: "A"}}, {id: b, text: {en: "B"}}, {id: c, text: {en: "C"}}, {id: d, text: {en: "D"}}]
                correct: [a]
              - id: s3
                type: single
                text: {en: "Single three"}
                options: [{id: a, text: {en: "A"}}, {id: b, text: {en: "B"}}, {id: c, text: {en: "C"}}]
                correct: [a]
              - id: m1
                type: multiple
                text: {en: "Multiple one"}
                options: [{id: a, text: {en: "A"}}, {id: b, text: {en: "B"}}, {id: c, text: {en: "C"}}, {id: d, text: {en: "D"}}]
                correct: [a, b]
              - id: m2
                type: multiple
                text: {en: "Multiple two"}
                options: [{id: a, text: {en: "A"}}, {id: b, text: {en: "B"}}, {id: c, text: {en: "C"}}, {id: d, text: {en: "D"}}]
                correct: [a, b]
              - id: m3
                type: multiple
                text: {en: "Multiple three"}
                options: [{id: a, text: {en: "A"}}, {id: b, text: {en: "B"}}, {id: c, text: {en: "C"}}, {id: d, text: {en: "D"}}, {id: e, text: {en: "E"}}]
                correct: [a, b, c]
              - id: t1
                type: true-false
                text: {en: "True one"}
                answer: true
              - id: t2
                type: true-false
                text: {en: "False one"}
                answer: false
              - id: t3
                type: true-false
                text: {en: "True two"}
                answer: true
              - id: p1
                type: matching
                text: {en: "Match three"}
                pairs:
                  - {left: {en: "L1"}, right: {en: "R1"}}
                  - {left: {en: "L2"}, right: {en: "R2"}}
                  - {left: {en: "L3"}, right: {en: "R3"}}
              - id: p2
                type: matching
                text: {en: "Match four"}
                pairs:
                  - {left: {en: "L1"}, right: {en: "R1"}}
                  - {left: {en: "L2"}, right: {en: "R2"}}
                  - {left: {en: "L3"}, right: {en: "R3"}}
                  - {left: {en: "L4"}, right: {en: "R4"}}
              - id: p3
                type: matching
                text: {en: "Match two"}
                pairs:
                  - {left: {en: "L1"}, right: {en: "R1"}}
                  - {left: {en: "L2"}, right: {en: "R2"}}
              - id: o1
                type: ordering
                text: {en: "Order three"}
                items: [{en: "First"}, {en: "Second"}, {en: "Third"}]
              - id: o2
                type: ordering
                text: {en: "Order four"}
                items: [{en: "First"}, {en: "Second"}, {en: "Third"}, {en: "Fourth"}]
              - id: o3
                type: ordering
                text: {en: "Order three again"}
                items: [{en: "First"}, {en: "Second"}, {en: "Third"}]
            """;

    /** What guessing earns per question, for the one-pick and one-permutation answers below. */
    private static final Map<String, Double> CHANCE = Map.ofEntries(
            Map.entry("s1", 1 / 4.0), // one of n options
            Map.entry("s2", 1 / 4.0),
            Map.entry("s3", 1 / 3.0),
            Map.entry("m1", 1 / 4.0), // one tick: right with probability c/n, then worth 1/c
            Map.entry("m2", 1 / 4.0),
            Map.entry("m3", 1 / 5.0),
            Map.entry("t1", 1 / 2.0),
            Map.entry("t2", 1 / 2.0),
            Map.entry("t3", 1 / 2.0),
            Map.entry("p1", 1 / 3.0), // each left item meets its right item with probability 1/n
            Map.entry("p2", 1 / 4.0),
            Map.entry("p3", 1 / 2.0),
            Map.entry("o1", 1 / 6.0), // one order of n!
            Map.entry("o2", 1 / 24.0),
            Map.entry("o3", 1 / 6.0));

    /** The answers a program derives from what it sees, without the key. */
    enum Strategy {
        /** The first choice shown; for matching and ordering, the order shown. */
        FIRST_SHOWN,
        /** The smallest value; for matching and ordering, the values sorted. */
        SMALLEST_VALUE,
        /** The bank's own values: option "a", "true", positions "0, 1, 2...", as the papers used to show them. */
        BANK_POSITIONS
    }

    /** A question as a program sees it: the choice values in the order shown, and for matching the targets. */
    record Seen(String key, String type, List<String> choices, List<String> targets) {}

    @Inject
    ContentImporter importer;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "quiz-integrity-pages", roles = Roles.TRAINEE)
    void shouldKeepAProgramReadingTheQuizPageAtChanceLevel() {
        String module = publish();
        Scores scores = new Scores();
        Set<String> ids = new HashSet<>();
        for (Strategy strategy : Strategy.values()) {
            for (int i = 0; i < ATTEMPTS_PER_STRATEGY; i++) {
                int number = startAttempt(module);
                List<Seen> paper = readPage(module, number, ids);
                Map<String, List<String>> answers = new HashMap<>();
                paper.forEach(q -> answers.put(q.key(), naive(strategy, q)));
                submitForm(module, number, paper, answers);
                scores.add(strategy, paper, result(module, number));
            }
        }
        scores.assertAtChance("the quiz page");

        int number = startAttempt(module);
        List<Seen> paper = readPage(module, number, ids);
        submitForm(module, number, paper, RightAnswers.ofPaperWith(em, module, number, anId(paper)));
        assertEquals(100.0, result(module, number).getDouble("score"), "with the answer key, the page scores 100 %");
    }

    @Test
    @TestSecurity(user = "quiz-integrity-api", roles = Roles.TRAINEE)
    void shouldKeepAProgramReadingTheQuizApiAtChanceLevel() {
        String module = publish();
        Scores scores = new Scores();
        Set<String> ids = new HashSet<>();
        for (Strategy strategy : Strategy.values()) {
            for (int i = 0; i < ATTEMPTS_PER_STRATEGY; i++) {
                int number = startAttempt(module);
                List<Seen> paper = readApi(module, number, ids);
                Map<String, List<String>> answers = new HashMap<>();
                paper.forEach(q -> answers.put(q.key(), naive(strategy, q)));
                scores.add(strategy, paper, submitJson(module, number, answers));
            }
        }
        scores.assertAtChance("the quiz API");

        int number = startAttempt(module);
        List<Seen> paper = readApi(module, number, ids);
        JsonPath result = submitJson(module, number, RightAnswers.ofPaperWith(em, module, number, anId(paper)));
        assertEquals(100.0, result.getDouble("score"), "with the answer key, the API scores 100 %");
    }

    private String publish() {
        String module = ContentFixture.publishModuleWithQuiz(
                importer, "qi" + UUID.randomUUID().toString().substring(0, 8), BANK);
        given().when().post("/api/learning/modules/" + module + "/start").then().statusCode(200);
        return module;
    }

    private static int startAttempt(String module) {
        return given().when()
                .post("/api/learning/modules/" + module + "/quiz/attempts")
                .then()
                .statusCode(200)
                .extract()
                .path("lesson");
    }

    /** The page's form: every question type, every field named by a key and opaque ids only. */
    private static List<Seen> readPage(String module, int number, Set<String> seenBefore) {
        String html = given().when()
                .get("/learning/modules/" + module + "/quiz/attempts/" + number)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Element form = Jsoup.parse(html).selectFirst("form[data-testid=quiz-form]");
        List<Seen> paper = new ArrayList<>();
        for (Element fieldset : form.select("fieldset.question")) {
            String key = fieldset.attr("data-key");
            String type = fieldset.attr("data-type");
            List<String> choices = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            switch (type) {
                case "matching" -> {
                    fieldset.select("select").forEach(select -> {
                        assertEquals("a-" + key, select.attr("name"));
                        choices.add(select.parent().ownText());
                    });
                    fieldset.select("select").first().select("option").stream()
                            .map(option -> option.attr("value"))
                            .filter(value -> !value.isEmpty())
                            .forEach(targets::add);
                }
                case "ordering" ->
                    fieldset.select("input[type=number]").forEach(input -> {
                        String name = input.attr("name");
                        assertTrue(name.startsWith("o-" + key + "-"), name);
                        choices.add(name.substring(("o-" + key + "-").length()));
                    });
                default ->
                    fieldset.select("input").forEach(input -> {
                        assertEquals("a-" + key, input.attr("name"));
                        choices.add(input.attr("value"));
                    });
            }
            assertOpaqueAndFresh(type.equals("matching") ? targets : choices, seenBefore);
            paper.add(new Seen(key, type, choices, targets));
        }
        for (Element field : form.select("[name]")) {
            String name = field.attr("name");
            assertTrue(
                    name.equals("_csrf")
                            || paper.stream()
                                    .anyMatch(q -> name.equals("a-" + q.key())
                                            || q.choices().stream()
                                                    .anyMatch(id -> name.equals("o-" + q.key() + "-" + id))),
                    "a field named by a question key and an opaque id only: " + name);
            // A label needs an id to point at; it may say only what the field already says (its name, or its
            // place on this paper, which is drawn afresh), never an id of the bank.
            String id = field.attr("id");
            assertTrue(
                    id.isEmpty()
                            || id.equals(name)
                            || id.matches("m-" + java.util.regex.Pattern.quote(name.substring(2)) + "-\\d+"),
                    "no element ids on the form but the field's own name or place: " + field);
        }
        assertCoversEveryType(paper);
        return paper;
    }

    /** The API's paper: nothing but key, type, text and choices of opaque ids. */
    private static List<Seen> readApi(String module, int number, Set<String> seenBefore) {
        JsonPath json = given().when()
                .get("/api/learning/modules/" + module + "/quiz/attempts/" + number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Seen> paper = new ArrayList<>();
        List<Map<String, Object>> questions = json.getList("questions");
        for (int i = 0; i < questions.size(); i++) {
            assertEquals(
                    Set.of("key", "type", "text", "choices", "targets"),
                    questions.get(i).keySet());
            String path = "questions[" + i + "]";
            List<Map<String, Object>> shown = json.getList(path + ".choices");
            shown.forEach(choice -> assertEquals(Set.of("value", "text"), choice.keySet()));
            List<String> choices = json.getList(path + ".choices.value");
            List<String> targets = json.getList(path + ".targets.value");
            assertOpaqueAndFresh(choices, seenBefore);
            assertOpaqueAndFresh(targets, seenBefore);
            paper.add(new Seen(json.getString(path + ".key"), json.getString(path + ".type"), choices, targets));
        }
        assertCoversEveryType(paper);
        return paper;
    }

    /** An id shown on the paper, by which the server finds the attempt's stored paper. */
    private static String anId(List<Seen> paper) {
        Seen first = paper.get(0);
        return first.type().equals("matching")
                ? first.targets().get(0)
                : first.choices().get(0);
    }

    private static void assertOpaqueAndFresh(List<String> values, Set<String> seenBefore) {
        for (String value : values) {
            assertTrue(OPAQUE.matcher(value).matches(), "an opaque id, not a bank id or position: " + value);
            assertTrue(seenBefore.add(value), "a fresh id for every attempt: " + value + " was shown before");
        }
    }

    private static void assertCoversEveryType(List<Seen> paper) {
        assertEquals(
                ContentFixture.questionTypes(),
                paper.stream().map(Seen::type).collect(java.util.stream.Collectors.toSet()),
                "the bank and the paper cover every question type the importer accepts");
    }

    /** The answer a program builds from what it sees. */
    private static List<String> naive(Strategy strategy, Seen q) {
        boolean permutation = q.type().equals("matching") || q.type().equals("ordering");
        List<String> values = q.type().equals("matching") ? q.targets() : q.choices();
        return switch (strategy) {
            case FIRST_SHOWN -> permutation ? values : List.of(values.get(0));
            case SMALLEST_VALUE ->
                permutation
                        ? values.stream().sorted().toList()
                        : List.of(values.stream().sorted().findFirst().orElseThrow());
            case BANK_POSITIONS ->
                switch (q.type()) {
                    case "single", "multiple" -> List.of("a");
                    case "true-false" -> List.of("true");
                    default ->
                        IntStream.range(0, values.size())
                                .mapToObj(String::valueOf)
                                .toList();
                };
        };
    }

    /** Sends answers as the page's form does: ordering as a rank per item field. */
    private static void submitForm(String module, int number, List<Seen> paper, Map<String, List<String>> answers) {
        RequestSpecification form =
                given().cookie("topcop-csrf", "integrity-token").formParam("_csrf", "integrity-token");
        for (Seen q : paper) {
            List<String> answer = answers.get(q.key());
            if (q.type().equals("ordering")) {
                for (int rank = 0; rank < answer.size(); rank++) {
                    form.formParam("o-" + q.key() + "-" + answer.get(rank), String.valueOf(rank + 1));
                }
            } else {
                form.formParam("a-" + q.key(), answer.toArray());
            }
        }
        form.redirects()
                .follow(false)
                .when()
                .post("/learning/modules/" + module + "/quiz/attempts/" + number)
                .then()
                .statusCode(303);
    }

    private static JsonPath submitJson(String module, int number, Map<String, List<String>> answers) {
        return given().contentType("application/json")
                .body(Map.of("answers", answers))
                .when()
                .post("/api/learning/modules/" + module + "/quiz/attempts/" + number + "/submission")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath result(String module, int number) {
        return given().when()
                .get("/api/learning/modules/" + module + "/quiz/attempts/" + number + "/result")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Per strategy and question type, the scores earned and what guessing would have earned. */
    private static final class Scores {

        private final Map<Strategy, Map<String, List<double[]>>> byStrategy = new EnumMap<>(Strategy.class);

        void add(Strategy strategy, List<Seen> paper, JsonPath result) {
            Map<String, String> types = new HashMap<>();
            paper.forEach(q -> types.put(q.key(), q.type()));
            List<Map<String, Object>> outcomes = result.getList("outcomes");
            assertEquals(paper.size(), outcomes.size());
            for (Map<String, Object> outcome : outcomes) {
                String key = (String) outcome.get("key");
                double score = ((Number) outcome.get("score")).doubleValue();
                byStrategy
                        .computeIfAbsent(strategy, s -> new HashMap<>())
                        .computeIfAbsent(types.get(key), t -> new ArrayList<>())
                        .add(new double[] {score, CHANCE.get(key)});
            }
        }

        /**
         * Hoeffding: for n scores in [0, 1] with mean at most the chance level, the observed mean exceeds it by
         * more than sqrt(ln(1/δ) / 2n) with probability below δ. Checked per strategy and per type pooled.
         */
        void assertAtChance(String channel) {
            Map<String, List<double[]>> pooled = new HashMap<>();
            byStrategy.forEach((strategy, byType) -> byType.forEach((type, scores) -> {
                assertBelowChance(channel + ", " + strategy + ", " + type, scores);
                pooled.computeIfAbsent(type, t -> new ArrayList<>()).addAll(scores);
            }));
            pooled.forEach((type, scores) -> assertBelowChance(channel + ", all strategies, " + type, scores));
            assertEquals(ContentFixture.questionTypes(), pooled.keySet());
        }

        private static void assertBelowChance(String what, List<double[]> scores) {
            double mean = scores.stream().mapToDouble(s -> s[0]).average().orElseThrow();
            double chance = scores.stream().mapToDouble(s -> s[1]).average().orElseThrow();
            double margin = Math.sqrt(Math.log(1 / FALSE_ALARM) / (2.0 * scores.size()));
            assertTrue(
                    mean <= chance + margin,
                    what + ": mean score " + mean + " above chance " + chance + " + margin " + margin + " over "
                            + scores.size() + " answers");
        }
    }
}
