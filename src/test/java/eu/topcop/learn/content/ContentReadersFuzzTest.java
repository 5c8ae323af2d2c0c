package eu.topcop.learn.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.topcop.learn.catalogue.CurriculumDraft.KnownCodes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content importer's readers on any bytes (module.yaml, quiz.yaml and curriculum.yaml, which content
 * authors write by hand; quiz.yaml read as a knowledge test too): they only ever report problems that name the file and a line, and never throw. A
 * module either reads or has problems. Fuzzed by Jazzer in the build's "fuzz" execution (see pom.xml), from
 * the committed inputs in ContentReadersFuzzTestInputs/, which start from shipped content.
 */
class ContentReadersFuzzTest {

    private static final String MODULE_FOLDER = "area/modules/fz-mod";
    private static final KnownCodes KNOWN = new KnownCodes(
            Set.of("drug-trafficking", "firearms-trafficking"),
            Set.of("empact-2026-drug-trafficking"),
            Set.of("independent-learning-phase", "regional-training"));

    private static final Path ROOT = temporaryContent();
    private static final Path MODULE = ROOT.resolve(MODULE_FOLDER);
    private static final ModuleReader READER = new ModuleReader(new MarkdownRenderer());

    /**
     * The input is module.yaml, quiz.yaml and curriculum.yaml, separated by NUL bytes. (Dictionary entries hold
     * no quotes or line breaks: libFuzzer's dictionary format would need them escaped.)
     */
    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({
        "code: ",
        "title: {en: ",
        "questions:",
        "- id: ",
        "type: single",
        "type: multiple",
        "type: true-false",
        "type: matching",
        "type: ordering",
        "options:",
        "correct: [",
        "pairs:",
        "items:",
        "answer: ",
        "pass_mark: ",
        "draw: ",
        "courses:",
        "modules: [",
        "&a ",
        "*a",
        "!!binary ",
        "{en: ",
        "}"
    })
    void shouldReportOnlyProblemsNamingFileAndLine(byte[] input) throws IOException {
        List<byte[]> files = split(input, 3);
        Files.write(MODULE.resolve("module.yaml"), files.get(0));
        Files.write(MODULE.resolve("quiz.yaml"), files.get(1));
        Files.write(ROOT.resolve("area/curriculum.yaml"), files.get(2));

        ModuleReader.Result module = READER.read(MODULE, MODULE_FOLDER);
        assertTrue(module.module().isPresent() != !module.problems().isEmpty(), "a module or problems");
        module.problems().forEach(p -> assertNamesFileAndLine(p, MODULE_FOLDER));

        Problems quiz = new Problems();
        QuizReader.read(MODULE.resolve("quiz.yaml"), MODULE_FOLDER + "/quiz.yaml", quiz);
        quiz.list().forEach(p -> assertNamesFileAndLine(p, MODULE_FOLDER + "/quiz.yaml"));

        // A knowledge test is a question bank under another header: the same bytes read as one.
        Problems knowledgeTest = new Problems();
        var test = KnowledgeTestReader.read(
                MODULE.resolve("quiz.yaml"), "evaluation/knowledge-tests/fz.yaml", "fz", knowledgeTest);
        assertFalse(test.isPresent() && test.get().questions().isEmpty() && knowledgeTest.isEmpty(), "an empty bank");
        knowledgeTest.list().forEach(p -> assertNamesFileAndLine(p, "evaluation/knowledge-tests/fz.yaml"));

        Problems curriculum = new Problems();
        CurriculumReader.read(ROOT.resolve("area/curriculum.yaml"), "area/curriculum.yaml", KNOWN, curriculum);
        curriculum.list().forEach(p -> assertNamesFileAndLine(p, "area/curriculum.yaml"));
    }

    private static void assertNamesFileAndLine(ContentProblem problem, String file) {
        assertTrue(problem.file().startsWith(file), problem.toString());
        assertTrue(problem.line() >= 0, problem.toString());
        assertFalse(problem.message() == null || problem.message().isBlank(), problem.toString());
    }

    private static List<byte[]> split(byte[] input, int parts) {
        List<byte[]> files = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < input.length && files.size() < parts - 1; i++) {
            if (input[i] == 0) {
                files.add(java.util.Arrays.copyOfRange(input, from, i));
                from = i + 1;
            }
        }
        files.add(java.util.Arrays.copyOfRange(input, from, input.length));
        while (files.size() < parts) {
            files.add(new byte[0]);
        }
        return files;
    }

    private static Path temporaryContent() {
        try {
            // In memory where Linux offers it: three small writes per input would otherwise cost more than reading.
            Path shm = Path.of("/dev/shm");
            Path root = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "content-fuzz-")
                    : Files.createTempDirectory("content-fuzz-");
            Path module = Files.createDirectories(root.resolve(MODULE_FOLDER));
            Files.writeString(module.resolve("01-intro.en.md"), "# Intro\n\nText.\n", StandardCharsets.UTF_8);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
