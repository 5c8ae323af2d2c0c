package eu.topcop.learn.networks.library;

import java.util.ArrayList;
import java.util.List;

import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * The mistakes of one request, each naming its field, with a code that pages turn into the reader's language
 * ({@code library:error_<code>}) and an English message for the API's problem+json.
 */
public final class LibraryProblems {

    /** One mistake: the field, the code of what is wrong, and the English message. */
    public record Mistake(String field, String code, String message) {}

    /** Refused input: problem+json names each field on the API; pages show each in the reader's language. */
    public static class Refused extends DomainException.Invalid {
        private final List<Mistake> mistakes;

        Refused(List<Mistake> mistakes) {
            super(
                    "The document has mistakes",
                    mistakes.stream()
                            .map(m -> new Problem.FieldError(m.field(), m.message()))
                            .toList());
            this.mistakes = List.copyOf(mistakes);
        }

        public List<Mistake> mistakes() {
            return mistakes;
        }
    }

    private final List<Mistake> mistakes = new ArrayList<>();

    public void add(String field, String code, String message) {
        mistakes.add(new Mistake(field, code, message));
    }

    public boolean isEmpty() {
        return mistakes.isEmpty();
    }

    /** Throws when anything was wrong, so that nothing is written. */
    public void throwIfAny() {
        if (!mistakes.isEmpty()) {
            throw new Refused(mistakes);
        }
    }

    /** The single mistake of a request that has only one field. */
    public static Refused of(String field, String code, String message) {
        LibraryProblems problems = new LibraryProblems();
        problems.add(field, code, message);
        return new Refused(problems.mistakes);
    }
}
