package eu.topcop.learn.learning;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.catalogue.CatalogueService;
import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

/** Certificates: the holder's list and PDF, and revocation by course managers. */
@Path("/learning/certificates")
public class CertificatePages {

    /** The revocation form's reason is named by its label ({@code certificate_revocation_reason}). */
    static final Refusals.Labels LABELS = new Refusals.Labels(LearningMessages.class, "certificate_revocation_");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificates(List<CertificateService.View> certificates);
    }

    @Inject
    CertificateService certificates;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentPerson me;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    Refusals refusals;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Authenticated
    public TemplateInstance mine() {
        return Templates.certificates(certificates.mine(me.get(), language.get()));
    }

    @GET
    @Path("{code}.pdf")
    @Produces("application/pdf")
    @Authenticated
    public Response pdf(@PathParam("code") String code) {
        return Response.ok(render(code), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + code + ".pdf\"")
                .build();
    }

    @POST
    @Path("{code}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response revoke(@PathParam("code") String code, @RestForm String reason) {
        return refusals.attempt(
                LABELS,
                () -> {
                    CertificateService.View view = certificates.revoke(code, reason, user.username(), language.get());
                    return Response.seeOther(URI.create(view.verificationUrl().replaceFirst("^https?://[^/]+", "")))
                            .build();
                },
                refusal -> VerificationPages.Templates.verification(
                        certificates.managed(code, language.get()), null, refusal));
    }

    byte[] render(String code) {
        boolean manager = user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
        Certificate certificate = certificates.forDownload(code, me.get(), manager);
        CertificateService.View view = certificates.view(certificate, language.get());
        LearningMessages words = MessageBundles.get(
                LearningMessages.class,
                io.quarkus.qute.i18n.Localized.Literal.of(language.get().code()));
        String priorities = String.join(
                ", ",
                catalogue.portfolio(catalogue.currentCycle().code(), language.get()).stream()
                        .filter(p -> view.crimePriorities().contains(p.code()))
                        .map(p -> p.name())
                        .toList());
        return CertificatePdf.render(
                view,
                new CertificatePdf.Words(
                        words.certificate_heading(),
                        words.certificate_certifies(),
                        view.kind() == Certificate.Kind.CURRICULUM
                                ? words.certificate_completed_curriculum()
                                : words.certificate_completed(),
                        words.certificate_period(),
                        words.certificate_hours(),
                        words.certificate_priorities(),
                        words.certificate_verify()),
                priorities,
                language.get());
    }
}
