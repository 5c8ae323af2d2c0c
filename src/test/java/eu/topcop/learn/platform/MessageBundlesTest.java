package eu.topcop.learn.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.topcop.learn.platform.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seven bundles say the same things: no key missing or extra, the same parameters, nothing empty. */
class MessageBundlesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)\\}");

    /** The message bundles: the platform's and enrolment's (a bundle per feature keeps generated code small). */
    private static final List<String> BUNDLES = List.of(
            "msg",
            "enrol",
            "learn",
            "trainers",
            "exchange",
            "privacy",
            "insight",
            "dash",
            "evaluation",
            "results",
            "networks",
            "library",
            "lrs",
            "cmi5",
            "discussions",
            "needs",
            "subscriptions",
            "home",
            "time");

    @Test
    void shouldHaveABundleForEverySupportedLanguageAndNoOther() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(MESSAGES)) {
            list.forEach(p -> files.add(p.getFileName().toString()));
        }
        Set<String> expected = new TreeSet<>();
        for (String bundle : BUNDLES) {
            Language.SUPPORTED.forEach(l -> expected.add(bundle + "_" + l.code() + ".properties"));
        }
        assertEquals(expected, files);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "uk", "ka", "hy", "az", "ro"})
    void shouldHaveExactlyTheEnglishKeysWithTheSameParameters(String language) throws IOException {
        for (String bundle : BUNDLES) {
            String file = bundle + "_" + language + ".properties";
            Map<String, String> english = load(bundle, "en");
            Map<String, String> translated = load(bundle, language);
            Set<String> missing = new TreeSet<>(english.keySet());
            missing.removeAll(translated.keySet());
            Set<String> extra = new TreeSet<>(translated.keySet());
            extra.removeAll(english.keySet());
            assertTrue(missing.isEmpty(), file + " lacks " + missing);
            assertTrue(extra.isEmpty(), file + " has keys English lacks: " + extra);
            List<String> wrong = new ArrayList<>();
            english.forEach((key, value) -> {
                String other = translated.get(key);
                if (other.isBlank()) {
                    wrong.add(key + " is empty");
                } else if (!parameters(value).equals(parameters(other))) {
                    wrong.add(key + " has parameters " + parameters(other) + " instead of " + parameters(value));
                }
            });
            assertTrue(wrong.isEmpty(), file + ": " + wrong);
        }
    }

    private static Set<String> parameters(String message) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(message);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Map<String, String> load(String language) throws IOException {
        return load("msg", language);
    }

    static Map<String, String> load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                MESSAGES.resolve(bundle + "_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
