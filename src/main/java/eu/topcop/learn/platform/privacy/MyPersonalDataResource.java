package eu.topcop.learn.platform.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's right of access: everything the LMS keeps about the caller, from every feature. */
@Path("/api/me/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyPersonalDataResource {

    @Inject
    PrivacyService privacy;

    @GET
    @Authenticated
    @Operation(summary = "All the caller's personal data, per feature and kind, as JSON")
    public PrivacyService.Export mine() {
        return privacy.document(privacy.mine());
    }
}
