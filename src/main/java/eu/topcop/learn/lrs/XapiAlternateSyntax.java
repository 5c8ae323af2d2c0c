package eu.topcop.learn.lrs;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * xAPI 1.0.3's Alternate Request Syntax (Communication 1.3), for browsers that can send neither headers nor methods
 * other than GET and POST: a POST to {@code /xapi/...?method=PUT} whose form carries the headers (Authorization,
 * X-Experience-API-Version, Content-Type, Content-Length, If-Match, If-None-Match), the body as {@code content}, and
 * the query parameters. It is rewritten into the ordinary request before routing, in two steps: before the version
 * header is read (Vert.x), the form becomes the headers and the body; before the resource is matched (JAX-RS), the
 * method and query become the intended ones. xAPI 2.0 removed the syntax: under 2.0 such a request is refused (400),
 * as is one with query parameters besides {@code method} (1.3.s3.b3).
 */
@ApplicationScoped
public class XapiAlternateSyntax {

    /** After CORS, before {@link XapiGate}'s version header (Integer.MIN_VALUE + 10): this and the next. */
    static final int ORDER = XapiCors.ORDER + 1;

    static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE");
    static final Set<String> HEADERS = Set.of(
            "authorization", "x-experience-api-version", "content-type", "content-length", "if-match", "if-none-match");
    private static final String REWRITE = "xapi.alternate";

    /** The intended request, or why it is refused (a field and a message). */
    record Rewrite(String method, String query, byte[] content, String refusedField, String refusal) {}

    @ConfigProperty(name = "lms.http.max-body-size", defaultValue = "1M")
    MemorySize maxBody;

    private BodyHandler bodies;

    void install(@Observes Router router) {
        bodies = BodyHandler.create(false).setBodyLimit(maxBody.asLongValue());
        router.route().order(ORDER).handler(this::read);
        router.route().order(ORDER + 1).handler(this::rewrite);
    }

    /** Reads the form of an alternate request (refused past the body limit, like any other body). */
    void read(RoutingContext context) {
        if (alternate(context)) {
            bodies.handle(context);
        } else {
            context.next();
        }
    }

    void rewrite(RoutingContext context) {
        if (alternate(context)) {
            context.put(REWRITE, rewritten(context));
        }
        context.next();
    }

    private static boolean alternate(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        return request.method() == HttpMethod.POST
                && path != null
                && (path.equals("/xapi") || path.startsWith("/xapi/"))
                && context.queryParams().get("method") != null;
    }

    private static Rewrite rewritten(RoutingContext context) {
        HttpServerRequest request = context.request();
        String method = context.queryParams().get("method").toUpperCase(Locale.ROOT);
        for (String name : context.queryParams().names()) {
            if (!name.equals("method")) {
                return refused(
                        name, "is not allowed in the query of the alternate request syntax: send it in the form");
            }
        }
        if (!METHODS.contains(method)) {
            return refused("method", "must be GET, PUT, POST or DELETE");
        }
        Map<String, String> form = form(context);
        // A header the request itself sends wins over the same name in the form: the form stands in for headers a
        // browser cannot send, not against those it did (the ADL suite sends both and expects the header's).
        String sentVersion = request.getHeader(XapiVersion.HEADER);
        String version = sentVersion != null ? sentVersion : form.get("x-experience-api-version");
        if (XapiVersion.of(version).filter(XapiVersion::isTwo).isPresent()) {
            return refused("method", "the alternate request syntax is not part of xAPI 2.0: send the request itself");
        }
        List<String> query = new ArrayList<>();
        String content = null;
        for (Map.Entry<String, String> field : form.entrySet()) {
            String name = field.getKey();
            if (name.equals("content")) {
                content = field.getValue();
            } else if (HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                // The request's own Content-Type and Content-Length are the form's: the form's fields name the
                // content's.
                if (request.getHeader(name) == null || name.regionMatches(true, 0, "content-", 0, 8)) {
                    request.headers().set(name, field.getValue());
                }
            } else {
                query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
            }
        }
        if (content == null && (method.equals("PUT") || method.equals("POST"))) {
            // Refused here, before the credentials are looked at: a body that is not a form has no content field
            // (and no Authorization field either), and is a malformed request whoever sent it.
            return refused("content", "is required: the request's body, as the form field content");
        }
        byte[] body = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        ((RoutingContextInternal) context).setBody(Buffer.buffer(body));
        request.headers().set(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length));
        if (!form.containsKey("content-type")) {
            // The form's own type is not the content's: JSON is what the resources read.
            request.headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        return new Rewrite(method, String.join("&", query), body, null, null);
    }

    private static Rewrite refused(String field, String message) {
        return new Rewrite(null, null, null, field, message);
    }

    /** The form's fields (one value each), by name in any case: as read, or as Vert.x decoded them. */
    private static Map<String, String> form(RoutingContext context) {
        Map<String, String> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String body = context.body().available() ? context.body().asString(StandardCharsets.UTF_8.name()) : null;
        if (body == null || body.isEmpty()) {
            context.request().formAttributes().forEach(field -> fields.put(field.getKey(), field.getValue()));
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.put(name, value);
        }
        return fields;
    }

    /** The intended method and query, before the resource is matched; or the refusal. */
    @ServerRequestFilter(preMatching = true)
    public void intended(ContainerRequestContext request, RoutingContext context) {
        Rewrite rewrite = context.get(REWRITE);
        if (rewrite == null) {
            return;
        }
        if (rewrite.refusal() != null) {
            throw new XapiRefusal.BadRequest(rewrite.refusedField(), rewrite.refusal());
        }
        URI uri = request.getUriInfo().getRequestUri();
        request.setMethod(rewrite.method());
        // The form was read to find the headers: the resource reads the content instead.
        request.setEntityStream(new java.io.ByteArrayInputStream(rewrite.content()));
        request.setRequestUri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()
                + (rewrite.query().isEmpty() ? "" : "?" + rewrite.query())));
    }
}
