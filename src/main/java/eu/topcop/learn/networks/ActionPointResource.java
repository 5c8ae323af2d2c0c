package eu.topcop.learn.networks;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A network's action points as JSON, for its members; its moderators, owners and recorders change them. */
@Path("/api/networks/{code}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks")
@Authenticated
public class ActionPointResource {

    public record NewActionPoint(
            @NotNull @Size(min = 1, max = ActionPoint.TITLE) String title,
            @Size(max = ActionPoint.DETAILS) String details,
            @Size(max = ActionPoint.SOURCE) String source,
            @NotNull Long owner,
            @NotNull LocalDate dueOn) {}

    public record StatusChange(@NotNull ActionPoint.Status status) {}

    @Inject
    ActionPoints points;

    @Inject
    NetworkViewer viewer;

    @GET
    @Operation(summary = "The network's action points of a status, by due day; pass next as after for more")
    public ActionPoints.Page list(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @QueryParam("status") @DefaultValue("OPEN") ActionPoint.Status status,
            @QueryParam("after") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}_\\d{1,19}") String after,
            @QueryParam("size") @DefaultValue("25") @Min(1) @Max(100) int size) {
        return points.list(code, status, after, size, viewer.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an action point; owner is a membership id of the network (422 names each field)")
    public Response add(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @Valid @NotNull NewActionPoint point) {
        ActionPoint created = points.create(
                code,
                new ActionPoints.NewPoint(point.title(), point.details(), point.source(), point.owner(), point.dueOn()),
                viewer.get());
        return Response.status(201).entity(java.util.Map.of("id", created.id)).build();
    }

    @PUT
    @Path("{id: \\d+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark it done or dropped, or reopen it: its owner, its recorder or a moderator")
    public Response move(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @PathParam("id") long id,
            @Valid @NotNull StatusChange change) {
        points.move(code, id, change.status(), viewer.get());
        return Response.noContent().build();
    }
}
