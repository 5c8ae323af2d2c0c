package eu.topcop.learn.networks.subscriptions;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's subscriptions as JSON. Its root is longer than the networks' resource's (/api/networks), so that
 * the router gives it /api/networks/subscriptions/** rather than taking "subscriptions" for a network's code (as the
 * library's and the discussions' resources are rooted at the network's own address for the same reason).
 */
@Path("/api/networks/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network discussions")
@Authenticated
public class SubscriptionResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Operation(summary = "The networks and threads the caller follows, and how they are told of new posts")
    public Subscriptions.Mine mine() {
        return subscriptions.mine(viewer.get(), language.get().code());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chooses how the caller is told of new posts: IMMEDIATE, DAILY (the default) or IN_APP")
    public Subscriptions.Mine choose(@Valid @NotNull Subscriptions.Choice choice) {
        subscriptions.choose(viewer.get(), choice.delivery());
        return mine();
    }

    @POST
    @Path("network/{code}")
    @Operation(summary = "Follows a network's new threads (its readers only)")
    public Response followNetwork(@PathParam("code") String code) {
        subscriptions.followNetwork(code, viewer.get());
        return Response.noContent().build();
    }

    @DELETE
    @Path("network/{code}")
    @Operation(summary = "Stops following a network's new threads")
    public Response unfollowNetwork(@PathParam("code") String code) {
        subscriptions.unfollowNetwork(code, viewer.get());
        return Response.noContent().build();
    }

    @POST
    @Path("threads/{id}")
    @Operation(summary = "Follows a thread's replies (readers of its network only)")
    public Response followThread(@PathParam("id") long id) {
        subscriptions.followThread(id, viewer.get());
        return Response.noContent().build();
    }

    @DELETE
    @Path("threads/{id}")
    @Operation(summary = "Stops following a thread's replies, even after its replies would follow it again")
    public Response unfollowThread(@PathParam("id") long id) {
        subscriptions.unfollowThread(id, viewer.get());
        return Response.noContent().build();
    }
}
