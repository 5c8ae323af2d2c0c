package eu.topcop.learn.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.platform.i18n.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public verification of a certificate as JSON. */
@Path("/api/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class VerificationResource {

    @Inject
    CertificateService certificates;

    @Inject
    RequestLanguage language;

    @Inject
    VerificationThrottle throttle;

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(
            summary = "Public: is the certificate with this code and signature genuine, valid or revoked",
            description = "Answers 429 with Retry-After when one address verifies too often (guessing is slowed down)")
    public CertificateService.Verification verify(@PathParam("code") String code, @QueryParam("s") String signature) {
        throttle.check();
        return certificates.verify(code, signature, language.get());
    }
}
