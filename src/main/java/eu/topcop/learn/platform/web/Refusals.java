package eu.topcop.learn.platform.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.i18n.AppMessages;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * The one way a page answers a refused form: the same page again, with every value as typed and every reason in
 * the reader's language ({@link Refusal}). A page method hands its action and its page to {@link #attempt}; what
 * no page catches is answered the same way by {@link ErrorMappers} with a plain page holding the typed values.
 */
@ApplicationScoped
public class Refusals {

    // The services' English messages for the commonest reasons; other reasons are named by what refused them.
    private static final Pattern REQUIRED_AT_MOST = Pattern.compile("(?i)^required, at most (\\d+) characters");
    private static final Pattern AT_MOST =
            Pattern.compile("(?i)at most (\\d+) characters|size must be between \\d+ and (\\d+)");
    private static final Pattern REQUIRED =
            Pattern.compile("(?i)^(required|is required|must not be (blank|null|empty))");

    @Inject
    RequestLanguage language;

    /**
     * Where a page finds the labels of its fields for the summary: the methods of a message bundle named
     * {@code prefix} + the field in snake case ({@code f_starts_on} for {@code startsOn}).
     */
    public record Labels(Class<?> bundle, String prefix) {

        public static final Labels NONE = new Labels(null, "");

        String of(String field, Language reader) {
            if (bundle == null || field.isEmpty()) {
                return "";
            }
            String key = prefix + field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
            try {
                Method label = bundle.getMethod(key);
                return (String) label.invoke(MessageBundles.get(bundle, Localized.Literal.of(reader.code())));
            } catch (ReflectiveOperationException e) {
                return "";
            }
        }
    }

    /**
     * Runs {@code action} (a service call answered with a redirect); if a rule refuses it, answers {@code page}
     * for the refusal instead, with the status that says why (400, 404, 409 or 422).
     */
    public Response attempt(Supplier<Response> action, Function<Refusal, TemplateInstance> page) {
        return attempt(Labels.NONE, action, page);
    }

    /** {@link #attempt(Supplier, Function)}, the summary naming each field by its label in {@code labels}. */
    public Response attempt(Labels labels, Supplier<Response> action, Function<Refusal, TemplateInstance> page) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            RuntimeException refusal = refusal(e);
            if (refusal == null) {
                throw e;
            }
            return answer(refusal, page.apply(of(refusal, labels)));
        }
    }

    /** The refusal among {@code e} and its causes (a rule refused at commit arrives wrapped), or null. */
    public static RuntimeException refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException.TooManyRequests) {
                return null;
            }
            if (cause instanceof DomainException
                    || cause instanceof ConstraintViolationException
                    || cause instanceof FormText.Refused) {
                return (RuntimeException) cause;
            }
        }
        return null;
    }

    /** The page for a refusal, with the status that says why. */
    public static Response answer(RuntimeException refusal, TemplateInstance page) {
        return Response.status(status(refusal))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }

    static int status(RuntimeException refusal) {
        return refusal instanceof DomainException domain ? domain.status() : 400;
    }

    /** The refusal as its page shows it: reasons in the reader's language and the values of this request's form. */
    public Refusal of(RuntimeException refusal) {
        return of(refusal, Labels.NONE);
    }

    /** {@link #of(RuntimeException)}, each field named by its label in {@code labels}. */
    public Refusal of(RuntimeException refusal, Labels labels) {
        Language reader = language.get();
        AppMessages words = MessageBundles.get(AppMessages.class, Localized.Literal.of(reader.code()));
        List<Refusal.Reason> reasons = new ArrayList<>();
        int status = status(refusal);
        if (refusal instanceof DomainException.Invalid invalid) {
            for (Problem.FieldError error : invalid.errors()) {
                reasons.add(reason(invalid, error.field(), error.message(), status, reader, words));
            }
        } else if (refusal instanceof DomainException.RuleViolation rule) {
            reasons.add(reason(rule, rule.field(), rule.getMessage(), status, reader, words));
        } else if (refusal instanceof DomainException domain) {
            reasons.add(reason(domain, "", domain.getMessage(), status, reader, words));
        } else if (refusal instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                reasons.add(new Refusal.Reason(
                        field(violation.getPropertyPath()), "", generic(violation.getMessage(), status, words)));
            }
        } else if (refusal instanceof FormText.Refused text) {
            reasons.add(new Refusal.Reason(text.field(), "", words.refused_text()));
        }
        List<Refusal.Reason> labelled = reasons.stream()
                .map(r -> new Refusal.Reason(r.field(), labels.of(r.field(), reader), r.text()))
                // Several mistakes of one field said with the field's one reason show it once.
                .distinct()
                .toList();
        return new Refusal(labelled, typed());
    }

    private static Refusal.Reason reason(
            DomainException refusal, String field, String message, int status, Language reader, AppMessages words) {
        String name = field == null ? "" : field;
        String text = refusal.reason(name)
                .map(reason -> words(reason, reader))
                .orElseGet(() -> generic(message, status, words));
        return new Refusal.Reason(name, "", text);
    }

    /** The reason of a message the service wrote in English only, in the reader's language. */
    static String generic(String message, int status, AppMessages words) {
        String english = message == null ? "" : message;
        Matcher both = REQUIRED_AT_MOST.matcher(english);
        if (both.find()) {
            return words.refused_required_at_most(both.group(1));
        }
        Matcher longest = AT_MOST.matcher(english);
        if (longest.find()) {
            return words.refused_too_long(longest.group(1) != null ? longest.group(1) : longest.group(2));
        }
        if (REQUIRED.matcher(english).find()) {
            return words.refused_required();
        }
        return switch (status) {
            case 404 -> words.refused_not_found();
            case 409 -> words.refused_conflict();
            default -> words.refused_invalid();
        };
    }

    private static String words(DomainException.Reason reason, Language reader) {
        try {
            Class<?>[] strings = new Class<?>[reason.args().size()];
            Arrays.fill(strings, String.class);
            Method message = reason.bundle().getMethod(reason.key(), strings);
            Object bundle = MessageBundles.get(reason.bundle(), Localized.Literal.of(reader.code()));
            return (String) message.invoke(bundle, reason.args().toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No message " + reason.bundle().getName() + "." + reason.key(), e);
        }
    }

    /** The text values of this request's form, as typed, without the CSRF token and without files. */
    static Map<String, List<String>> typed() {
        var request = CurrentRequestManager.get();
        FormData form = request == null ? null : request.getFormData();
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (form == null) {
            return values;
        }
        for (String name : form) {
            if (Csrf.FORM_FIELD.equals(name) || TextInput.problem(name).isPresent()) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem()) {
                    texts.add(savable(value.getValue()));
                }
            }
            if (!texts.isEmpty()) {
                values.put(name, texts);
            }
        }
        return values;
    }

    // A character the text rule refuses (a NUL, for example) is left out: the rest of what was typed is kept.
    private static String savable(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (TextInput.problem(Character.toString(c)).isEmpty()) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    private static String field(Path path) {
        String last = "form";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last;
    }
}
