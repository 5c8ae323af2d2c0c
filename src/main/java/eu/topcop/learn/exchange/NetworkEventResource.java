package eu.topcop.learn.exchange;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.CalendarFile;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Network events (thematic workshops and webinars) as JSON. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network events")
public class NetworkEventResource {

    public record Attendance(
            @jakarta.validation.constraints.Size(max = 10_000)
            List<@jakarta.validation.constraints.NotNull Long> attended) {}

    public record Outcomes(
            @jakarta.validation.constraints.Size(max = 8000) String outcomes) {}

    @Inject
    NetworkEvents events;

    @Inject
    ExchangeAccess access;

    @Inject
    CurrentPerson me;

    @GET
    @Authenticated
    @Operation(summary = "Events not yet over (or, with past=true, all, newest first)")
    public ResultPage<NetworkEvents.EventView> list(
            @QueryParam("past") boolean past,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return events.list(!past, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Schedule a workshop or webinar with its agenda (times in UTC)")
    public Response schedule(@NotNull @jakarta.validation.Valid NetworkEvents.Schedule body) {
        NetworkEvent event = events.schedule(body, me.get().username);
        return Response.created(URI.create("/api/events/" + event.code))
                .entity(events.detail(event.code, me.get(), true, 0))
                .build();
    }

    @GET
    @Path("{code}")
    @Authenticated
    @Operation(
            summary =
                    "An event: agenda, materials, outcomes; the webinar link once registered; attendees for organisers")
    public NetworkEvents.Detail detail(
            @PathParam("code") String code, @QueryParam("page") @DefaultValue("0") @Min(0) int page) {
        return events.detail(code, me.get(), access.manager(), page);
    }

    @GET
    @Path("{code}/calendar")
    @Produces("text/calendar")
    @Authenticated
    @Operation(summary = "The event as an iCalendar file (RFC 5545) to add to one's calendar")
    public Response calendar(@PathParam("code") String code) {
        return Response.ok(events.calendar(code), CalendarFile.PUBLISH).build();
    }

    @POST
    @Path("{code}/registration")
    @Authenticated
    @Operation(summary = "Register for an event (twice: one registration; full: 409)")
    public NetworkEvents.Detail register(@PathParam("code") String code) {
        events.register(code, me.get());
        return events.detail(code, me.get(), access.manager(), 0);
    }

    @DELETE
    @Path("{code}/registration")
    @Authenticated
    @Operation(summary = "Cancel one's registration")
    public NetworkEvents.Detail unregister(@PathParam("code") String code) {
        events.unregister(code, me.get());
        return events.detail(code, me.get(), access.manager(), 0);
    }

    @PUT
    @Path("{code}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Who attended (person ids among those registered)")
    public NetworkEvents.Detail attendance(
            @PathParam("code") String code, @NotNull @jakarta.validation.Valid Attendance body) {
        events.recordAttendance(code, body.attended());
        return events.detail(code, me.get(), true, 0);
    }

    @POST
    @Path("{code}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Add a material by its address")
    public NetworkEvents.Detail material(
            @PathParam("code") String code, @NotNull @jakarta.validation.Valid NetworkEvents.Material body) {
        events.addMaterial(code, body);
        return events.detail(code, me.get(), true, 0);
    }

    @PUT
    @Path("{code}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Write down the event's outcomes")
    public NetworkEvents.Detail outcomes(
            @PathParam("code") String code, @NotNull @jakarta.validation.Valid Outcomes body) {
        events.recordOutcomes(code, body.outcomes());
        return events.detail(code, me.get(), true, 0);
    }
}
