package eu.topcop.learn.platform.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** People read a country's name in their own language, never its ISO code ("(GE)"). */
class CountryNamesTest {

    /**
     * A country code printed as text: {@code {x.country}}, {@code {x.hostCountry ?: '—'}}, {@code {x.countryCode}},
     * except as an attribute's value or in an address (data-country="…", ?country=…) where it is data, not text.
     */
    private static final Pattern PRINTED_CODE =
            Pattern.compile("(?<![=\"/])\\{[\\w.]*\\.(country|[a-z]+Country|countryCode)( \\?:[^}]*)?\\}");

    @Test
    void shouldNameACountryInTheReadersLanguage() {
        assertEquals("Georgia", CountryNames.of("GE", Locale.ENGLISH));
        assertEquals("Грузия", CountryNames.of("GE", Locale.forLanguageTag("ru")));
        assertEquals("საქართველო", CountryNames.of("GE", Locale.forLanguageTag("ka")));
        assertEquals("Հայաստան", CountryNames.of("AM", Locale.forLanguageTag("hy")));
        assertEquals("Gürcüstan", CountryNames.of("GE", Locale.forLanguageTag("az")));
        assertEquals("Germania", CountryNames.of("DE", Locale.forLanguageTag("ro")));
        assertEquals("Україна", CountryNames.of("UA", Locale.forLanguageTag("uk")));
        assertEquals("", CountryNames.of(null, Locale.ENGLISH), "no country, no name");
    }

    @Test
    void shouldPrintNoCountryCodeAsTextInAnyTemplate() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                // Addresses carry codes: they are data, not text.
                String text = Files.readString(file).replaceAll("(href|action|hx-get|hx-post|src)=\"[^\"]*\"", "");
                Matcher m = PRINTED_CODE.matcher(text);
                while (m.find()) {
                    found.add(file + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
