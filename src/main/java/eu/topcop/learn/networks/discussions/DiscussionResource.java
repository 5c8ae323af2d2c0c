package eu.topcop.learn.networks.discussions;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A network's discussions as JSON: for its members (and those who run every network), 403 for anyone else. */
@Path("/api/networks/{code}/discussions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network discussions")
public class DiscussionResource {

    @Inject
    Discussions discussions;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @Inject
    AttachmentRules attachmentRules;

    @Inject
    DiscussionSearch search;

    @GET
    @Authenticated
    @Operation(summary = "The network's threads, pinned first, then by latest activity (keyset pages)")
    public Discussions.ThreadList threads(
            @PathParam("code") String code,
            @QueryParam("after") @Size(max = 100) String after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Discussions.PAGE_MAX) int size) {
        return discussions.threads(
                code, viewer.get(), after, size, language.get().code());
    }

    @GET
    @Path("search")
    @Authenticated
    @Operation(
            summary = "Search the network's threads: every word (3 letters or more) in the title or in one post;"
                    + " latest activity first (keyset pages); 422 naming q")
    public DiscussionSearch.Results search(
            @PathParam("code") String code,
            @QueryParam("q") @Size(max = DiscussionSearch.Q_MAX) String q,
            @QueryParam("after") @Size(max = 100) String after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Discussions.PAGE_MAX) int size) {
        return search.inNetwork(
                code, viewer.get(), q, after, size, language.get().code());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Start a thread with its opening post (Markdown; members who are not muted)")
    public Response start(@PathParam("code") String code, @NotNull @Valid Discussions.NewThread body) {
        DiscussionThread thread =
                discussions.start(code, viewer.get(), body, language.get().code());
        return Response.created(URI.create("/api/networks/" + code + "/discussions/" + thread.id))
                .entity(discussions.thread(
                        code, thread.id, viewer.get(), null, 20, language.get().code()))
                .build();
    }

    @GET
    @Path("{thread}")
    @Authenticated
    @Operation(summary = "A thread and a page of its posts in the order they were written ('after' a post id)")
    public Discussions.ThreadPage thread(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @QueryParam("after") @Min(0) Long after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Discussions.PAGE_MAX) int size) {
        return discussions.thread(
                code, thread, viewer.get(), after, size, language.get().code());
    }

    @POST
    @Path("{thread}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Reply, quoting a post of the thread if wished (its own text only: quotes do not nest)")
    public Response reply(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @NotNull @Valid Discussions.NewPost body) {
        DiscussionPost post = discussions.reply(
                code, thread, viewer.get(), body, language.get().code());
        return Response.created(URI.create("/api/networks/" + code + "/discussions/" + thread + "/posts/" + post.id))
                .entity(discussions.post(code, thread, post.id, viewer.get()))
                .build();
    }

    @GET
    @Path("{thread}/posts/{post}")
    @Authenticated
    @Operation(summary = "One post")
    public Discussions.PostView post(
            @PathParam("code") String code, @PathParam("thread") long thread, @PathParam("post") long post) {
        return discussions.post(code, thread, post, viewer.get());
    }

    @PUT
    @Path("{thread}/posts/{post}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Edit one's own post; the earlier text stays as a revision")
    public Discussions.PostView edit(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @PathParam("post") long post,
            @NotNull @Valid Discussions.NewPost body) {
        discussions.edit(code, thread, post, viewer.get(), body, language.get().code());
        return discussions.post(code, thread, post, viewer.get());
    }

    @GET
    @Path("{thread}/posts/{post}/revisions")
    @Authenticated
    @Operation(summary = "Every version of a post, for its author and the network's moderators")
    public Discussions.Revisions revisions(
            @PathParam("code") String code, @PathParam("thread") long thread, @PathParam("post") long post) {
        return discussions.revisions(code, thread, post, viewer.get());
    }

    @POST
    @Path("with-attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    @Operation(
            summary = "Start a thread with files attached to its opening post (multipart: title, body, language,"
                    + " attachments); a refused file saves nothing")
    public Response startWithAttachments(
            @PathParam("code") String code,
            @RestForm @Size(max = DiscussionText.TITLE_MAX) String title,
            @RestForm @Size(max = DiscussionText.BODY_MAX) String body,
            @RestForm("language") @Size(max = 5) String postLanguage,
            @RestForm("attachments") List<FileUpload> attachments) {
        DiscussionThread thread = discussions.start(
                code,
                viewer.get(),
                new Discussions.NewThread(title, body, postLanguage),
                attachmentRules.read(attachments),
                language.get().code());
        return Response.created(URI.create("/api/networks/" + code + "/discussions/" + thread.id))
                .entity(discussions.thread(
                        code, thread.id, viewer.get(), null, 20, language.get().code()))
                .build();
    }

    @POST
    @Path("{thread}/posts/with-attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    @Operation(
            summary = "Reply with files attached (multipart: body, language, quotedPostId, attachments); a refused"
                    + " file saves nothing")
    public Response replyWithAttachments(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @RestForm @Size(max = DiscussionText.BODY_MAX) String body,
            @RestForm("language") @Size(max = 5) String postLanguage,
            @RestForm @Min(1) Long quotedPostId,
            @RestForm("attachments") List<FileUpload> attachments) {
        DiscussionPost post = discussions.reply(
                code,
                thread,
                viewer.get(),
                new Discussions.NewPost(body, postLanguage, quotedPostId),
                attachmentRules.read(attachments),
                language.get().code());
        return Response.created(URI.create("/api/networks/" + code + "/discussions/" + thread + "/posts/" + post.id))
                .entity(discussions.post(code, thread, post.id, viewer.get()))
                .build();
    }

    @GET
    @Path("{thread}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Download a file of a post: for the network's readers, as the type detected when uploaded")
    public Response attachment(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @PathParam("attachment") long attachment) {
        return download(discussions.attachment(code, thread, attachment, viewer.get()));
    }

    /** A file as a download the browser saves and never sniffs into something else. */
    static Response download(Discussions.Download file) {
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", AttachmentRules.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
