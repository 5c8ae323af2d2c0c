package eu.topcop.learn.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The mistakes of one request as a service finds them, each named twice where it is born: in English for the API
 * and the log, and by a message of the feature's bundle for the pages, so the reason travels with the refusal
 * ({@link DomainException#because}) and no page has to guess it back from the English.
 */
public final class Mistakes {

    private record Said(Problem.FieldError error, String key, String[] args) {}

    private final Class<?> bundle;
    private final List<Said> said = new ArrayList<>();

    /** Mistakes put into words by the messages of {@code bundle} (a Qute message bundle taking Strings). */
    public Mistakes(Class<?> bundle) {
        this.bundle = bundle;
    }

    /** {@code field} is refused: {@code english} for the API, the bundle's {@code key} with {@code args} for pages. */
    public Mistakes add(String field, String english, String key, String... args) {
        said.add(new Said(new Problem.FieldError(field, english), key, args));
        return this;
    }

    public boolean isEmpty() {
        return said.isEmpty();
    }

    /** Refuses the request with every mistake if there is one; a field shows the reason of its first mistake. */
    public void refuse(String message) {
        if (isEmpty()) {
            return;
        }
        DomainException.Invalid refused = new DomainException.Invalid(
                message, said.stream().map(Said::error).toList());
        for (Said one : said) {
            if (refused.reason(one.error().field()).isEmpty()) {
                refused.because(one.error().field(), bundle, one.key(), one.args());
            }
        }
        throw refused;
    }
}
