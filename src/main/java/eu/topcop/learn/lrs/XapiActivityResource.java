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
 * The LRS's activity resources: the Activity object, the state (per activity, agent and registration) and the
 * activity profile. Authentication and the version header are {@link XapiGate}'s; each method is open to the gate
 * ({@code @PermitAll}) and checks its scope itself.
 */
@Path("/xapi/activities")
@Tag(name = "xAPI LRS")
public class XapiActivityResource {

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
    @Operation(summary = "The Activity object: its definition as the statements about it give it")
    public Response activity() {
        // Definitions come from statements: a client that may read them, or define activities, may read these.
        if (!Scope.STATEMENTS_READ.grantedBy(scopes()) && !Scope.DEFINE.grantedBy(scopes())) {
            caller.require(Scope.ALL_READ);
        }
        String activityId = requests.activity(uri.getQueryParameters(), caller.version());
        return Response.ok(activities.activity(activityId))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("state")
    @PermitAll
    @Operation(summary = "One state document by stateId, or the ids of the agent's states (since a time)")
    public Response state() {
        return answers.get(XapiDocument.Kind.STATE, uri);
    }

    @PUT
    @Path("state")
    @PermitAll
    @Operation(summary = "Stores a state document whole (204)")
    public Response putState(byte[] body) {
        return answers.put(XapiDocument.Kind.STATE, uri, headers, body);
    }

    @POST
    @Path("state")
    @PermitAll
    @Operation(summary = "Stores a state document, or merges a JSON object into the stored one (204)")
    public Response postState(byte[] body) {
        return answers.post(XapiDocument.Kind.STATE, uri, headers, body);
    }

    @DELETE
    @Path("state")
    @PermitAll
    @Operation(summary = "Deletes one state document, or without stateId all of the agent's in the activity (204)")
    public Response deleteState() {
        return answers.delete(XapiDocument.Kind.STATE, uri, headers);
    }

    @GET
    @Path("profile")
    @PermitAll
    @Operation(summary = "One activity profile document by profileId, or the activity's profile ids (since a time)")
    public Response profile() {
        return answers.get(XapiDocument.Kind.ACTIVITY_PROFILE, uri);
    }

    @PUT
    @Path("profile")
    @PermitAll
    @Operation(summary = "Stores an activity profile document whole: If-Match or If-None-Match when one exists")
    public Response putProfile(byte[] body) {
        return answers.put(XapiDocument.Kind.ACTIVITY_PROFILE, uri, headers, body);
    }

    @POST
    @Path("profile")
    @PermitAll
    @Operation(summary = "Stores an activity profile document, or merges a JSON object into the stored one")
    public Response postProfile(byte[] body) {
        return answers.post(XapiDocument.Kind.ACTIVITY_PROFILE, uri, headers, body);
    }

    @DELETE
    @Path("profile")
    @PermitAll
    @Operation(summary = "Deletes an activity profile document (204)")
    public Response deleteProfile() {
        return answers.delete(XapiDocument.Kind.ACTIVITY_PROFILE, uri, headers);
    }

    private java.util.Set<Scope> scopes() {
        return caller.client() == null ? java.util.Set.of() : caller.client().scopes();
    }
}
