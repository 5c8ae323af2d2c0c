package eu.topcop.learn.insight.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.catalogue.CatalogueService;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dashboards' figures as JSON, and the refresh of the facts behind them. */
@Path("/api/insight/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insight")
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @Inject
    DashboardFacts facts;

    @Inject
    DashboardAccess access;

    @Inject
    CatalogueService catalogue;

    @GET
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Totals and breakdowns per country and portfolio priority, per EMPACT priority of a cycle, per"
                    + " year and quarter, and the largest uncovered needs; read from the facts as of refreshedAt"
                    + " (at most a few minutes old). A national coordinator always gets their own country.")
    public DashboardViews.Dashboard dashboard(
            @QueryParam("country") @Pattern(regexp = "[A-Za-z]{0,2}") String country,
            @QueryParam("priority") @Size(max = 80) String priority,
            @QueryParam("empact") @Size(max = 80) String empact,
            @QueryParam("year") @Min(1900) @Max(2999) Integer year,
            @QueryParam("cycle") @Size(max = 20) String cycle) {
        String chosen =
                cycle == null || cycle.isBlank() ? catalogue.currentCycle().code() : cycle;
        return dashboards.dashboard(access.filter(country, priority, empact, year), chosen);
    }

    @POST
    @Path("refresh")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild the facts now instead of at the next scheduled refresh; 409 while a refresh runs")
    public DashboardViews.RefreshDone refresh() {
        DashboardFacts.Refresh done = facts.refresh()
                .orElseThrow(() -> new DomainException.Conflict("The figures are being refreshed right now"));
        return new DashboardViews.RefreshDone(done.at(), done.tookMillis(), done.factRows());
    }
}
