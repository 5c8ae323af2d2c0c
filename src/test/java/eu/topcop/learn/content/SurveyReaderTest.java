package eu.topcop.learn.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A survey instrument is read whole or refused with every problem named by file and line. */
class SurveyReaderTest {

    private static final String FILE = "content/evaluation/surveys/pulse.yaml";

    private static final String VALID = """
            code: pulse
            level: reaction
            respondent: participant
            anonymous: true
            title: {en: Pulse, ru: Пульс}
            scales:
              agreement:
                - {en: No}
                - {en: Rather no}
                - {en: Rather yes}
                - {en: Yes}
            sections:
              - code: main
                title: {en: Main}
                questions:
                  - code: useful
                    type: likert
                    scale: agreement
                    text: {en: It was useful}
                  - code: overall
                    type: rating
                    measure: reaction
                    text: {en: Overall}
                  - code: why
                    type: text
                    required: false
                    text: {en: "Why?"}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldReadAValidInstrumentWithItsScaleResolvedIntoTheQuestion() throws IOException {
        Problems problems = new Problems();
        SurveyInstrument read =
                SurveyReader.read(write(VALID), FILE, "pulse", problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals(4, read.question("useful").orElseThrow().points().size());
        assertEquals(
                "overall",
                read.measure(SurveyInstrument.MEASURE_REACTION).orElseThrow().code());
        assertTrue(read.anonymous());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown type | type: likert\\n        scale: agreement\\n        text: {en: It was useful} | type: essay\\n        text: {en: It was useful} | 17: 'type' is 'essay'",
                "undefined scale | scale: agreement | scale: frequency | 18: scale 'frequency' is not defined",
                "no English | title: {en: Pulse, ru: Пульс} | title: {ru: Пульс} | 5: 'title' has no English (en) text",
                "code unlike file | code: pulse | code: other | 1: 'code' is 'other' but the file is named pulse.yaml",
                "no measure | measure: reaction\\n | \\n | 1: a reaction survey needs exactly one question with 'measure: reaction', not 0",
            })
    void shouldRefuseABrokenInstrumentNamingFileAndLine(String kind, String from, String to, String expected)
            throws IOException {
        String text = VALID.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        Problems problems = new Problems();
        SurveyReader.read(write(text), FILE, "pulse", problems);
        List<String> listed =
                problems.list().stream().map(ContentProblem::toString).toList();
        assertTrue(
                listed.stream().anyMatch(p -> p.startsWith(FILE + ":" + expected)),
                kind + ": expected " + FILE + ":" + expected + " in " + listed);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("pulse.yaml");
        Files.writeString(file, text);
        return file;
    }
}
