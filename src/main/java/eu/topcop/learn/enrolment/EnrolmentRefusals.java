package eu.topcop.learn.enrolment;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import eu.topcop.learn.platform.i18n.AppMessages;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * What the enrolment services refuse, said on the form that was sent. The services name fields as the API does
 * ({@code supervisor.email}, {@code eligibility}); a page names them by the ids of its form's inputs, with the
 * form's prefix where one page holds several forms ({@code n-email} on the nomination form), so that the summary
 * links to the field, the reason stands beside it and the field is marked invalid. Each reason is a message of the
 * enrolment bundle, so the page says it in the reader's language.
 */
final class EnrolmentRefusals {

    /** Labels of the fields in the summary: {@code field_} + the field's name without its form's prefix. */
    static final Refusals.Labels LABELS = new Refusals.Labels(EnrolmentMessages.class, "field_");

    private EnrolmentRefusals() {}

    /** Runs {@code action}; whatever it refuses is thrown again named by the fields of the form {@code prefix}. */
    static <T> T onForm(String prefix, boolean nominee, Language reader, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw named(e, prefix, nominee, reader);
        }
    }

    /** {@code e} named by the fields of the form {@code prefix}; anything but a refusal comes back unchanged. */
    static RuntimeException named(RuntimeException e, String prefix, boolean nominee, Language reader) {
        RuntimeException refusal = Refusals.refusal(e);
        if (refusal instanceof Ineligible ineligible) {
            return ineligible(ineligible, prefix, reader);
        }
        if (refusal instanceof SupervisorRefused supervisor) {
            return supervisor(supervisor, prefix, nominee);
        }
        if (refusal instanceof DomainException.Invalid invalid) {
            List<Problem.FieldError> errors = invalid.errors().stream()
                    .map(f -> new Problem.FieldError(field(f.field(), prefix), f.message()))
                    .toList();
            DomainException.Invalid named = new DomainException.Invalid(invalid.getMessage(), errors);
            invalid.errors().forEach(f -> copyReason(invalid, f.field(), named, field(f.field(), prefix)));
            return named;
        }
        if (refusal instanceof DomainException.RuleViolation rule) {
            DomainException.RuleViolation named =
                    new DomainException.RuleViolation(field(rule.field(), prefix), rule.getMessage());
            copyReason(rule, rule.field(), named, named.field());
            return named;
        }
        return e;
    }

    /** A field of the form refused before any service is asked: {@code key} of the enrolment bundle says why. */
    static DomainException.RuleViolation refuse(String field, String message, String key) {
        DomainException.RuleViolation refused = new DomainException.RuleViolation(field, message);
        refused.because(field, EnrolmentMessages.class, key);
        return refused;
    }

    /** A field left empty that must be filled in. */
    static DomainException.RuleViolation required(String field) {
        DomainException.RuleViolation refused = new DomainException.RuleViolation(field, "Required");
        refused.because(field, AppMessages.class, "refused_required");
        return refused;
    }

    /**
     * A text longer than its column is refused naming its field, as the API's {@code @Size} does, rather than cut
     * by the service without a word.
     */
    static void atMost(String field, String text, int max) {
        if (text != null && text.strip().codePointCount(0, text.strip().length()) > max) {
            throw new DomainException.RuleViolation(field, "is too long: at most " + max + " characters");
        }
    }

    /**
     * The refusal with each field named by its label, also where the field carries its form's prefix (the
     * mechanism's labels know the plain names only).
     */
    static Refusal labelled(Refusal refusal, Language reader) {
        if (!refusal.refused()) {
            return refusal;
        }
        List<Refusal.Reason> reasons = new ArrayList<>();
        for (Refusal.Reason reason : refusal.reasons()) {
            String label = reason.label().isEmpty() ? label(plain(reason.field()), reader) : reason.label();
            reasons.add(new Refusal.Reason(reason.field(), label, reason.text()));
        }
        return new Refusal(reasons, refusal.values());
    }

    /**
     * The reasons of the offering's rules: about the kind of agency and the working language beside those fields,
     * the others (the offering, the person's country, the quota) together about the whole form.
     */
    private static DomainException.Invalid ineligible(Ineligible e, String prefix, Language reader) {
        EnrolmentMessages words = MessageBundles.get(EnrolmentMessages.class, Localized.Literal.of(reader.code()));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        List<String[]> fields = new ArrayList<>();
        for (Eligibility.Reason reason : e.reasons()) {
            switch (reason) {
                case AGENCY_TYPE -> fields.add(new String[] {prefix + "agencyType", "reason_agency_type"});
                case LANGUAGE -> fields.add(new String[] {prefix + "speaksWorkingLanguage", "reason_language"});
                default -> whole.add(text(reason, words));
            }
        }
        if (!whole.isEmpty()) {
            errors.add(new Problem.FieldError("", e.getMessage()));
        }
        fields.forEach(f -> errors.add(new Problem.FieldError(f[0], e.getMessage())));
        DomainException.Invalid named = new DomainException.Invalid(e.getMessage(), errors);
        if (!whole.isEmpty()) {
            named.because("", EnrolmentMessages.class, "refused_ineligible", String.join(" ", whole));
        }
        fields.forEach(f -> named.because(f[0], EnrolmentMessages.class, f[1]));
        return named;
    }

    private static String text(Eligibility.Reason reason, EnrolmentMessages words) {
        return switch (reason) {
            case OFFERING_CANCELLED -> words.reason_offering_cancelled();
            case APPLICATIONS_NOT_OPEN -> words.reason_applications_not_open();
            case APPLICATIONS_CLOSED -> words.reason_applications_closed();
            case NO_COUNTRY -> words.reason_no_country();
            case COUNTRY_NOT_INVITED -> words.reason_country_not_invited();
            case AGENCY_TYPE -> words.reason_agency_type();
            case LANGUAGE -> words.reason_language();
            case PREREQUISITE -> words.reason_prerequisite();
            case QUOTA_FULL -> words.reason_quota_full();
        };
    }

    /** The supervisor's reasons beside its fields; the first reason of a field is the one said there. */
    private static DomainException.Invalid supervisor(SupervisorRefused e, String prefix, boolean nominee) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<SupervisorRefused.Reason> said = new ArrayList<>();
        for (SupervisorRefused.Reason reason : e.reasons()) {
            String field = prefix + input(reason.field);
            if (errors.stream().noneMatch(f -> f.field().equals(field))) {
                errors.add(new Problem.FieldError(field, reason.message));
                said.add(reason);
            }
        }
        DomainException.Invalid named = new DomainException.Invalid(e.getMessage(), errors);
        for (SupervisorRefused.Reason reason : said) {
            String key = "supervisor_problem_" + reason.name().toLowerCase(Locale.ROOT)
                    + (reason == SupervisorRefused.Reason.EMAIL_OWN && nominee ? "_nominee" : "");
            named.because(prefix + input(reason.field), EnrolmentMessages.class, key);
        }
        return named;
    }

    /** The form input of a supervisor's field of the API: {@code supervisor.email} is {@code supervisorEmail}. */
    private static String input(String apiField) {
        String property = apiField.substring(apiField.indexOf('.') + 1);
        return "supervisor" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    private static String field(String field, String prefix) {
        return field == null || field.isEmpty() ? "" : prefix + field;
    }

    private static void copyReason(DomainException from, String field, DomainException to, String named) {
        from.reason(field)
                .ifPresent(r -> to.because(named, r.bundle(), r.key(), r.args().toArray(String[]::new)));
    }

    private static String plain(String field) {
        return field.substring(field.indexOf('-') + 1);
    }

    private static String label(String field, Language reader) {
        if (field.isEmpty()) {
            return "";
        }
        String key = "field_" + field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        try {
            Method label = EnrolmentMessages.class.getMethod(key);
            return (String)
                    label.invoke(MessageBundles.get(EnrolmentMessages.class, Localized.Literal.of(reader.code())));
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }
}
