package eu.topcop.learn.lrs;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators create and revoke the LRS's clients through the API; the secret is in the creation's answer only. */
@Path("/api/admin/lrs-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LRS clients")
public class LrsClientResource {

    /** A client to create: its name and xAPI scopes (statements/write, statements/read, all/read, ...). */
    public record NewClient(
            @Size(max = LrsClients.NAME_MAX) String name,
            @NotNull List<@Size(max = 40) String> scopes) {}

    /** A client as administrators see it: never its secret. */
    public record ClientView(
            String key, String name, List<String> scopes, String createdBy, Instant createdAt, Instant revokedAt) {

        static ClientView of(LrsClient client) {
            return new ClientView(
                    client.key,
                    client.name,
                    client.scopeSet().stream().map(s -> s.value).toList(),
                    client.createdBy.name,
                    client.createdAt,
                    client.revokedAt);
        }
    }

    /** A client just created, with its secret: the only answer that carries it. */
    public record CreatedClient(ClientView client, String secret, String endpoint) {}

    @Inject
    LrsClients clients;

    @Inject
    CurrentPerson me;

    @Inject
    XapiEndpoint endpoint;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every LRS client, revoked ones included")
    public List<ClientView> list() {
        return clients.all().stream().map(ClientView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Creates an LRS client; its secret is shown in this answer only")
    public Response create(@NotNull @Valid NewClient request) {
        LrsClients.Created created =
                clients.create(request.name(), new java.util.LinkedHashSet<>(request.scopes()), me.get());
        return Response.created(URI.create("/api/admin/lrs-clients/" + created.client().key))
                .entity(new CreatedClient(ClientView.of(created.client()), created.secret(), endpoint.url()))
                .build();
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revokes an LRS client: its key and secret are refused from now on")
    public ClientView revoke(@PathParam("key") String key) {
        return ClientView.of(clients.revoke(key));
    }
}
