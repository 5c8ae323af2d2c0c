package eu.topcop.learn.lrs;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The xAPI scopes a client may hold (xAPI 1.0.3 Communication 4.2, the OAuth scope list), as the specification
 * words them. A broader scope includes narrower ones: {@code all} everything, {@code all/read} every read,
 * {@code statements/read} the reading of one's own statements ({@code statements/read/mine}).
 */
public enum Scope {
    STATEMENTS_WRITE("statements/write"),
    STATEMENTS_READ("statements/read"),
    STATEMENTS_READ_MINE("statements/read/mine"),
    ALL_READ("all/read"),
    ALL("all"),
    STATE("state"),
    DEFINE("define"),
    PROFILE("profile");

    public final String value;

    Scope(String value) {
        this.value = value;
    }

    public static Optional<Scope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    /** Whether a client holding {@code held} may do what {@code this} scope allows. */
    public boolean grantedBy(Set<Scope> held) {
        if (held.contains(this) || held.contains(ALL)) {
            return true;
        }
        return switch (this) {
            case STATEMENTS_READ -> held.contains(ALL_READ);
            case STATEMENTS_READ_MINE -> held.contains(STATEMENTS_READ) || held.contains(ALL_READ);
            default -> false;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
