package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.web.Problem;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Statements arrive as {@code application/json}, or as {@code multipart/mixed} with their attachments (xAPI 1.0.3
 * Communication 1.5, 2.0.0 4.1.3; XAPI-00127): a PUT or POST of {@code /xapi/statements} with any other type is 400
 * naming {@code Content-Type}. Checked before the resource is matched, because Quarkus REST reads a
 * {@code multipart/form-data} body before any method sees it and answers a malformed one with a 500. A request that
 * names no type is read as JSON. The alternate request syntax has become the intended request by then
 * ({@link XapiAlternateSyntax}).
 *
 * <p>A document may have any type, forms included; so that Quarkus REST does not read (and, malformed, fail on) a
 * form sent as a document, its type is carried past it in {@link #DOCUMENT_TYPE} and the request goes on as
 * {@code application/octet-stream} ({@link DocumentAnswers} stores the type sent).
 */
@jakarta.enterprise.context.ApplicationScoped
public class XapiContentTypes {

    /** The Content-Type a document was sent with, when it was a form; set here only (a client's own is dropped). */
    static final String DOCUMENT_TYPE = "X-Topcop-Document-Type";

    private static final Set<String> DOCUMENTS =
            Set.of("/xapi/activities/state", "/xapi/activities/profile", "/xapi/agents/profile");

    /** After the alternate syntax has made the intended request ({@link XapiAlternateSyntax#ORDER} and the next). */
    static final int ORDER = XapiAlternateSyntax.ORDER + 2;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::formsAsDocuments);
    }

    void formsAsDocuments(RoutingContext context) {
        var request = context.request();
        String path = request.path();
        if (path != null && (path.equals("/xapi") || path.startsWith("/xapi/"))) {
            request.headers().remove(DOCUMENT_TYPE);
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            String lower = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
            if ((request.method() == HttpMethod.PUT || request.method() == HttpMethod.POST)
                    && DOCUMENTS.contains(path)
                    && (lower.startsWith("multipart/form-data")
                            || lower.startsWith("application/x-www-form-urlencoded"))) {
                request.headers().set(DOCUMENT_TYPE, type);
                request.headers().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM);
            }
        }
        context.next();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> statementsAreJson(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!(method.equals("PUT") || method.equals("POST"))
                || !request.getUriInfo().getPath().equals("/xapi/statements")) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (IllegalArgumentException unreadable) {
            return refused(request, "cannot be read");
        }
        if (type == null
                || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || (type.getType().equalsIgnoreCase("multipart")
                        && type.getSubtype().equalsIgnoreCase("mixed"))) {
            return Optional.empty();
        }
        return refused(request, "must be application/json, or multipart/mixed with attachments");
    }

    private static Optional<Response> refused(ContainerRequestContext request, String message) {
        return Optional.of(Response.status(400)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(
                        "about:blank",
                        "Bad request",
                        400,
                        HttpHeaders.CONTENT_TYPE + " " + message + ".",
                        request.getUriInfo().getPath(),
                        List.of(new Problem.FieldError(HttpHeaders.CONTENT_TYPE, message)),
                        null))
                .build());
    }
}
