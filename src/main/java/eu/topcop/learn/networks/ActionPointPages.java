package eu.topcop.learn.networks;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

/** A network's action points on pages: the list by status and due day, a form to add one, and their changes. */
@Path("/networks/{code}/actions")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ActionPointPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance actions(
                NetworkViews.Space space, String status, ActionPoints.Page page, Refusal refusal, String done);
    }

    @Inject
    ActionPoints points;

    @Inject
    NetworkService networks;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @Inject
    Refusals refusals;

    @GET
    public TemplateInstance list(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @QueryParam("status") @DefaultValue("OPEN") @Pattern(regexp = "OPEN|DONE|DROPPED") String status,
            @QueryParam("after") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}_\\d{1,19}") String after,
            @QueryParam("done") @Pattern(regexp = "action|moved") String done) {
        return page(code, status, after, Refusal.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @RestForm String title,
            @RestForm String details,
            @RestForm String source,
            @RestForm String owner,
            @RestForm String dueOn) {
        java.time.LocalDate due = PageForms.date(dueOn);
        return refusals.attempt(
                () -> {
                    points.create(
                            code,
                            new ActionPoints.NewPoint(title, details, source, PageForms.id(owner), due),
                            viewer.get());
                    return PageForms.see("/networks/" + code + "/actions?done=action");
                },
                refusal -> page(code, "OPEN", null, refusal, null));
    }

    @POST
    @Path("{id: \\d+}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @PathParam("id") long id,
            @RestForm @Pattern(regexp = "OPEN|DONE|DROPPED") String status) {
        points.move(code, id, status == null ? null : ActionPoint.Status.valueOf(status), viewer.get());
        return PageForms.see("/networks/" + code + "/actions?done=moved");
    }

    private TemplateInstance page(String code, String status, String after, Refusal refusal, String done) {
        NetworkAccess.Viewer reader = viewer.get();
        ActionPoints.Page page = points.list(code, ActionPoint.Status.valueOf(status), after, 25, reader);
        return Templates.actions(networks.space(code, reader, language.get()), status, page, refusal, done);
    }

    static List<String> statuses() {
        return List.of("OPEN", "DONE", "DROPPED");
    }
}
