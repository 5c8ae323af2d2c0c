package eu.topcop.learn.catalogue;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.catalogue.CatalogueViews.Coverage;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The manager area's data as JSON. */
@Path("/api/manager")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Manager area")
public class ManagerResource {

    @Inject
    CatalogueService catalogue;

    @Inject
    RequestLanguage language;

    /** Coverage of the current EMPACT cycle by the portfolio. */
    public record CoverageReport(String cycle, List<Coverage> coverage) {}

    @GET
    @Path("coverage")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Which portfolio priorities serve each EMPACT priority of the current cycle")
    public CoverageReport coverage() {
        String cycle = catalogue.currentCycle().code();
        return new CoverageReport(cycle, catalogue.coverage(cycle, language.get()));
    }
}
