package eu.topcop.learn.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public verification page that a certificate's QR code leads to: no sign-in needed. */
@Path("/certificates")
public class VerificationPages {

    @CheckedTemplate(basePath = "CertificatePages")
    static class Templates {
        static native TemplateInstance verification(
                CertificateService.Verification verification, Long retryAfter, Refusal refusal);
    }

    @Inject
    CertificateService certificates;

    @Inject
    RequestLanguage language;

    @Inject
    VerificationThrottle throttle;

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public Response verify(@PathParam("code") String code, @QueryParam("s") String signature) {
        try {
            throttle.check();
        } catch (DomainException.TooManyRequests slow) {
            // The page says, in the reader's language, to wait; nothing about the certificate.
            return Response.status(429)
                    .header("Retry-After", slow.retryAfterSeconds())
                    .entity(Templates.verification(null, slow.retryAfterSeconds(), Refusal.none()))
                    .build();
        }
        return Response.ok(Templates.verification(
                        certificates.verify(code, signature, language.get()), null, Refusal.none()))
                .build();
    }
}
