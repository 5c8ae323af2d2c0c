package eu.topcop.learn.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the LMS speaks. The name is the language's own name (endonym), the same on every page, so a
 * reader finds their language whatever language the page is in.
 */
public record Language(String code, String name) {

    public static final Language ENGLISH = new Language("en", "English");

    /** The partners' languages, as configured in {@code quarkus.locales}. */
    public static final List<Language> SUPPORTED = List.of(
            ENGLISH,
            new Language("ru", "Русский"),
            new Language("uk", "Українська"),
            new Language("ka", "ქართული"),
            new Language("hy", "Հայերեն"),
            new Language("az", "Azərbaycan dili"),
            new Language("ro", "Română"));

    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().filter(l -> l.code.equals(wanted)).findFirst();
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
