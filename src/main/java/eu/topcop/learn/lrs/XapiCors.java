package eu.topcop.learn.lrs;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for browser content on {@code /xapi} only: content served by a partner academy or a content host reports to
 * the LRS from its own origin. Quarkus's CORS filter applies to every path, and the pages and the JSON API must stay
 * same-origin (their CSRF defence relies on it), so the LRS answers CORS itself. Preflights are answered here, before
 * any authentication; credentials are never allowed, since an LRS client or launch credential sends HTTP Basic as a
 * header, never a cookie.
 */
@ApplicationScoped
public class XapiCors {

    /** Before everything else on /xapi, the version header and the alternate request syntax included. */
    static final int ORDER = Integer.MIN_VALUE + 5;

    static final String ALLOWED_HEADERS =
            "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match";
    static final String EXPOSED_HEADERS =
            "ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through";
    static final String ALLOWED_METHODS = "GET, HEAD, PUT, POST, DELETE, OPTIONS";

    /** Origins allowed to call the LRS from a browser: {@code *} (any), or a list of origins. */
    @ConfigProperty(name = "lms.xapi.cors.origins", defaultValue = "*")
    List<String> origins;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::cors);
    }

    void cors(RoutingContext context) {
        String path = context.request().path();
        String origin = context.request().getHeader("Origin");
        if (origin == null || path == null || !(path.equals("/xapi") || path.startsWith("/xapi/"))) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        boolean allowed = allowed(origin);
        boolean preflight = context.request().method() == HttpMethod.OPTIONS
                && context.request().getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            if (allowed) {
                allowOrigin(response, origin);
                response.putHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                response.putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.putHeader("Access-Control-Max-Age", "600");
            }
            // A refused origin gets no CORS headers: the browser then refuses the request itself.
            response.setStatusCode(allowed ? 204 : 403).end();
            return;
        }
        if (allowed) {
            context.addHeadersEndHandler(ignored -> {
                allowOrigin(response, origin);
                response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            });
        }
        context.next();
    }

    private boolean allowed(String origin) {
        return origins.contains("*") || origins.stream().anyMatch(o -> o.strip().equalsIgnoreCase(origin));
    }

    private void allowOrigin(HttpServerResponse response, String origin) {
        if (origins.contains("*")) {
            response.putHeader("Access-Control-Allow-Origin", "*");
        } else {
            response.putHeader("Access-Control-Allow-Origin", origin);
            response.putHeader("Vary", "Origin");
        }
    }
}
