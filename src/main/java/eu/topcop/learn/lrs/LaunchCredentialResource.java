package eu.topcop.learn.lrs;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.enrolment.CurrentPerson;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A signed-in learner's launch credential, for the system's own pages and apps that launch content: the answer is
 * what the content needs to report to the LRS as that learner, in that registration.
 */
@Path("/api/lrs/launch-credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LRS launch credentials")
public class LaunchCredentialResource {

    /** The learner's own registration (attempt) and the activity launched in it. */
    public record LaunchRequest(
            @NotBlank @Size(max = 36) String registration,
            @NotBlank @Size(max = 500) String activityId) {}

    /** A credential just issued: use {@code authorization} as the Authorization header on {@code endpoint}. */
    public record IssuedCredential(
            String endpoint,
            String key,
            String secret,
            String authorization,
            ObjectNode actor,
            String registration,
            String activityId,
            Instant expiresAt) {}

    @Inject
    LaunchCredentials credentials;

    @Inject
    CurrentPerson me;

    @Inject
    XapiEndpoint endpoint;

    @POST
    @Authenticated
    @Operation(summary = "Issues a short-lived xAPI credential for the learner's own registration (404 for another's)")
    public Response issue(@NotNull @Valid LaunchRequest request) {
        LaunchCredentials.Issued issued = credentials.issue(me.get(), request.registration(), request.activityId());
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedCredential(
                        endpoint.url(),
                        issued.key(),
                        issued.secret(),
                        issued.authorization(),
                        issued.actor(),
                        issued.registration(),
                        issued.activity(),
                        issued.expiresAt()))
                .build();
    }
}
