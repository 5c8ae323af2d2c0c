package eu.topcop.learn.platform.privacy;

import jakarta.persistence.EntityManager;

/**
 * The two ways a kept record stops naming an erased person, for the features' {@link PersonalData#erase}: a column
 * that holds their username (who decided, who recorded) takes the pseudonym; a free text that mentions their name,
 * username or e-mail has each mention replaced by the pseudonym.
 */
public final class Scrub {

    private Scrub() {}

    /** {@code UPDATE table SET column = pseudonym WHERE column = value}: an actor column naming the person. */
    public static int value(EntityManager em, String table, String column, String value, String pseudonym) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        return em.createNativeQuery(
                        "UPDATE " + table + " SET " + column + " = :pseudonym WHERE " + column + " = :value")
                .setParameter("pseudonym", pseudonym)
                .setParameter("value", value)
                .executeUpdate();
    }

    /**
     * Replaces every mention of the person in a free-text column, whatever the letter case, and only as whole
     * words (a username {@code ana} leaves {@code analysis} alone). Rows are found with the column's collation,
     * which also ignores case, so the scan that checks erasure finds what this misses.
     */
    public static int mentions(EntityManager em, String table, String column, PersonRef person, String pseudonym) {
        int changed = 0;
        for (String word : person.identifiers()) {
            changed += em.createNativeQuery("UPDATE " + table + " SET " + column + " = REGEXP_REPLACE(" + column
                            + ", :pattern, :pseudonym) WHERE " + column + " LIKE :like ESCAPE '!'")
                    .setParameter("pattern", wholeWord(word))
                    .setParameter("pseudonym", pseudonym)
                    .setParameter("like", "%" + likeLiteral(word) + "%")
                    .executeUpdate();
        }
        return changed;
    }

    /**
     * A PCRE pattern for the word as a whole word, case-insensitive; every sign but letters and digits escaped. A
     * hyphen or full stop may follow it (a case ending such as Georgian {@code Tamuna-მ}, the end of a sentence);
     * what may not is a letter, a digit, {@code _} or {@code @} (another word, another address).
     */
    static String wholeWord(String word) {
        StringBuilder pattern = new StringBuilder("(?i)(?<![\\p{L}\\p{N}_.@-])");
        word.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c) && c < 128) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.append("(?![\\p{L}\\p{N}_@])").toString();
    }

    static String likeLiteral(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
