package eu.topcop.learn.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No hard-coded words in templates: every text a reader sees comes from the message bundles or from data,
 * so that all seven languages stay complete.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Qute sections, expressions and comments, removed before looking for words. */
    private static final Pattern QUTE =
            Pattern.compile("\\{!.*?!\\}|\\{[#/@a-zA-Z!][^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", Pattern.DOTALL);

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder", "value");

    @Test
    void shouldHaveNoHardCodedTextInTemplates() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String source = QUTE.matcher(Files.readString(file, StandardCharsets.UTF_8))
                        .replaceAll(" ");
                Document document = Jsoup.parse(source);
                for (Element element : document.getAllElements()) {
                    if (element.tagName().equals("script") || element.tagName().equals("style")) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        if (WORD.matcher(text.text()).find()) {
                            findings.add(TEMPLATES.relativize(file) + ": text \""
                                    + text.text().trim() + "\"");
                        }
                    }
                    element.attributes().forEach(attribute -> {
                        if (TEXT_ATTRIBUTES.contains(attribute.getKey())
                                && shown(element, attribute.getKey())
                                && WORD.matcher(attribute.getValue()).find()) {
                            findings.add(TEMPLATES.relativize(file) + ": attribute " + attribute.getKey() + "=\""
                                    + attribute.getValue() + "\"");
                        }
                    });
                }
            }
        }
        assertTrue(findings.isEmpty(), "Hard-coded text; use {msg:...}: " + findings);
    }

    /** A section that tests a figure alone, such as {#if c.coverage}: the name says it holds a number. */
    private static final Pattern FIGURE_AS_CONDITION = Pattern.compile(
            "\\{#(?:if|else if) ([a-zA-Z_.]*(?:[Pp]ercent|[Cc]overage|[Gg]ain|[Ss]core|[Rr]ate|[Aa]verage))\\}");

    /**
     * Qute takes a number of zero as false: {@code {#if coverage}} shows "no figure" for a coverage of 0 %, which
     * is a figure, and often the most important one. A figure that may be missing is compared with null instead.
     */
    @Test
    void shouldCompareAFigureWithNullRatherThanTestItsTruth() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                var matcher = FIGURE_AS_CONDITION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    findings.add(TEMPLATES.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertTrue(findings.isEmpty(), "A zero would read as missing; write {#if x != null}: " + findings);
        assertTrue(FIGURE_AS_CONDITION.matcher("{#if c.coveragePercent}").find(), "the check finds the pattern");
    }

    /** A value is read by people only on buttons; radio, option and hidden values are codes sent back. */
    private static boolean shown(Element element, String attribute) {
        if (!attribute.equals("value")) {
            return true;
        }
        String type = element.attr("type");
        return element.tagName().equals("input")
                && Set.of("submit", "button", "reset").contains(type);
    }

    @Test
    void shouldDetectHardCodedText() {
        String source =
                QUTE.matcher("<p>{msg:sign_in} Sign out</p><img alt=\"Logo\">").replaceAll(" ");
        Document document = Jsoup.parse(source);
        assertTrue(WORD.matcher(document.select("p").first().ownText()).find());
        assertTrue(WORD.matcher(document.select("img").attr("alt")).find());
    }
}
