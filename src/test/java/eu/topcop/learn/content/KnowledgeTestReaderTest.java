package eu.topcop.learn.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A knowledge test is read whole, its questions as a quiz's, or refused with every problem named by file and line. */
class KnowledgeTestReaderTest {

    private static final String FILE = "content/evaluation/knowledge-tests/piracy-knowledge.yaml";

    private static final String VALID = """
            code: piracy-knowledge
            title: {en: "Knowledge test: piracy", ru: "Тест знаний: пиратство"}
            curriculum: piracy-curriculum
            draw: 2
            time_limit_minutes: 15
            questions:
              - id: pk-convention
                type: single
                text: {en: "Which convention defines piracy?"}
                options:
                  - {id: a, text: {en: "UNCLOS"}}
                  - {id: b, text: {en: "SOLAS"}}
                correct: [a]
              - id: pk-high-seas
                type: true-false
                text: {en: "Piracy happens on the high seas."}
                answer: true
              - id: pk-steps
                type: ordering
                text: {en: "Order the steps."}
                items:
                  - {en: "Detect"}
                  - {en: "Board"}
                  - {en: "Hand over"}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldReadAValidTestWithItsQuestionsAsAQuizReadsThem() throws IOException {
        Problems problems = new Problems();
        KnowledgeTestDraft read = KnowledgeTestReader.read(write(VALID), FILE, "piracy-knowledge", problems)
                .orElseThrow();
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals("piracy-curriculum", read.curriculum().value());
        assertEquals(3, read.curriculum().line());
        assertEquals(2, read.draw());
        assertEquals(15, read.timeLimitMinutes());
        assertEquals(
                List.of("pk-convention", "pk-high-seas", "pk-steps"),
                read.questions().stream().map(ModuleDraft.Question::key).toList());
        assertEquals(7, read.questions().get(0).line(), "each question knows its line, for problems across files");
        assertEquals(List.of("a"), read.questions().get(0).definition().get("correct"));
    }

    @Test
    void shouldReadATestWithoutATimeLimit() throws IOException {
        Problems problems = new Problems();
        KnowledgeTestDraft read = KnowledgeTestReader.read(
                        write(VALID.replace("time_limit_minutes: 15\n", "")), FILE, "piracy-knowledge", problems)
                .orElseThrow();
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertNull(read.timeLimitMinutes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "code unlike file | code: piracy-knowledge | code: other-knowledge | 1: 'code' is 'other-knowledge' but the file is named piracy-knowledge.yaml",
                "draw larger than the bank | draw: 2 | draw: 4 | 4: 'draw' is 4 but the bank has only 3 questions",
                "a pass mark | draw: 2 | draw: 2\\npass_mark: 70 | 5: a knowledge test is taken once and neither passed nor failed: it has no 'pass_mark'",
                "attempts | draw: 2 | draw: 2\\nmax_attempts: 3 | 5: a knowledge test is taken once and neither passed nor failed: it has no 'max_attempts'",
                "no curriculum | curriculum: piracy-curriculum\\n | \\n | 1: missing 'curriculum'",
                "curriculum not a code | curriculum: piracy-curriculum | curriculum: Piracy Curriculum | 3: 'curriculum' must be a code",
                "no English title | title: {en: \"Knowledge test: piracy\", ru: \"Тест знаний: пиратство\"} | title: {ru: \"Тест знаний: пиратство\"} | 2: 'title' has no English (en) text",
                "unknown key | time_limit_minutes: 15 | time_limit: 15 | 5: unknown key 'time_limit'",
                "unknown question type | type: true-false | type: essay | 15: unknown question type 'essay'",
                "question id twice | id: pk-high-seas | id: pk-convention | 14: question id 'pk-convention' is used twice",
                "correct option missing | correct: [a] | correct: [c] | 13: option 'c' is marked correct but does not exist",
            })
    void shouldRefuseABrokenTestNamingFileAndLine(String kind, String from, String to, String expected)
            throws IOException {
        String text = VALID.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        Problems problems = new Problems();
        KnowledgeTestReader.read(write(text), FILE, "piracy-knowledge", problems);
        List<String> listed =
                problems.list().stream().map(ContentProblem::toString).toList();
        assertTrue(
                listed.stream().anyMatch(p -> p.startsWith(FILE + ":" + expected)),
                kind + ": expected " + FILE + ":" + expected + " in " + listed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"drugs-knowledge", "thb-knowledge"})
    void shouldReadEveryShippedTestWithoutAProblem(String code) {
        String file = "content/evaluation/knowledge-tests/" + code + ".yaml";
        Problems problems = new Problems();
        KnowledgeTestDraft read =
                KnowledgeTestReader.read(Path.of(file), file, code, problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertTrue(read.questions().size() >= read.draw(), code + " draws from a bank at least as large");
        assertEquals(
                QuizReader.TYPES,
                read.questions().stream().map(ModuleDraft.Question::type).collect(java.util.stream.Collectors.toSet()),
                code + " uses every question type");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("piracy-knowledge.yaml");
        Files.writeString(file, text);
        return file;
    }
}
