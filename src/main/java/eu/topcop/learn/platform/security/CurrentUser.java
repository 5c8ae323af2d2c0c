package eu.topcop.learn.platform.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in person of this request, read from the token Keycloak issued: the pages' ID token or the
 * API's bearer token. The {@code country} claim comes from the user attribute of the same name.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    public boolean isSignedIn() {
        SecurityIdentity current = identity();
        return current != null && !current.isAnonymous();
    }

    /** The token's subject: stable across renames, the key for everything the platform remembers. */
    public Optional<String> subject() {
        return claim("sub");
    }

    public String username() {
        return claim("preferred_username")
                .orElseGet(() -> isSignedIn() ? identity().getPrincipal().getName() : "");
    }

    public String displayName() {
        return claim("name").orElse(username());
    }

    /** ISO 3166-1 alpha-2 code of the person's country, when their account has one. */
    public Optional<String> country() {
        return claim("country");
    }

    /** The e-mail of the account, as the person typed it; see {@link #emailVerified()} before trusting it. */
    public Optional<String> email() {
        return claim("email");
    }

    /**
     * Whether Keycloak has checked that the person receives mail at {@link #email()} (the {@code email_verified}
     * claim). Only a verified address may prove who someone is: anyone can type any address into an account.
     */
    public boolean emailVerified() {
        if (!isSignedIn() || !(identity().getPrincipal() instanceof JsonWebToken token)) {
            return false;
        }
        // A JSON true (or a Boolean): a string "true" is not what Keycloak sends, and proves nothing.
        return "true".equals(String.valueOf((Object) token.getClaim("email_verified")));
    }

    /** The person's realm roles, most specific responsibility first. */
    public List<String> roles() {
        return Roles.ALL.stream().filter(this::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return isSignedIn() && identity().hasRole(role);
    }

    /**
     * On a worker thread, the request's identity (resolved on first use). On the IO thread, where Quarkus
     * answers some errors before a route runs, resolving would block: there only an identity that is already
     * known counts, and a request without one is anonymous.
     */
    private SecurityIdentity identity() {
        if (!Context.isOnEventLoopThread()) {
            return identity;
        }
        RoutingContext context = request.getCurrent();
        return context != null && context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    private Optional<String> claim(String name) {
        if (!isSignedIn() || !(identity().getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }
}
