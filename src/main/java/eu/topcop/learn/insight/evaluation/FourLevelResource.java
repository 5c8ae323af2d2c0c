package eu.topcop.learn.insight.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.insight.evaluation.FourLevelViews.Report;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Scope;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The four-level evaluation reports as JSON. {@code country} counts one country's people (course managers choose;
 * a coordinator always gets their own, asking for another is 403); trainers read the offerings they train.
 */
@Path("/api/evaluation/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
public class FourLevelResource {

    private static final String SUMMARY = " on Kirkpatrick's four levels: reaction surveys and score, knowledge-test"
            + " gain, follow-ups' applied share (participants and supervisors), and officers in an operational action"
            + " within 12 months; figures of too few people are null with hidden = true";

    @Inject
    FourLevelReports reports;

    @Inject
    EvaluationViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Operation(summary = "What the caller may open a four-level report on")
    public FourLevelViews.Index index() {
        return reports.index(viewer.get(), language.get());
    }

    @GET
    @Path("offerings/{code}")
    @Operation(summary = "An offering" + SUMMARY)
    public Report offering(
            @PathParam("code") @Pattern(regexp = FourLevelPages.CODE) String code,
            @QueryParam("country") @Pattern(regexp = FourLevelPages.COUNTRY) String country) {
        return reports.report(Scope.OFFERING, code, country, viewer.get(), language.get());
    }

    @GET
    @Path("courses/{code}")
    @Operation(summary = "A course, its offerings compared line by line," + SUMMARY)
    public Report course(
            @PathParam("code") @Pattern(regexp = FourLevelPages.CODE) String code,
            @QueryParam("country") @Pattern(regexp = FourLevelPages.COUNTRY) String country) {
        return reports.report(Scope.COURSE, code, country, viewer.get(), language.get());
    }

    @GET
    @Path("curricula/{code}")
    @Operation(summary = "A curriculum, its courses compared line by line," + SUMMARY)
    public Report curriculum(
            @PathParam("code") @Pattern(regexp = FourLevelPages.CODE) String code,
            @QueryParam("country") @Pattern(regexp = FourLevelPages.COUNTRY) String country) {
        return reports.report(Scope.CURRICULUM, code, country, viewer.get(), language.get());
    }

    @GET
    @Path("countries/{country}/priorities/{priority}")
    @Operation(summary = "A country and crime priority, the priority's courses line by line," + SUMMARY)
    public Report countryPriority(
            @PathParam("country") @Pattern(regexp = FourLevelPages.COUNTRY) String country,
            @PathParam("priority") @Pattern(regexp = FourLevelPages.CODE) String priority) {
        return reports.report(Scope.COUNTRY_PRIORITY, priority, country, viewer.get(), language.get());
    }
}
