package eu.topcop.learn.platform.web;

/**
 * A request that breaks a rule of the domain. Features throw the subclasses; {@link ErrorMappers} answers
 * them in one place as problem+json (API) or a friendly page.
 */
public abstract class DomainException extends RuntimeException {

    /** A reason put into words by a message of a bundle, so that a page can say it in the reader's language. */
    public record Reason(Class<?> bundle, String key, java.util.List<String> args) {}

    private final java.util.Map<String, Reason> reasons = new java.util.LinkedHashMap<>();

    protected DomainException(String message) {
        super(message);
    }

    /**
     * Says why {@code field} is refused with the message {@code key} of the {@code bundle} (a Qute message bundle
     * whose method takes the {@code args} as Strings). The English message stays for the API and the log.
     */
    public DomainException because(String field, Class<?> bundle, String key, String... args) {
        reasons.put(field == null ? "" : field, new Reason(bundle, key, java.util.List.of(args)));
        return this;
    }

    /**
     * Says why each refused field that {@code keyByField} names is refused, with the message of the {@code bundle}
     * under the field's key: for a feature whose pages say what a field needs rather than which rule it broke. A
     * field keeps a reason given to it before; a field without a key keeps the generic reason.
     */
    public DomainException because(Class<?> bundle, java.util.Map<String, String> keyByField) {
        for (String field : fields()) {
            String key = keyByField.get(field);
            if (key != null && !reasons.containsKey(field)) {
                reasons.put(field, new Reason(bundle, key, java.util.List.of()));
            }
        }
        return this;
    }

    /** The fields this refusal is about (none when it is about the whole request). */
    protected java.util.List<String> fields() {
        return java.util.List.of();
    }

    /** The reason given for {@code field} with {@link #because}, if one was. */
    public java.util.Optional<Reason> reason(String field) {
        return java.util.Optional.ofNullable(reasons.get(field == null ? "" : field));
    }

    /** The HTTP status that says what went wrong. */
    public abstract int status();

    /** Nothing with that identifier exists (or the requester may not know that it does). */
    public static class NotFound extends DomainException {
        public NotFound(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 404;
        }
    }

    /** The request conflicts with the current state, for example a change made in the meantime. */
    public static class Conflict extends DomainException {
        public Conflict(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 409;
        }
    }

    /** Well-formed, but a business rule refuses it. */
    public static class RuleViolation extends DomainException {
        private final String field;

        public RuleViolation(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }

        @Override
        protected java.util.List<String> fields() {
            return field == null ? java.util.List.of() : java.util.List.of(field);
        }

        @Override
        public int status() {
            return 422;
        }
    }

    /** Well-formed, but several fields break rules; each is named with what is wrong. */
    public static class Invalid extends DomainException {
        private final java.util.List<Problem.FieldError> errors;

        public Invalid(String message, java.util.List<Problem.FieldError> errors) {
            super(message);
            this.errors = java.util.List.copyOf(errors);
        }

        public java.util.List<Problem.FieldError> errors() {
            return errors;
        }

        @Override
        protected java.util.List<String> fields() {
            return errors.stream().map(Problem.FieldError::field).distinct().toList();
        }

        @Override
        public int status() {
            return 422;
        }
    }

    /** Too many requests of one kind from one client: try again after the given number of seconds. */
    public static class TooManyRequests extends DomainException {
        private final long retryAfterSeconds;

        public TooManyRequests(String message, long retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        @Override
        public int status() {
            return 429;
        }
    }
}
