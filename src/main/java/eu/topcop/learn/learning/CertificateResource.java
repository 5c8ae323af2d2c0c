package eu.topcop.learn.learning;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's certificates as JSON and PDF, and revocation by course managers. */
@Path("/api/learning/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class CertificateResource {

    public record Revocation(
            @NotNull @jakarta.validation.constraints.Size(max = 500)
            String reason) {}

    @Inject
    CertificateService certificates;

    @Inject
    CertificatePages pages;

    @Inject
    CurrentPerson me;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    @Operation(summary = "The caller's certificates")
    public List<CertificateService.View> mine() {
        return certificates.mine(me.get(), language.get());
    }

    @GET
    @Path("{code}/pdf")
    @Produces("application/pdf")
    @Authenticated
    @Operation(summary = "A certificate as PDF (its holder, or a course manager)")
    public Response pdf(@PathParam("code") String code) {
        return Response.ok(pages.render(code), "application/pdf").build();
    }

    @POST
    @Path("{code}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Revoke a certificate, saying why")
    public CertificateService.View revoke(
            @PathParam("code") String code, @NotNull @jakarta.validation.Valid Revocation body) {
        return certificates.revoke(code, body.reason(), user.username(), language.get());
    }
}
