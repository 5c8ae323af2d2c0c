package eu.topcop.learn.networks.discussions;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.networks.NetworkViewer;
import io.quarkus.security.Authenticated;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * The offering pages' "Discussion" button: a form, since the first one to press it makes the space, and a GET
 * changes nothing. It leads to the space's discussion pages.
 */
@Path("/offerings/{code}/discussion")
public class OfferingSpacePages {

    @Inject
    OfferingSpaces spaces;

    @Inject
    NetworkViewer viewer;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response open(@PathParam("code") String code) {
        return see("/networks/" + spaces.open(code, viewer.get()).network() + "/discussions");
    }
}
