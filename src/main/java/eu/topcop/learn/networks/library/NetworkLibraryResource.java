package eu.topcop.learn.networks.library;

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

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A network's library as JSON, at the network's own address: its root path is as specific as the network's other
 * parts (discussions, action points), so that the networks' resource, rooted at /api/networks, does not take it.
 */
@Path("/api/networks/{code}/library")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library")
@Authenticated
public class NetworkLibraryResource {

    @Inject
    LibraryResource library;

    @GET
    @Operation(summary = "A network's documents that the caller may read, newest first")
    public LibraryViews.Page network(
            @PathParam("code") String code,
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("after") Long after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return library.network(code, q, kind, after, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Write a new document (a draft) in a network one is a member of; attach a file with"
                    + " POST /api/library/documents/{id}/files")
    public Response create(@PathParam("code") String code, @NotNull @Valid LibraryViews.DocumentInput body) {
        return library.create(code, body);
    }
}
