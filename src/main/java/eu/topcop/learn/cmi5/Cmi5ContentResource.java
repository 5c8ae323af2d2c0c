package eu.topcop.learn.cmi5;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/**
 * What a launched AU loads: its package's files by path, served from the database (never a node's disk), so that a
 * relative url in the AU resolves among them.
 */
@Path("/cmi5/content")
public class Cmi5ContentResource {

    @Inject
    EntityManager em;

    @GET
    @Path("{version}/{path: .+}")
    @Authenticated
    public Response file(@PathParam("version") long version, @PathParam("path") String path) {
        List<?> rows = em.createNativeQuery(
                        "SELECT content_type, content FROM cmi5_package_file WHERE version_id = :v AND path = :p")
                .setParameter("v", version)
                .setParameter("p", path)
                .getResultList();
        if (rows.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.TEXT_PLAIN)
                    .entity("No file " + path + " in this package.")
                    .build();
        }
        Object[] row = (Object[]) rows.get(0);
        // A version's files never change: the browser may keep them.
        return Response.ok(row[1], row[0].toString())
                .header("Cache-Control", "private, max-age=86400, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
