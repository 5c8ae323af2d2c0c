package eu.topcop.learn.platform.i18n;

import io.quarkus.qute.TemplateExtension;

/**
 * A language code as its readers know it, on every page that shows one ("Русский", not "ru"): its own name, as the
 * language switcher shows it. A code the LMS does not speak stays as it is.
 */
@TemplateExtension
public final class LanguageNames {

    private LanguageNames() {}

    /** {@code {code.languageName}} in templates. */
    static String languageName(String code) {
        return Language.of(code).map(Language::name).orElse(code == null ? "" : code);
    }
}
