package eu.topcop.learn.networks;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Networks as JSON: the list, a network's space, and memberships. Every signed-in person sees the networks and how
 * to join; a network's members see its members and meetings; its moderators (and course managers and
 * administrators) admit, invite and name moderators.
 */
@Path("/api/networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks")
@Authenticated
public class NetworkResource {

    static final String CODE = "[a-z0-9][a-z0-9-]{0,119}";

    @Inject
    NetworkService networks;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Operation(summary = "Every network, with its active members and the caller's own membership")
    public List<NetworkViews.Summary> list() {
        return networks.list(viewer.get(), language.get());
    }

    @GET
    @Path("{code}")
    @Operation(
            summary = "A network's space: purpose, priorities and moderators for everyone; members and meetings for its"
                    + " members; requests and invitations waiting for its moderators")
    public NetworkViews.Space space(@PathParam("code") @Pattern(regexp = CODE) String code) {
        return networks.space(code, viewer.get(), language.get());
    }

    @POST
    @Path("{code}/membership")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask to join (a moderator decides), join at once (a network open to the caller's role) or accept"
                    + " an invitation; 422 names the field (network: by invitation only), 409 when already in")
    public NetworkViews.Member join(
            @PathParam("code") @Pattern(regexp = CODE) String code, @Valid @NotNull NetworkViews.JoinRequest request) {
        return networks.join(code, viewer.get(), request);
    }

    @DELETE
    @Path("{code}/membership")
    @Operation(summary = "Leave the network, withdraw a request or decline an invitation")
    public Response leave(@PathParam("code") @Pattern(regexp = CODE) String code) {
        networks.leave(code, viewer.get());
        return Response.noContent().build();
    }

    @POST
    @Path("{code}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "A moderator invites someone who has signed in once, by e-mail; inviting one who asked admits them")
    public Response invite(
            @PathParam("code") @Pattern(regexp = CODE) String code,
            @Valid @NotNull NetworkViews.Invitation invitation) {
        return Response.status(201)
                .entity(networks.invite(code, viewer.get(), invitation))
                .build();
    }

    @POST
    @Path("{code}/members/{id: \\d+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A moderator approves or refuses a request (the reason is shown to the person)")
    public NetworkViews.Member decide(
            @PathParam("code") @Pattern(regexp = CODE) String code,
            @PathParam("id") long id,
            @Valid @NotNull NetworkViews.DecisionRequest request) {
        return networks.decide(code, id, request, viewer.get());
    }

    @PUT
    @Path("{code}/members/{id: \\d+}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A moderator names a member moderator, or a moderator member again")
    public NetworkViews.Member role(
            @PathParam("code") @Pattern(regexp = CODE) String code,
            @PathParam("id") long id,
            @Valid @NotNull NetworkViews.RoleRequest request) {
        return networks.role(code, id, request, viewer.get());
    }
}
