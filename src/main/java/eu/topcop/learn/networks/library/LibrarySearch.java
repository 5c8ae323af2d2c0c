package eu.topcop.learn.networks.library;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a reader typed in the library's search box, made safe for MariaDB as the catalogue does: words of three
 * letters or more become a boolean full-text query where every word must match as a prefix; a search of only short
 * words falls back to a substring match. Operators the reader typed are dropped, never passed on.
 */
record LibrarySearch(String words, String fragment) {

    private static final int MIN_WORD = 3;

    private static final int MAX_WORDS = 8;

    static LibrarySearch of(String text) {
        if (text == null || text.isBlank()) {
            return new LibrarySearch(null, null);
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.codePointCount(0, w.length()) >= MIN_WORD)
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        if (!words.isEmpty()) {
            return new LibrarySearch(
                    String.join(" ", words.stream().map(w -> "+" + w + "*").toList()), null);
        }
        String fragment = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return new LibrarySearch(null, "%" + fragment + "%");
    }
}
