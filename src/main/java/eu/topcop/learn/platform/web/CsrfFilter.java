package eu.topcop.learn.platform.web;

import java.net.URI;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/** Refuses state-changing page requests without the CSRF token of {@link Csrf}; sets the token's cookie. */
public class CsrfFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Csrf csrf;

    @ServerRequestFilter
    @WithFormRead
    public void verify(ContainerRequestContext context) {
        if (SAFE_METHODS.contains(context.getMethod()) || isApi(context)) {
            return;
        }
        if (!sameOrigin(context)) {
            throw new CsrfRejectedException("cross-origin request");
        }
        String submitted = context.getHeaderString(Csrf.HEADER);
        if (submitted == null) {
            submitted = formField(context);
        }
        if (!csrf.matches(submitted)) {
            throw new CsrfRejectedException("missing or wrong CSRF token");
        }
    }

    @ServerResponseFilter
    public void issueCookie(ContainerRequestContext request, ContainerResponseContext response) {
        // A page returned inside a Response renders after this filter: the token its forms will carry must
        // exist now, so that a first visit (a supervisor opening their link) gets the cookie that matches it.
        if (!isApi(request)) {
            csrf.token();
        }
        if (csrf.issued()) {
            response.getHeaders()
                    .add(
                            "Set-Cookie",
                            new NewCookie.Builder(csrf.cookieName())
                                    .value(csrf.token())
                                    .path("/")
                                    .httpOnly(true)
                                    .secure("https"
                                            .equals(request.getUriInfo()
                                                    .getRequestUri()
                                                    .getScheme()))
                                    .sameSite(NewCookie.SameSite.STRICT)
                                    .build());
        }
    }

    private static boolean isApi(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        // The LRS (/xapi) authenticates every request with HTTP Basic, never with a cookie: no CSRF to fear.
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/xapi") || path.startsWith("/xapi/");
    }

    /** A browser names the page a request comes from; one from another site is refused outright. */
    private static boolean sameOrigin(ContainerRequestContext context) {
        String origin = context.getHeaderString("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null;
        }
        URI requested = context.getUriInfo().getRequestUri();
        try {
            URI from = URI.create(origin);
            return requested.getHost().equalsIgnoreCase(from.getHost()) && requested.getPort() == from.getPort();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String formField(ContainerRequestContext context) {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        Object value = request == null ? null : request.getFormParameter(Csrf.FORM_FIELD, true, false);
        return value == null ? null : value.toString();
    }
}
