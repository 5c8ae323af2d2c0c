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
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public verification page that a certificate's QR code leads to: no sign-in needed. */
@Path("/certificates")
public class VerificationPages {

    @CheckedTemplate(basePath = "CertificatePages")
    static class Templates {
        static native TemplateInstance verification(CertificateService.Verification verification);
    }

    @Inject
    CertificateService certificates;

    @Inject
    RequestLanguage language;

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public TemplateInstance verify(@PathParam("code") String code, @QueryParam("s") String signature) {
        return Templates.verification(certificates.verify(code, signature, language.get()));
    }
}
