package eu.topcop.learn.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import eu.topcop.learn.platform.web.DomainException;

/** Test-only routes that raise each kind of domain error, to prove the one mapping place answers them. */
@Path("/api/test-probe")
public class ProblemProbeResource {

    @GET
    @Path("conflict")
    @PermitAll
    public String conflict() {
        throw new DomainException.Conflict("The offering was changed in the meantime");
    }

    @GET
    @Path("crash")
    @PermitAll
    public String crash() {
        throw new IllegalStateException("secret internal detail");
    }

    @GET
    @Path("race")
    @PermitAll
    public String race() {
        // What a commit throws when another transaction changed the same row first.
        throw new IllegalStateException(
                "commit failed",
                new jakarta.persistence.OptimisticLockException("row was updated by another transaction"));
    }
}
