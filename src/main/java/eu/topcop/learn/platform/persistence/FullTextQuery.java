package eu.topcop.learn.platform.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a reader typed in the search box, made safe for MariaDB: words of three letters or more become a
 * boolean full-text query where every word must match as a prefix ({@code +firearm* +moldov*}); the full-text
 * index skips shorter words, so a search of only short words ("EU") falls back to a substring match.
 * Operators the reader typed are dropped, never passed on. The catalogue and the library search this way.
 */
public record FullTextQuery(String words, String fragment) {

    /** InnoDB's default innodb_ft_min_token_size. */
    private static final int MIN_WORD = 3;

    private static final int MAX_WORDS = 8;

    public static FullTextQuery of(String text) {
        if (text == null || text.isBlank()) {
            return new FullTextQuery(null, null);
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.codePointCount(0, w.length()) >= MIN_WORD)
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        if (!words.isEmpty()) {
            return new FullTextQuery(
                    String.join(" ", words.stream().map(w -> "+" + w + "*").toList()), null);
        }
        String fragment = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return new FullTextQuery(null, "%" + fragment + "%");
    }
}
