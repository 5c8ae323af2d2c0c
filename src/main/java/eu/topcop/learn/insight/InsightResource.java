package eu.topcop.learn.insight;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Capability mappings, and the gaps a course or an offering serves, as JSON. */
@Path("/api/insight")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insight")
public class InsightResource {

    @Inject
    CapabilityMappings mappings;

    @Inject
    CoverageService coverage;

    @Inject
    CurrentPerson me;

    @Inject
    InsightViewer viewer;

    @GET
    @Path("mappings")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "The mappings of learning outcomes and courses to capabilities: the content's (source CONTENT)"
                    + " and the course managers' (source MANAGER), optionally of one capability or one course;"
                    + " removed ones with removed=true")
    public List<OtnaViews.Mapping> mappings(
            @QueryParam("capability") @Size(max = 40) String capability,
            @QueryParam("course") @Size(max = 80) String course,
            @QueryParam("removed") @DefaultValue("false") boolean removed) {
        return mappings.list(capability, course, removed);
    }

    @POST
    @Path("mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Map a learning outcome or a whole course to a capability, at a proficiency level or none, with"
                    + " a reason; 422 names an unknown outcome, course, capability or level, 409 a mapping that"
                    + " exists")
    public Response add(@NotNull @Valid OtnaViews.MappingRequest body) {
        OtnaViews.Mapping mapping = mappings.add(body, me.get().id, me.get().name);
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/insight/mappings/" + mapping.id())
                .entity(mapping)
                .build();
    }

    @DELETE
    @Path("mappings/{id}")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Remove a course manager's mapping from coverage; the record stays with who removed it, when"
                    + " and why (409 when removed already)")
    public Response remove(@PathParam("id") long id, @QueryParam("reason") @Size(max = 1000) String reason) {
        mappings.remove(id, me.get().id, reason);
        return Response.noContent().build();
    }

    @GET
    @Path("courses/{courseCode}/gaps")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "The gaps the course serves (not discarded), of the round given or of every round not closed,"
                    + " with the levels it trains to; a coordinator sees their own country's")
    public List<OtnaViews.ServedGap> courseGaps(
            @PathParam("courseCode") String course, @QueryParam("round") @Size(max = 40) String round) {
        return coverage.servedByCourse(course, round, viewer());
    }

    @GET
    @Path("offerings/{offeringCode}/gaps")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The gaps the offering's course serves, as for a course")
    public List<OtnaViews.ServedGap> offeringGaps(
            @PathParam("offeringCode") String offering, @QueryParam("round") @Size(max = 40) String round) {
        return coverage.servedByOffering(offering, round, viewer());
    }

    private OtnaService.Viewer viewer() {
        return viewer.get();
    }
}
