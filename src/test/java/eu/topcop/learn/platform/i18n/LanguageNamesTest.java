package eu.topcop.learn.platform.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** People read a language's name, never its code: every template that prints a language prints its name. */
class LanguageNamesTest {

    /** A language code printed as text: {@code {x.language}}, except inside lang="…" or value="…". */
    private static final Pattern PRINTED_CODE = Pattern.compile("(?<!lang=\")(?<!value=\")\\{[\\w.]*\\.language\\}");

    @Test
    void shouldNameALanguageInItsOwnWords() {
        assertEquals("Русский", LanguageNames.languageName("ru"));
        assertEquals("ქართული", LanguageNames.languageName("ka"));
        assertEquals("de", LanguageNames.languageName("de"), "a language the LMS does not speak stays as it is");
    }

    @Test
    void shouldPrintNoLanguageCodeAsTextInAnyTemplate() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = PRINTED_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(file + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
