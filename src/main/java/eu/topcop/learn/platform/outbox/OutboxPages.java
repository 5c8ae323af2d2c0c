package eu.topcop.learn.platform.outbox;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.PageForms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Administrators see what the outbox could not deliver (and what still waits) and may ask for another attempt. */
@Path("/admin/outbox")
@Produces(MediaType.TEXT_HTML)
public class OutboxPages {

    private static final int SHOWN = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(long failed, long pending, long delivered, List<OutboxMessage> messages);
    }

    @Inject
    Outbox outbox;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance outbox() {
        Map<OutboxMessage.Status, Long> counts = outbox.counts();
        return Templates.outbox(
                counts.getOrDefault(OutboxMessage.Status.FAILED, 0L),
                counts.getOrDefault(OutboxMessage.Status.PENDING, 0L),
                counts.getOrDefault(OutboxMessage.Status.DELIVERED, 0L),
                outbox.undelivered(SHOWN));
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed(Roles.ADMIN)
    public Response retry(@PathParam("id") long id) {
        outbox.retry(id);
        return PageForms.see("/admin/outbox");
    }
}
