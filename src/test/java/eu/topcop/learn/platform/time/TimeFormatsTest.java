package eu.topcop.learn.platform.time;

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

/**
 * Templates print dates and times one way, through {@link TimeFormats}, so that every one is in the reader's zone
 * and language: a template that formats a time itself, converts it to a zone, or prints a stored moment raw fails.
 */
class TimeFormatsTest {

    /**
     * Formatting by hand ({@code .format('d MMM', …)}, {@code .atZone(…)}, the page's zone; the page's locale alone formats numbers, not times), or a value
     * whose name says it is a moment or a day printed as it is ({@code {x.createdAt}}), except in machine-readable
     * attributes ({@code datetime="…"}, {@code value="…"}); or a moment's UTC text cut to its day
     * ({@code x.startsAt.toString.substring(0, 10)}).
     */
    private static final Pattern BY_HAND = Pattern.compile("\\.format\\(|\\.atZone\\(|inject:page\\.zone\\b"
            // cmi5's moveOn (its AU's move-on criterion, a word of the specification) names no day.
            + "|(?<!datetime=\")(?<!value=\")\\{[\\w.]*(At|(?<!move)On|Until|Day)\\}"
            + "|(At|On|Until|Day)\\.toString\\b");

    @Test
    void shouldFormatEveryDateAndTimeOfEveryTemplateThroughTheExtension() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = BY_HAND.matcher(lines.get(i));
                    while (m.find()) {
                        found.add(file + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void shouldCatchAFormatByHand() {
        assertEquals(
                true,
                BY_HAND.matcher("{o.startsOn.format('d MMM uuuu', inject:page.locale)}")
                        .find());
        assertEquals(true, BY_HAND.matcher("<td>{m.createdAt}</td>").find());
        assertEquals(
                true,
                BY_HAND.matcher("{e.startsAt.toString.substring(0, 10)}").find(),
                "a moment cut out of its UTC text");
        assertEquals(
                false,
                BY_HAND.matcher("<time datetime=\"{n.createdAt}\">{n.createdAt.local}</time>")
                        .find());
    }
}
