package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;

/** Administrators create LRS clients (the secret shown once, on the answer to the creation) and revoke them. */
@Path("/admin/lrs-clients")
@Produces(MediaType.TEXT_HTML)
public class LrsClientPages {

    static final Refusals.Labels LABELS = new Refusals.Labels(LrsMessages.class, "f_");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clients(
                List<LrsClient> clients, Scope[] scopes, String endpoint, LrsClients.Created created, Refusal refusal);
    }

    @Inject
    LrsClients clients;

    @Inject
    CurrentPerson me;

    @Inject
    XapiEndpoint endpoint;

    @Inject
    Refusals refusals;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance page() {
        return page(null, Refusal.none());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@RestForm String name, @RestForm List<String> scopes) {
        return refusals.attempt(
                LABELS,
                () -> {
                    LrsClients.Created created =
                            clients.create(name, scopes == null ? Set.of() : Set.copyOf(scopes), me.get());
                    // Answered here, not redirected to: the secret exists only in this answer.
                    return Response.ok(page(created, Refusal.none()))
                            .header("Cache-Control", "no-store")
                            .build();
                },
                refusal -> page(null, refusal));
    }

    @POST
    @Path("{key}/revoke")
    @RolesAllowed(Roles.ADMIN)
    public Response revoke(@PathParam("key") String key) {
        clients.revoke(key);
        return PageForms.see("/admin/lrs-clients");
    }

    private TemplateInstance page(LrsClients.Created created, Refusal refusal) {
        return Templates.clients(clients.all(), Scope.values(), endpoint.url(), created, refusal);
    }
}
