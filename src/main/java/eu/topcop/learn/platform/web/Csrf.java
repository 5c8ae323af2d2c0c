package eu.topcop.learn.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF token of this request (double-submit cookie: quarkus-rest-csrf does not resolve for this Quarkus
 * version). A random token lives in an HttpOnly, SameSite=Strict cookie; every page puts the same token into
 * its forms ({@code _csrf}) and into htmx requests ({@code X-CSRF-Token}); {@link CsrfFilter} refuses a
 * state-changing page request whose token does not match the cookie. Another site can neither read the
 * cookie nor set it, so it cannot forge the pair. The JSON API is exempt: it authenticates with bearer
 * tokens only, which a browser never sends by itself.
 */
@RequestScoped
public class Csrf {

    public static final String FORM_FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentVertxRequest request;

    @ConfigProperty(name = "lms.csrf.cookie-name")
    String cookieName;

    private String token;
    private boolean issued;

    /** The token for this request's pages; issues a new one (and its cookie) on a first visit. */
    public String token() {
        if (token == null) {
            token = cookieToken();
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                issued = true;
            }
        }
        return token;
    }

    /** True when {@link #token()} made a new token that the response has to set as a cookie. */
    boolean issued() {
        return issued;
    }

    String cookieName() {
        return cookieName;
    }

    /** True when the submitted token is the one in this browser's cookie. */
    public boolean matches(String submitted) {
        String expected = cookieToken();
        return expected != null
                && submitted != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }

    private String cookieToken() {
        if (request.getCurrent() == null) {
            return null;
        }
        Cookie cookie = request.getCurrent().request().getCookie(cookieName);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }
}
