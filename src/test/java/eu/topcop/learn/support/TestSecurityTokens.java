package eu.topcop.learn.support;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestSecurityIdentityAugmentor;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;

/**
 * Gives a {@code @TestSecurity} user what a Keycloak token gives a real one: a principal that is a token with a
 * subject ({@code sub}) and a user name. The application finds a signed-in person by subject only, so a test
 * identity needs one; the subject is derived from the user name, so the same test user is the same person in
 * every test; a {@code country} attribute of the test becomes the token's claim. No e-mail: a test user claims no
 * record. Tests of identity itself use real Keycloak tokens.
 */
@ApplicationScoped
public class TestSecurityTokens implements TestSecurityIdentityAugmentor {

    /** The subject a {@code @TestSecurity(user = …)} identity carries. */
    public static String subjectOf(String user) {
        return "test-" + UUID.nameUUIDFromBytes(user.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public SecurityIdentity augment(SecurityIdentity identity, Annotation[] annotations) {
        if (identity.isAnonymous()) {
            return identity;
        }
        String user = identity.getPrincipal().getName();
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subjectOf(user));
        claims.setClaim("preferred_username", user);
        // A country given as @SecurityAttribute(key = "country") is the token's country claim, as Keycloak sends it.
        Object country = identity.getAttribute("country");
        if (country != null) {
            claims.setClaim("country", country.toString());
        }
        return QuarkusSecurityIdentity.builder(identity)
                .setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .build();
    }
}
