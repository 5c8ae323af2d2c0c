package eu.topcop.learn.platform.web;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The requests the server will not read: a body over {@code lms.http.max-body-size}, or an upload (multipart) over
 * {@code quarkus.http.limits.max-body-size} (413), an address
 * longer than {@link #MAX_URI} (414), headers larger than {@link #MAX_HEADERS} (431). Vert.x answers these itself
 * with an empty body, before any route, and gives no hook to change that; so its own limits are set far higher
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) and this route, which runs before
 * authentication and everything else, applies the application's limits with an answer people can read: problem+json
 * under {@code /api}, a short page in the visitor's language elsewhere. Only a request beyond Vert.x's own, much
 * higher limits still gets Vert.x's empty answer.
 */
@ApplicationScoped
public class HttpLimits {

    private static final Logger LOG = Logger.getLogger(HttpLimits.class);

    /** Longer than any address of the site, search included; what common proxies also accept. */
    static final int MAX_URI = 8 * 1024;

    /** Vert.x's default header limit: what a browser with its cookies sends is far below it. */
    static final int MAX_HEADERS = 20 * 1024;

    /** How much of a body too large is read (and thrown away) so that its client can read the answer. */
    static final long MAX_DISCARDED = 64L * 1024 * 1024;

    /** Before CORS (-300), authentication (-200) and Quarkus's own body limit (-2). */
    static final int ORDER = -1000;

    private static final Set<Integer> ANSWERED = Set.of(413, 414, 431);

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance limit(int status, String lang);
    }

    /** The largest body of anything but a file upload. */
    @ConfigProperty(name = "lms.http.max-body-size", defaultValue = "1M")
    MemorySize maxBody;

    /** The largest body of a file upload (multipart/form-data, or multipart/mixed to the LRS): Quarkus's own limit. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxUpload;

    /**
     * Reads a body without a declared length that is not an upload, refusing it past {@link #maxBody}: Quarkus's own
     * body handler, which then skips the request, would read it up to the upload limit.
     */
    private BodyHandler smallBodies;

    @ConfigProperty(name = "lms.language.cookie-name")
    String languageCookie;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        smallBodies = BodyHandler.create(false).setBodyLimit(maxBody.asLongValue());
        router.route().order(ORDER).handler(this::check);
        // A body without a length that grows past the limit is refused while it is read.
        router.route().order(ORDER).failureHandler(this::failed);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI) {
            refuse(context, 414);
        } else if (headerSize(request) > MAX_HEADERS) {
            refuse(context, 431);
        } else if (declaredLength(request) > limit(request)) {
            refuse(context, 413);
        } else if (declaredLength(request) < 0 && !upload(request) && hasBody(request)) {
            smallBodies.handle(context);
        } else {
            context.next();
        }
    }

    void failed(RoutingContext context) {
        if (ANSWERED.contains(context.statusCode()) && !context.response().ended()) {
            refuse(context, context.statusCode());
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context, int status) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            context.next();
            return;
        }
        String path = request.path() == null ? "/" : request.path();
        boolean api =
                path.equals("/api") || path.startsWith("/api/") || path.equals("/xapi") || path.startsWith("/xapi/");
        LOG.debugf("Refused with %d: %s %s", status, request.method(), api ? path : "(page)");
        response.setStatusCode(status);
        if (status == 413) {
            discardBody(request, response);
        }
        if (status == 431) {
            forgetSignInAttempts(request, response);
        }
        if (api) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            response.end(problem(status, path));
        } else {
            var language = RequestLanguage.ofVisitor(request, languageCookie);
            String page = Templates.limit(status, language.code())
                    .setLocale(language.locale())
                    .render();
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
            response.end(page);
        }
    }

    /**
     * A client that is still sending its body reads the answer only once it has sent it all; cutting the connection
     * short would leave it with a broken pipe instead of this answer. So the body is read and thrown away, up to
     * {@link #MAX_DISCARDED} bytes, and the connection closes when it ends.
     */
    private static void discardBody(HttpServerRequest request, HttpServerResponse response) {
        response.putHeader(HttpHeaders.CONNECTION, "close");
        if (request.isEnded()) {
            return;
        }
        AtomicLong discarded = new AtomicLong();
        request.handler(chunk -> {
            if (discarded.addAndGet(chunk.length()) > MAX_DISCARDED) {
                request.connection().close();
            }
        });
        request.exceptionHandler(ignored -> {});
        request.endHandler(ended -> request.connection().close());
        request.resume();
    }

    /**
     * Sign-in attempts each leave a state cookie ({@code q_auth_...}) for a few minutes; a browser that piled them
     * up is told to drop them, so that its next request gets through instead of being refused again.
     */
    private static void forgetSignInAttempts(HttpServerRequest request, HttpServerResponse response) {
        for (Cookie cookie : request.cookies()) {
            if (cookie.getName().startsWith("q_auth")) {
                response.addCookie(
                        Cookie.cookie(cookie.getName(), "").setPath("/").setMaxAge(0));
            }
        }
    }

    private String problem(int status, String path) {
        String title;
        String detail;
        switch (status) {
            case 413 -> {
                title = "Request body too large";
                detail = "The request body is larger than " + maxBody.asLongValue() + " bytes (a file upload: "
                        + maxUpload.asLongValue() + " bytes).";
            }
            case 414 -> {
                title = "URI too long";
                detail = "The request address is longer than " + MAX_URI + " characters.";
            }
            default -> {
                title = "Request header fields too large";
                detail = "The request headers are larger than " + MAX_HEADERS + " bytes.";
            }
        }
        try {
            return mapper.writeValueAsString(new Problem("about:blank", title, status, detail, path, null, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long limit(HttpServerRequest request) {
        return upload(request) ? maxUpload.asLongValue() : maxBody.asLongValue();
    }

    /** A file upload: a form with files, a zip sent as the body (a cmi5 package on the API), xAPI attachments. */
    private static boolean upload(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        // Under /xapi, multipart/mixed too: statements with their attachments (the LRS checks its own, lower limit).
        String path = request.path() == null ? "" : request.path();
        return lower.startsWith("multipart/form-data")
                || lower.startsWith("application/zip")
                || lower.startsWith("application/x-zip-compressed")
                || (lower.startsWith("multipart/mixed") && path.startsWith("/xapi/"));
    }

    private static boolean hasBody(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (var header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }
}
