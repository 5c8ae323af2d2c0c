package eu.topcop.learn.networks.library;

import java.util.ArrayList;
import java.util.List;

import eu.topcop.learn.networks.needs.NeedMessages;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * The mistakes of one request, each naming its field, with a code that pages turn into the reader's language
 * ({@code library:error_<code>}, given as the reason of the refusal) and an English message for the API's problem+json.
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
            sayIn(LibraryMessages.class);
        }

        /**
         * Says each field's first mistake with the message of its code in {@code bundle}, or else in the library's
         * or the needs' bundle (which share this refusal), so that a page shows it in the reader's language.
         */
        public Refused sayIn(Class<?> bundle) {
            java.util.Set<String> said = new java.util.HashSet<>();
            for (Mistake m : mistakes) {
                if (said.add(m.field())) {
                    say(m, bundle);
                }
            }
            return this;
        }

        private void say(Mistake m, Class<?> first) {
            String key = "error_" + m.code();
            for (Class<?> bundle : List.of(first, LibraryMessages.class, NeedMessages.class)) {
                try {
                    bundle.getMethod(key);
                    because(m.field(), bundle, key);
                    return;
                } catch (NoSuchMethodException e) {
                    // Not this bundle's code.
                }
            }
            because(m.field(), LibraryMessages.class, "error_other");
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
