package eu.topcop.learn.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small content/ tree in a temporary folder: one curriculum and modules, each file replaceable. */
public final class ContentFixture {

    /**
     * Publishes a fresh module with {@code lessons} lessons (and its curriculum) and returns its code, for tests
     * of other features. {@code lessonText} changes the first lesson, to make a new version of the same module.
     */
    public static String publishModule(ContentImporter importer, String prefix, int lessons, String lessonText) {
        ContentFixture fixture = new ContentFixture(prefix);
        String module = prefix + "-mod";
        fixture.withCurriculum(module).withModule(module);
        for (int n = 3; n <= lessons; n++) {
            fixture.write(
                    "area/modules/" + module + "/" + String.format("%02d", n) + "-lesson-" + n + ".en.md",
                    "# Lesson " + n + "\n\nText of lesson " + n + ".\n");
        }
        if (lessonText != null) {
            fixture.write(
                    "area/modules/" + module + "/01-legal-framework.en.md", "# The legal framework\n\n" + lessonText);
        }
        long id = importer.begin("test");
        importer.run(id, fixture.root);
        return module;
    }

    /**
     * Publishes a fresh module with two lessons and the given question bank (quiz.yaml) and returns its code,
     * for tests of the quiz player.
     */
    public static String publishModuleWithQuiz(ContentImporter importer, String prefix, String quizYaml) {
        ContentFixture fixture = new ContentFixture(prefix);
        String module = prefix + "-mod";
        fixture.withCurriculum(module).withModule(module).withQuiz(module, quizYaml);
        long id = importer.begin("test");
        importer.run(id, fixture.root);
        return module;
    }

    /**
     * Publishes a fresh curriculum (with its module) and a knowledge test for it of {@code questions} true-false
     * questions ({@code <prefix>-k1}, ... all true), every one drawn for each paper, so that a test of the gain knows
     * each paper's exact score from how many it answers right. Returns the curriculum's face-to-face course, whose
     * offerings get the test.
     */
    public static String publishKnowledgeTest(ContentImporter importer, String prefix, int questions) {
        ContentFixture fixture = new ContentFixture(prefix);
        String module = prefix + "-mod";
        fixture.withCurriculum(module).withModule(module).withKnowledgeTest(prefix + "-knowledge", questions);
        long id = importer.begin("test");
        importer.run(id, fixture.root);
        return prefix + "-regional";
    }

    /** Every question type a bank may use, as the importer knows them. */
    public static java.util.Set<String> questionTypes() {
        return QuizReader.TYPES;
    }

    final Path root;
    final String prefix;

    ContentFixture(String prefix) {
        this.prefix = prefix;
        try {
            root = Files.createTempDirectory("content-fixture-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture withCurriculum(String... modules) {
        StringBuilder courseModules = new StringBuilder();
        for (String m : modules) {
            courseModules.append(courseModules.isEmpty() ? "" : ", ").append(m);
        }
        return write("area/curriculum.yaml", """
                code: %1$s-curriculum
                title: {en: "Fixture curriculum", ru: "Учебная программа"}
                crime_priorities: [drug-trafficking]
                empact_priorities: [empact-2026-drug-trafficking]
                duration_months: 4
                languages: [en, ru]
                target_audience: {en: "Investigators"}
                aims: {en: "Aims of the fixture"}
                learning_outcomes:
                  - code: %1$s-lo-1
                    text: {en: "Apply the law"}
                    capabilities: [DT-FIN]
                courses:
                  - code: %1$s-ilp
                    type: independent-learning-phase
                    title: {en: "Online phase"}
                    description: {en: "Read the modules"}
                    hours: 6
                    modules: [%2$s]
                    outcomes: [%1$s-lo-1]
                  - code: %1$s-regional
                    type: regional-training
                    title: {en: "Regional training"}
                    description: {en: "Five days together"}
                    hours: 36
                    outcomes: [%1$s-lo-1]
                """.formatted(prefix, courseModules));
    }

    ContentFixture withModule(String code) {
        write("area/modules/" + code + "/module.yaml", """
                code: %s
                title: {en: "Module %s", ru: "Модуль"}
                summary: {en: "What the module is about"}
                crime_priorities: [drug-trafficking]
                outcomes: [%s-lo-1]
                estimated_minutes: 90
                material:
                  - title: {en: "The 1988 Convention"}
                    url: https://www.unodc.org/unodc/en/treaties/illicit-trafficking.html
                """.formatted(code, code, prefix));
        write(
                "area/modules/" + code + "/01-legal-framework.en.md",
                "# The legal framework\n\nThe **1988 Convention** matters.\n");
        write("area/modules/" + code + "/01-legal-framework.ru.md", "# Правовая база\n\nКонвенция **1988 года**.\n");
        write(
                "area/modules/" + code + "/02-cooperation.en.md",
                "# Cooperation\n\n| Body | Role |\n|---|---|\n| Europol | analysis |\n");
        return withQuiz(code, """
                pass_mark: 70
                draw: 2
                questions:
                  - id: q1
                    type: single
                    text: {en: "Which convention?"}
                    options:
                      - {id: a, text: {en: "1961"}}
                      - {id: b, text: {en: "1988"}}
                    correct: [b]
                    feedback: {en: "The 1988 one."}
                  - id: q2
                    type: true-false
                    text: {en: "Europol arrests people."}
                    answer: false
                  - id: q3
                    type: ordering
                    text: {en: "Order the steps."}
                    items:
                      - {en: "Plan"}
                      - {en: "Act"}
                      - {en: "Evaluate"}
                """);
    }

    /** A knowledge test of this fixture's curriculum with {@code questions} true-false questions, all drawn. */
    ContentFixture withKnowledgeTest(String code, int questions) {
        StringBuilder bank = new StringBuilder();
        for (int n = 1; n <= questions; n++) {
            bank.append("""
                      - id: %1$s-k%2$d
                        type: true-false
                        text: {en: "Statement %2$d is true.", ru: "Утверждение %2$d верно."}
                        answer: true
                    """.formatted(prefix, n));
        }
        return withKnowledgeTest(code, """
                code: %s
                title: {en: "Knowledge test of the fixture", ru: "Тест знаний"}
                curriculum: %s-curriculum
                draw: %d
                time_limit_minutes: 20
                questions:
                """.formatted(code, prefix, questions) + bank);
    }

    ContentFixture withKnowledgeTest(String code, String yaml) {
        return write("evaluation/knowledge-tests/" + code + ".yaml", yaml);
    }

    ContentFixture withQuiz(String module, String yaml) {
        return write("area/modules/" + module + "/quiz.yaml", yaml);
    }

    ContentFixture write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture delete(String relative) {
        try {
            Files.deleteIfExists(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
