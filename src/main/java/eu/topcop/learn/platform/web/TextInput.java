package eu.topcop.learn.platform.web;

import java.util.Optional;

/**
 * The one rule for text that people send, from the API and from forms: letters, digits, punctuation, tabs and
 * line breaks. Other control characters (NUL, escape, the C1 range) and unpaired surrogates are refused: they are
 * never typed, they break the pages, CSV and PDF they would be shown in, and NUL cuts strings short in many tools.
 */
public final class TextInput {

    private TextInput() {}

    /** What is wrong with the text, or empty when it may be stored. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("contains an invalid character (an unpaired surrogate) at position " + (i + 1));
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format(
                        "contains a control character (U+%04X) at position %d; remove it", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }
}
