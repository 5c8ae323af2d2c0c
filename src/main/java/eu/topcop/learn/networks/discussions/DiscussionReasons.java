package eu.topcop.learn.networks.discussions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * The discussions' own words for why a form was refused. The services name each problem in English for the API;
 * a page hands its action through {@link #said} so that the refusal it shows says each problem precisely, in the
 * reader's language, from {@link DiscussionMessages}.
 */
final class DiscussionReasons {

    private DiscussionReasons() {}

    /**
     * Runs {@code action}; a refusal leaves it with the reason for each field given by its message key. One reason
     * per field is kept (the first), as a field shows one reason beside it.
     */
    static Response said(AttachmentRules attachments, Supplier<Response> action) {
        try {
            return action.get();
        } catch (DomainException.Invalid e) {
            Map<String, Problem.FieldError> first = new LinkedHashMap<>();
            e.errors().forEach(error -> first.putIfAbsent(field(error.field()), error));
            DomainException.Invalid said = new DomainException.Invalid(e.getMessage(), new ArrayList<>(first.values()));
            first.values().forEach(error -> because(said, error.field(), error.message(), attachments));
            said.initCause(e);
            throw said;
        } catch (DomainException.RuleViolation e) {
            throw because(e, e.field(), e.getMessage(), attachments);
        }
    }

    private static DomainException because(
            DomainException refusal, String field, String message, AttachmentRules attachments) {
        List<String> key = key(field(field), message == null ? "" : message, attachments);
        String[] args = key.subList(1, key.size()).toArray(String[]::new);
        return refusal.because(field, DiscussionMessages.class, key.get(0), args);
    }

    /** The message key for a problem, followed by its arguments. */
    private static List<String> key(String field, String m, AttachmentRules attachments) {
        return switch (field) {
            case "title" -> List.of(m.startsWith("Give") ? "err_title_missing" : "err_title_long");
            case "body" ->
                List.of(
                        m.startsWith("Write")
                                ? "err_body_missing"
                                : m.startsWith("is too long")
                                        ? "err_body_long"
                                        : m.startsWith("contains HTML")
                                                ? "err_body_script"
                                                : m.startsWith("nests") ? "err_body_deep_quote" : "err_other");
            case "language" -> List.of("err_language");
            case "quotedPostId" -> List.of("err_quote");
            case "q" ->
                List.of(
                        m.startsWith("Give")
                                ? "err_q_missing"
                                : m.startsWith("is too long") ? "err_q_long" : "err_q_short");
            case "reason" -> List.of(m.startsWith("Give") ? "err_reason_missing" : "err_reason_long");
            case "until" -> List.of("err_until");
            case "network" -> List.of("err_network");
            case "personId" -> List.of("err_member");
            case AttachmentRules.FIELD ->
                m.startsWith("too many")
                        ? List.of("err_attachments_many", String.valueOf(attachments.maxPerPost()))
                        : m.startsWith("is larger")
                                ? List.of(
                                        "err_attachment_large",
                                        after(m),
                                        String.valueOf(attachments.maxBytes() / (1024 * 1024)))
                                : m.startsWith("is empty")
                                        ? List.of("err_attachment_empty", after(m))
                                        : List.of("err_attachment_type", after(m));
            default -> List.of("err_other");
        };
    }

    private static String field(String field) {
        return field == null ? "" : field;
    }

    /** The file name at the end of an attachment's problem ("...: name"). */
    private static String after(String message) {
        int colon = message.lastIndexOf(": ");
        return colon < 0 ? "" : message.substring(colon + 2);
    }
}
