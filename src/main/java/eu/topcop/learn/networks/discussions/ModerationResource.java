package eu.topcop.learn.networks.discussions;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import eu.topcop.learn.networks.NetworkViewer;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Moderation of a network's discussions as JSON. Reporting is for every reader of the network; everything else is
 * for its moderators and those who run every network (403 for anyone else).
 */
@Path("/api/networks/{code}/discussions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network discussions: moderation")
public class ModerationResource {

    @Inject
    Moderation moderation;

    @Inject
    Discussions discussions;

    @Inject
    NetworkViewer viewer;

    @POST
    @Path("{thread}/posts/{post}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Report a post to the moderators with a reason (one open report per person and post)")
    public Response report(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @PathParam("post") long post,
            @NotNull @Valid Moderation.Reason body) {
        DiscussionReport report = moderation.report(code, thread, post, viewer.get(), body.reason());
        return Response.created(URI.create("/api/networks/" + code + "/discussions/reports/" + report.id))
                .build();
    }

    @GET
    @Path("reports")
    @Authenticated
    @Operation(summary = "The network's open reports, oldest first, 50 a page after the report 'after' (moderators)")
    public Moderation.Reports reports(@PathParam("code") String code, @QueryParam("after") @Min(0) Long after) {
        return moderation.reports(code, viewer.get(), after);
    }

    @GET
    @Path("reports/{report}")
    @Authenticated
    @Operation(summary = "One report, open or closed: for its reporter and the network's moderators (404 for others)")
    public Moderation.ReportDetail report(@PathParam("code") String code, @PathParam("report") long report) {
        return moderation.reportOf(code, report, viewer.get());
    }

    @POST
    @Path("reports/{report}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Dismiss a report without hiding its post (moderators)")
    public Response dismiss(
            @PathParam("code") String code, @PathParam("report") long report, @NotNull @Valid Moderation.Reason body) {
        moderation.dismiss(code, report, viewer.get(), body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("{thread}/posts/{post}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Hide a post with a reason its author sees; closes its open reports (moderators)")
    public Discussions.PostView hide(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @PathParam("post") long post,
            @NotNull @Valid Moderation.Reason body) {
        moderation.hide(code, thread, post, viewer.get(), body.reason());
        return discussions.post(code, thread, post, viewer.get());
    }

    @POST
    @Path("{thread}/posts/{post}/unhide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Show a hidden post again (moderators)")
    public Discussions.PostView unhide(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @PathParam("post") long post,
            @NotNull @Valid Moderation.Reason body) {
        moderation.unhide(code, thread, post, viewer.get(), body.reason());
        return discussions.post(code, thread, post, viewer.get());
    }

    @POST
    @Path("{thread}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Lock a thread: no more replies (moderators)")
    public Response lock(
            @PathParam("code") String code, @PathParam("thread") long thread, @NotNull @Valid Moderation.Reason body) {
        return threadAction(code, thread, DiscussionModeration.Action.LOCK, body);
    }

    @POST
    @Path("{thread}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Unlock a thread (moderators)")
    public Response unlock(
            @PathParam("code") String code, @PathParam("thread") long thread, @NotNull @Valid Moderation.Reason body) {
        return threadAction(code, thread, DiscussionModeration.Action.UNLOCK, body);
    }

    @POST
    @Path("{thread}/pin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Pin a thread to the top of the list (moderators)")
    public Response pin(
            @PathParam("code") String code, @PathParam("thread") long thread, @NotNull @Valid Moderation.Reason body) {
        return threadAction(code, thread, DiscussionModeration.Action.PIN, body);
    }

    @POST
    @Path("{thread}/unpin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Unpin a thread (moderators)")
    public Response unpin(
            @PathParam("code") String code, @PathParam("thread") long thread, @NotNull @Valid Moderation.Reason body) {
        return threadAction(code, thread, DiscussionModeration.Action.UNPIN, body);
    }

    @POST
    @Path("{thread}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Move a thread to another network the moderator also moderates; 422 naming network otherwise")
    public Response move(
            @PathParam("code") String code, @PathParam("thread") long thread, @NotNull @Valid Moderation.Move body) {
        moderation.move(code, thread, viewer.get(), body);
        return Response.noContent()
                .location(URI.create("/api/networks/" + body.network().strip() + "/discussions/" + thread))
                .build();
    }

    @GET
    @Path("members")
    @Authenticated
    @Operation(
            summary = "The network's active members and their mutes, by name, 50 a page after the person 'after'"
                    + " (moderators)")
    public Moderation.Members members(@PathParam("code") String code, @QueryParam("after") @Min(1) Long after) {
        return moderation.members(code, viewer.get(), after);
    }

    @POST
    @Path("mutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Mute a member of this network until a day: they read but do not post (moderators)")
    public Response mute(@PathParam("code") String code, @NotNull @Valid Moderation.Mute body) {
        moderation.mute(code, viewer.get(), body);
        return Response.noContent().build();
    }

    @POST
    @Path("mutes/{person}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "End a member's mute (moderators)")
    public Response unmute(
            @PathParam("code") String code, @PathParam("person") long person, @NotNull @Valid Moderation.Reason body) {
        moderation.unmute(code, viewer.get(), person, body.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("moderation-log")
    @Authenticated
    @Operation(summary = "The audit trail of every moderation action in the network, newest first (moderators)")
    public Moderation.Log log(
            @PathParam("code") String code,
            @QueryParam("before") @Min(1) Long before,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Discussions.PAGE_MAX) int size) {
        return moderation.log(code, viewer.get(), before, size);
    }

    private Response threadAction(
            String code, long thread, DiscussionModeration.Action action, Moderation.Reason body) {
        moderation.thread(code, thread, viewer.get(), action, body.reason());
        return Response.noContent().build();
    }
}
