package eu.topcop.learn.platform.privacy;

import java.util.List;

/**
 * What a feature declares about personal data, like a Moodle privacy provider's metadata: each kind of personal
 * data it holds, in which tables, and what becomes of it on erasure; and the tables it owns that hold none. Every
 * table of the schema is declared by exactly one feature (PrivacyDeclarationTest holds that line), so a new table
 * is a question its author must answer.
 */
public record Declaration(String feature, List<Holding> holdings, List<String> tablesWithoutPersonalData) {

    /** One kind of personal data: where it is and its fate. */
    public record Holding(Kind kind, Fate fate, List<String> tables) {
        public Holding {
            tables = List.copyOf(tables);
        }
    }

    public Declaration {
        holdings = List.copyOf(holdings);
        tablesWithoutPersonalData = List.copyOf(tablesWithoutPersonalData);
    }

    public static Holding holding(Kind kind, Fate fate, String... tables) {
        return new Holding(kind, fate, List.of(tables));
    }
}
