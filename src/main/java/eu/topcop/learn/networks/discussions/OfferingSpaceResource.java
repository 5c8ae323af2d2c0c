package eu.topcop.learn.networks.discussions;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.networks.NetworkViewer;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An offering's discussion space as JSON: where it is and how the viewer stands in it. Its threads are then the
 * network discussions' routes under the returned network code. Not under {@code /api/catalogue/offerings}: the
 * catalogue's offering routes are the catalogue's.
 */
@Path("/api/offerings/{code}/discussion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network discussions")
public class OfferingSpaceResource {

    @Inject
    OfferingSpaces spaces;

    @Inject
    NetworkViewer viewer;

    @GET
    @Authenticated
    @Operation(
            summary = "The offering's discussion space and the viewer's standing (its participants and trainers,"
                    + " course managers and administrators; 403 for anyone else); does not make it")
    public OfferingSpaces.Space space(@PathParam("code") String code) {
        return spaces.space(code, viewer.get());
    }

    @POST
    @Authenticated
    @Operation(summary = "Open the offering's discussion space: makes it the first time, then finds the same one")
    public OfferingSpaces.Space open(@PathParam("code") String code) {
        return spaces.open(code, viewer.get());
    }
}
