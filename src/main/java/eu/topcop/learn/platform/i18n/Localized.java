package eu.topcop.learn.platform.i18n;

import java.util.Map;

/**
 * A text picked in the reader's language from a text per language, with English as the visible fallback:
 * {@code translated} is false when the reader gets English instead of their language.
 */
public record Localized(String text, boolean translated) {

    public static Localized pick(Map<String, String> texts, Language language) {
        if (texts == null || texts.isEmpty()) {
            return new Localized("", true);
        }
        String wanted = texts.get(language.code());
        if (wanted != null) {
            return new Localized(wanted, true);
        }
        String english = texts.get(Language.ENGLISH.code());
        return new Localized(
                english != null ? english : texts.values().iterator().next(), language == Language.ENGLISH);
    }
}
