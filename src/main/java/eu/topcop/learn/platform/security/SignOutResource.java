package eu.topcop.learn.platform.security;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Signing out, as a page form and nothing else: a POST that the CSRF filter (platform.web.CsrfFilter) has let
 * through, so that neither a link ({@code GET /logout}) nor another site's form can sign a person out. Quarkus's
 * own {@code quarkus.oidc.logout.path} would act on any method before the filter runs, so it is not used. The
 * local session cookies go first; then Keycloak ends its single sign-on session and returns to the landing page.
 */
@Path("/logout")
public class SignOutResource {

    @Inject
    CurrentUser user;

    @Inject
    OidcSession session;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    OidcConfigurationMetadata provider;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @POST
    @PermitAll
    public Response signOut(@Context UriInfo uri) {
        URI landing =
                uri.getBaseUriBuilder().replacePath("/").replaceQuery(null).build();
        if (!user.isSignedIn()) {
            return Response.seeOther(landing).build();
        }
        String hint = idToken.getRawToken();
        if (hint == null) {
            // Signed in without a session of the pages (a bearer token): there is nothing here to end.
            return Response.seeOther(landing).build();
        }
        session.logout().await().indefinitely();
        String endSession = provider.getEndSessionUri();
        if (endSession == null) {
            return Response.seeOther(landing).build();
        }
        UriBuilder keycloak = UriBuilder.fromUri(endSession)
                .queryParam("client_id", clientId)
                .queryParam("post_logout_redirect_uri", landing);
        keycloak.queryParam("id_token_hint", hint);
        return Response.seeOther(keycloak.build()).build();
    }
}
