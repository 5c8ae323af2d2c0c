package eu.topcop.learn.platform.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * The one place where errors become responses: {@code application/problem+json} under {@code /api}, a
 * friendly page in the reader's language everywhere else. Never a stack trace: an unexpected error is
 * logged with a reference that the response repeats, so a report can be traced.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String reason, String reference);

        static native TemplateInstance refused(int status, Refusal refusal, String action, String back);
    }

    @Inject
    UriInfo uriInfo;

    @Inject
    HttpHeaders headers;

    @Inject
    Refusals refusals;

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        if (refusedForm()) {
            return refusedForm(e);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream()
                .map(f -> f.field() + ": " + f.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return respond(400, "Invalid request", detail, errors, null);
    }

    /**
     * Every way a JSON body can be unreadable (not JSON, a key given twice, a wrong type, a null where none may be,
     * a value {@link JsonInput} refuses) is a 400 naming the field where there is one. Jackson's own messages name
     * Java types, so the reader gets a plain one instead, except for the application's own refusals.
     */
    // Listed one by one: Quarkus has built-in mappers for some of these types, and the most specific type wins.
    @ServerExceptionMapper({
        JacksonException.class,
        StreamReadException.class,
        JsonParseException.class,
        StreamConstraintsException.class,
        DatabindException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        InvalidNullException.class,
        InvalidDefinitionException.class
    })
    public Response unreadableJson(JacksonException e) {
        String field = JsonInput.fieldOf(e);
        String message = JsonInput.messageOf(e);
        String where = e.getLocation() == null || e instanceof JsonMappingException
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
        String detail = field.isEmpty()
                ? "The request body cannot be read: " + message + where + "."
                : "Field '" + field + "' " + message + where + ".";
        String title = e instanceof JsonMappingException ? "Malformed request body" : "Malformed JSON";
        return respond(
                400, title, detail, List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)), null);
    }

    @ServerExceptionMapper
    public Response formText(FormText.Refused e) {
        if (refusedForm()) {
            return refusedForm(e);
        }
        return respond(
                400,
                "Invalid request",
                "Field '" + e.field() + "' " + e.getMessage() + ".",
                List.of(new Problem.FieldError(e.field(), e.getMessage())),
                "text");
    }

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        if (refusedForm() && Refusals.refusal(e) != null) {
            return refusedForm(e);
        }
        List<Problem.FieldError> errors = null;
        if (e instanceof DomainException.RuleViolation rule && rule.field() != null) {
            errors = List.of(new Problem.FieldError(rule.field(), e.getMessage()));
        } else if (e instanceof DomainException.Invalid invalid) {
            errors = invalid.errors();
        }
        String title = switch (e.status()) {
            case 400 -> "Bad request";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 413 -> "Content too large";
            case 429 -> "Too many requests";
            default -> "Not acceptable";
        };
        Response response = respond(e.status(), title, e.getMessage(), errors, null);
        return e instanceof DomainException.TooManyRequests slow
                ? Response.fromResponse(response)
                        .header("Retry-After", slow.retryAfterSeconds())
                        .build()
                : response;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        Response response = respond(401, "Unauthorized", "Sign in, or send a valid bearer token.", null, null);
        return isApi()
                ? Response.fromResponse(response)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                        .build()
                : response;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "Forbidden", "Your roles do not allow this.", null, null);
    }

    @ServerExceptionMapper
    public Response csrf(CsrfRejectedException e) {
        LOG.debugf("Refused %s %s: %s", uriInfo.getRequestUri(), e.getMessage());
        return respond(403, "Forbidden", "The form has expired: reload the page and send it again.", null, "csrf");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        // Quarkus wraps an unreadable JSON body in a 400: answer it with what is wrong and where.
        if (e.getCause() instanceof JacksonException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (status < 400) {
            return e.getResponse();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return respond(status, title, status == 404 ? "Nothing exists at this address." : title, null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        // Two people changing the same thing at the same moment: the database or the version check refused the
        // second change, and nothing of it was written. That is a conflict to retry, not a server fault.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // A refusal raised while the transaction commits (ColumnLimits when an update is flushed) arrives
            // wrapped in the transaction manager's exception: it is still the refusal, and nothing was written.
            if (cause != e && cause instanceof DomainException refused) {
                return domain(refused);
            }
            if (cause != e && cause instanceof ConstraintViolationException invalid) {
                return constraintViolation(invalid);
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException) {
                LOG.debugf(e, "Concurrent change refused on %s", uriInfo.getRequestUri());
                return respond(
                        409,
                        "Conflict",
                        "Someone else changed the same data at the same moment; nothing was saved. Reload and try again.",
                        null,
                        null);
            }
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s", reference, uriInfo.getRequestUri());
        if (isApi()) {
            return problem(new Problem(
                    "about:blank",
                    "Internal error",
                    500,
                    "An unexpected error occurred; quote reference " + reference + " when you report it.",
                    uriInfo.getPath(),
                    null,
                    reference));
        }
        return page(500, null, reference);
    }

    /** Whether this is a page's form: a refusal of it is answered with what was typed (no page caught it). */
    private boolean refusedForm() {
        var request = CurrentRequestManager.get();
        return !isApi() && request != null && request.getFormData() != null;
    }

    private Response refusedForm(RuntimeException e) {
        // Only the path of the page the form was on: the link stays on this site whatever the header says.
        String back = "/home";
        String referer = headers.getHeaderString("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer.strip());
                if (from.getRawPath() != null && from.getRawPath().startsWith("/")) {
                    back = from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException unreadable) {
                LOG.debugf("Unreadable referer on %s", uriInfo.getRequestUri());
            }
        }
        return Refusals.answer(e, Templates.refused(Refusals.status(e), refusals.of(e), action(), back));
    }

    private String action() {
        URI here = uriInfo.getRequestUri();
        return here.getRawPath() + (here.getRawQuery() == null ? "" : "?" + here.getRawQuery());
    }

    private Response respond(int status, String title, String detail, List<Problem.FieldError> errors, String reason) {
        if (isApi()) {
            return problem(new Problem("about:blank", title, status, detail, uriInfo.getPath(), errors, null));
        }
        return page(status, reason, null);
    }

    private Response problem(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private Response page(int status, String reason, String reference) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, reason, reference))
                .build();
    }

    private boolean isApi() {
        String path = uriInfo.getPath();
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/xapi") || path.startsWith("/xapi/");
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // Parameter paths look like "method.argN.field"; the reader only needs what they sent, written as in the
        // JSON: "marks[2].day", "trainers[0]", "quotas[GE]" (not Bean Validation's "<list element>").
        String last = null;
        StringBuilder field = new StringBuilder();
        int index = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            index++;
            if (index <= 2
                    && (node.getKind() == jakarta.validation.ElementKind.METHOD
                            || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
                last = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(at == null ? "" : at).append(']');
            }
            if (node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? (last == null ? "request" : last) : field.toString();
    }
}
