package eu.topcop.learn.content;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.content.ContentViews.ImportSummary;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Content imports on demand, for content authors and administrators. */
@Path("/api/content/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
public class ContentImportResource {

    @Inject
    ContentImporter importer;

    @Inject
    ContentService content;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    @Operation(summary = "Start an import of content/; poll the returned location for progress and the report")
    public Response start() {
        long id = importer.startInBackground(user.username());
        return Response.accepted(content.importRun(id))
                .location(URI.create("/api/content/imports/" + id))
                .build();
    }

    @GET
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    @Operation(summary = "Imports, newest first")
    public List<ImportSummary> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return content.importRuns(page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    @Operation(summary = "One import: progress while it runs, then its report")
    public ImportSummary get(@PathParam("id") long id) {
        return content.importRun(id);
    }
}
