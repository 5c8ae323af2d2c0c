package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.web.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one door of the LRS: every request under {@code /xapi} is authenticated here with HTTP Basic (an LRS client's
 * key and secret; the rest of the application stays on Keycloak) and must name a supported xAPI version, and every
 * answer names the version it was given in. Scopes are checked by each resource, through {@link XapiCaller}.
 */
@jakarta.inject.Singleton
public class XapiGate {

    static final String ABOUT = "/xapi/about";
    private static final String VERSION_USED = "xapi.version";

    @Inject
    LrsClients clients;

    @Inject
    LaunchCredentials launches;

    @Inject
    XapiCaller caller;

    /** Every answer under /xapi, errors and unknown paths included, carries the version header. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::versionHeader);
    }

    void versionHeader(RoutingContext context) {
        String path = context.request().path();
        if (path != null && (path.equals("/xapi") || path.startsWith("/xapi/"))) {
            XapiVersion asked = XapiVersion.of(context.request().getHeader(XapiVersion.HEADER))
                    .orElse(XapiVersion.LATEST);
            context.put(VERSION_USED, asked);
            context.addHeadersEndHandler(ignored -> context.response().headers().set(XapiVersion.HEADER, asked.value));
        }
        context.next();
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> admit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/xapi") && !path.startsWith("/xapi/")) {
            return Optional.empty();
        }
        Optional<XapiVersion> version = XapiVersion.of(request.getHeaderString(XapiVersion.HEADER));
        boolean about = path.equals(ABOUT);
        // The version is checked before the credentials: a request without it is 400 whoever sends it (the ADL
        // conformance suite sends such requests without credentials and expects 400, XAPI-00331).
        if (version.isEmpty() && !about) {
            String sent = request.getHeaderString(XapiVersion.HEADER);
            String message = sent == null
                    ? "is required: one of " + XapiVersion.SUPPORTED
                    : "'" + sent + "' is not supported: one of 1.0.0 to 1.0.3, or 2.0.0";
            return Optional.of(Response.status(400)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(
                            "about:blank",
                            "Bad request",
                            400,
                            XapiVersion.HEADER + " " + message + ".",
                            path,
                            List.of(new Problem.FieldError(XapiVersion.HEADER, message)),
                            null))
                    .build());
        }
        Optional<String[]> basic = basic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Optional<LrsClients.Caller> client = basic.flatMap(b -> clients.authenticate(b[0], b[1]));
        // Content the system launched for a learner comes with a launch credential instead (LaunchCredentials).
        Optional<LaunchCredentials.Launch> launch =
                client.isPresent() ? Optional.empty() : basic.flatMap(b -> launches.authenticate(b[0], b[1]));
        if (client.isEmpty() && launch.isEmpty() && !about) {
            return Optional.of(Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"xAPI\"")
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(
                            "about:blank",
                            "Unauthorized",
                            401,
                            "Send the key and secret of an LRS client with HTTP Basic.",
                            path,
                            null,
                            null))
                    .build());
        }
        if (launch.isPresent()) {
            var query = request.getUriInfo().getQueryParameters();
            Optional<String> refused = launch.get()
                    .refusesDocument(
                            path, request.getMethod(), query.getFirst("agent"), query.getFirst("registration"));
            if (refused.isPresent()) {
                return Optional.of(Response.status(403)
                        .type(Problem.MEDIA_TYPE)
                        .entity(new Problem("about:blank", "Forbidden", 403, refused.get(), path, null, null))
                        .build());
            }
            caller.set(launch.get(), version.orElse(XapiVersion.LATEST));
        } else {
            caller.set(client.orElse(null), version.orElse(XapiVersion.LATEST));
        }
        return Optional.empty();
    }

    /** The key and secret of an HTTP Basic Authorization header. */
    private static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? Optional.empty()
                : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }
}
