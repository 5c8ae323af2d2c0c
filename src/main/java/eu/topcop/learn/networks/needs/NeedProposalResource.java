package eu.topcop.learn.networks.needs;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
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

import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Emerging training needs proposed by the networks, as JSON: members propose from a discussion thread (from a
 * library document, at the document's own address); course managers list, link to capability gaps or decline.
 */
@Path("/api/training-needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks")
public class NeedProposalResource {

    @Inject
    NeedProposals proposals;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Path("proposals")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The proposed training needs of a status (every status when absent), newest first")
    public NeedViews.Proposals list(
            @QueryParam("status") NeedProposal.Status status,
            @QueryParam("after") Long after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return proposals.list(status, after, size, language.get());
    }

    @GET
    @Path("proposals/{id}")
    @Authenticated
    @Operation(summary = "One proposal with its decision: course managers, and the person who proposed it")
    public NeedViews.Proposal get(@PathParam("id") long id) {
        return proposals.get(id, viewer.get(), language.get());
    }

    @GET
    @Path("proposals/{id}/gaps")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The capability gaps of open OTNA rounds the proposal could be linked to")
    public List<NeedViews.Gap> candidates(@PathParam("id") long id) {
        return proposals.candidates(id, language.get());
    }

    @POST
    @Path("proposals/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Link the proposal to a capability gap, or decline it with a note; the proposer is told")
    public NeedViews.Proposal decide(@PathParam("id") long id, @NotNull @Valid NeedViews.Decision body) {
        proposals.decide(id, body, viewer.get().personId());
        return proposals.get(id, viewer.get(), language.get());
    }

    @POST
    @Path("threads/{thread}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Propose a discussion's conclusion as an emerging training need (members who may post)")
    public Response fromThread(@PathParam("thread") long thread, @NotNull @Valid NeedViews.ProposalInput body) {
        long id = proposals.fromThread(thread, body, viewer.get());
        return Response.created(URI.create("/api/training-needs/proposals/" + id))
                .entity(Map.of("id", id))
                .build();
    }
}
