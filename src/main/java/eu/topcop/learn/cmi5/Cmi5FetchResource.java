package eu.topcop.learn.cmi5;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * cmi5's fetch URL (8.2): the AU POSTs it once, without credentials (the token in the path is the secret), and gets
 * the auth token of its launch credential. Under /api, so a page's CSRF token is not asked of an AU.
 */
@Path("/api/cmi5/fetch")
public class Cmi5FetchResource {

    @Inject
    Cmi5Launches launches;

    @POST
    @Path("{token}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "cmi5")
    @Operation(summary = "cmi5 fetch URL: the AU's auth token, once (8.2); again or expired, the spec's error JSON")
    public Response fetch(@PathParam("token") String token) {
        Cmi5Launches.Fetched fetched = launches.fetch(token);
        return Response.status(fetched.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(fetched.body().toString())
                .build();
    }
}
