package eu.topcop.learn.lrs;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The LRS's agent resources: the Person object and the agent profile. The Person object gathers identifiers, so it
 * asks for {@code all/read} (1.0.3 Communication 2.4.s3: increased, explicitly given permissions).
 */
@Path("/xapi/agents")
@Tag(name = "xAPI LRS")
public class XapiAgentResource {

    @Inject
    XapiCaller caller;

    @Inject
    DocumentRequests requests;

    @Inject
    DocumentAnswers answers;

    @Inject
    XapiActivities activities;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @PermitAll
    @Operation(summary = "The Person object: every identifier the LRS knows for the agent")
    public Response person() {
        caller.require(Scope.ALL_READ);
        return Response.ok(activities.person(requests.agent(uri.getQueryParameters(), caller.version())))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("profile")
    @PermitAll
    @Operation(summary = "One agent profile document by profileId, or the agent's profile ids (since a time)")
    public Response profile() {
        return answers.get(XapiDocument.Kind.AGENT_PROFILE, uri);
    }

    @PUT
    @Path("profile")
    @PermitAll
    @Operation(summary = "Stores an agent profile document whole: If-Match or If-None-Match when one exists")
    public Response putProfile(byte[] body) {
        return answers.put(XapiDocument.Kind.AGENT_PROFILE, uri, headers, body);
    }

    @POST
    @Path("profile")
    @PermitAll
    @Operation(summary = "Stores an agent profile document, or merges a JSON object into the stored one")
    public Response postProfile(byte[] body) {
        return answers.post(XapiDocument.Kind.AGENT_PROFILE, uri, headers, body);
    }

    @DELETE
    @Path("profile")
    @PermitAll
    @Operation(summary = "Deletes an agent profile document (204)")
    public Response deleteProfile() {
        return answers.delete(XapiDocument.Kind.AGENT_PROFILE, uri, headers);
    }
}
