package eu.topcop.learn.networks.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

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
import eu.topcop.learn.networks.needs.NeedViews;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The library as JSON. Every signed-in person may call these routes; what each may read or do is the service's row
 * rule ({@link LibraryService}): a document the caller may not read is 404, an action they may not take is 403.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network library")
public class LibraryResource {

    @Inject
    LibraryService library;

    @Inject
    NetworkViewer viewer;

    @GET
    @Path("library/documents")
    @Authenticated
    @Operation(
            summary = "Search the documents the caller may read (full text over titles, summaries and bodies),"
                    + " newest first; pass the answer's next as after for the following page")
    public LibraryViews.Page search(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("priority") String priority,
            @QueryParam("country") String country,
            @QueryParam("language") String language,
            @QueryParam("after") Long after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return library.list(
                new LibraryService.Filter(q, kind, priority, country, language, null), after, size, viewer.get());
    }

    /** A network's documents (routed by {@link NetworkLibraryResource}, under the network's own address). */
    public LibraryViews.Page network(String code, String q, String kind, Long after, int size) {
        library.standing(code, viewer.get());
        return library.list(new LibraryService.Filter(q, kind, null, null, null, code), after, size, viewer.get());
    }

    /** Writes a new document (routed by {@link NetworkLibraryResource}). */
    public Response create(String code, LibraryViews.DocumentInput body) {
        LibraryDocument document = library.create(code, body, null, viewer.get());
        return Response.created(URI.create("/api/library/documents/" + document.id))
                .entity(library.detail(document.id, null, viewer.get()))
                .build();
    }

    @GET
    @Path("library/documents/{id}")
    @Authenticated
    @Operation(
            summary = "A document: the version the caller reads first (or the one asked for), its versions,"
                    + " translations, authors and what the caller may do")
    public LibraryViews.Detail detail(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return library.detail(id, version, viewer.get());
    }

    @POST
    @Path("library/documents/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "An author writes a new version (the document becomes a draft again; the file is kept)")
    public LibraryViews.Detail revise(@PathParam("id") long id, @NotNull @Valid LibraryViews.DocumentInput body) {
        library.revise(id, body, null, viewer.get());
        return library.detail(id, null, viewer.get());
    }

    @POST
    @Path("library/documents/{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    @Operation(
            summary = "An author attaches a file (PDF, DOCX, XLSX, PPTX, ODT, PNG, JPEG or plain text, checked by"
                    + " content): a new version with the same text")
    public LibraryViews.Detail attach(
            @PathParam("id") long id, @RestForm("file") FileUpload file, @RestForm("note") String note) {
        library.attach(id, upload(file), note, viewer.get());
        return library.detail(id, null, viewer.get());
    }

    @POST
    @Path("library/documents/{id}/submission")
    @Authenticated
    @Operation(summary = "An author submits the draft for review")
    public LibraryViews.Detail submit(@PathParam("id") long id) {
        library.submit(id, viewer.get());
        return library.detail(id, null, viewer.get());
    }

    @POST
    @Path("library/documents/{id}/publication")
    @Authenticated
    @Operation(summary = "A moderator of the network publishes the version in review")
    public LibraryViews.Detail publish(@PathParam("id") long id) {
        library.publish(id, viewer.get());
        return library.detail(id, null, viewer.get());
    }

    @POST
    @Path("library/documents/{id}/withdrawal")
    @Authenticated
    @Operation(summary = "A moderator of the network withdraws the published document")
    public LibraryViews.Detail withdraw(@PathParam("id") long id) {
        library.withdraw(id, viewer.get());
        return library.detail(id, null, viewer.get());
    }

    @POST
    @Path("library/documents/{id}/useful")
    @Authenticated
    @Operation(summary = "Mark the document useful, or take one's mark back")
    public LibraryViews.Detail useful(@PathParam("id") long id) {
        library.toggleUseful(id, viewer.get());
        return library.detail(id, null, viewer.get());
    }

    @GET
    @Path("library/documents/{id}/versions/{number}/comments")
    @Authenticated
    @Operation(summary = "The review comments of a version, threaded (its authors and the network's moderators)")
    public List<LibraryViews.Comment> comments(@PathParam("id") long id, @PathParam("number") int number) {
        return library.comments(id, number, viewer.get());
    }

    @POST
    @Path("library/documents/{id}/versions/{number}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(
            summary = "Comment on a draft or in-review version, or reply to a comment (its authors and the"
                    + " network's moderators)")
    public Response comment(
            @PathParam("id") long id, @PathParam("number") int number, @NotNull @Valid LibraryViews.CommentInput body) {
        library.comment(id, number, body, viewer.get());
        return Response.status(201)
                .entity(library.comments(id, number, viewer.get()))
                .build();
    }

    @POST
    @Path("library/documents/{id}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(
            summary = "Propose what a published document concludes as an emerging training need (the network's"
                    + " members); course managers see the proposals")
    public Response propose(@PathParam("id") long id, @NotNull @Valid NeedViews.ProposalInput body) {
        long proposal = library.propose(id, body, viewer.get());
        return Response.created(URI.create("/api/training-needs/proposals/" + proposal))
                .entity(java.util.Map.of("id", proposal))
                .build();
    }

    @GET
    @Path("library/documents/{id}/versions/{number}/file")
    @Produces(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Download a version's file (counted, without recording who)")
    public Response file(@PathParam("id") long id, @PathParam("number") int number) {
        return attachment(library.download(id, number, viewer.get()));
    }

    /** A file to save, never to show: its checked type, and no sniffing by the browser. */
    static Response attachment(LibraryViews.Download download) {
        String ascii = download.name().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = java.net.URLEncoder.encode(download.name(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(download.content(), download.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    static LibraryService.Upload upload(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return null;
        }
        try {
            return new LibraryService.Upload(file.fileName(), Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
