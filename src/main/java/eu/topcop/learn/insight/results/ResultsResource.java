package eu.topcop.learn.insight.results;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.insight.results.OperationalResult.Status;
import eu.topcop.learn.insight.results.ResultViews.Detail;
import eu.topcop.learn.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operational results (evaluation level 4) as JSON: the list, recording, a result with its audit trail, edits,
 * validation or rejection, and the figures. The row rule is the service's ({@link ResultsViewer}).
 */
@Path("/api/insight/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insight")
public class ResultsResource {

    /** The kinds as a query may name them (a pattern, so that another word is a 400 naming the parameter). */
    static final String KINDS =
            "OPERATIONAL_ACTION|JOINT_ACTION_DAY|JOINT_INVESTIGATION_TEAM|CROSS_BORDER_CASE|ASSETS|ARRESTS";

    @Inject
    ResultService results;

    @Inject
    ResultReads reads;

    @Inject
    ResultFigures figures;

    @Inject
    ResultsViewer viewer;

    @GET
    @RolesAllowed({
        Roles.TRAINEE,
        Roles.TRAINER,
        Roles.NATIONAL_COORDINATOR,
        Roles.COURSE_MANAGER,
        Roles.CONTENT_AUTHOR,
        Roles.ADMIN
    })
    @Operation(
            summary = "Operational results, newest day first, 20 (up to 100) at a time: when more is true, ask again"
                    + " with after=next. Course managers see every country, a national coordinator their own (another"
                    + " country is 403), anyone else the results they took part in; mine=true: those only")
    public ResultViews.Page list(
            @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country,
            @QueryParam("priority") @Size(max = ResultLimits.PRIORITY_CODE) String priority,
            @QueryParam("kind") @Pattern(regexp = KINDS) String kind,
            @QueryParam("status") @Pattern(regexp = "PROPOSED|VALIDATED|REJECTED") String status,
            @QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("after") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}_\\d{1,18}") String after,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(ResultReads.MAX_PAGE) int limit) {
        ResultViews.Filter filter = new ResultViews.Filter(
                country == null ? null : country.toUpperCase(Locale.ROOT),
                blankless(priority),
                kind == null ? null : ResultKind.valueOf(kind),
                status == null ? null : Status.valueOf(status));
        return reads.list(filter, after, limit, viewer.get(), mine);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({
        Roles.TRAINEE,
        Roles.TRAINER,
        Roles.NATIONAL_COORDINATOR,
        Roles.COURSE_MANAGER,
        Roles.CONTENT_AUTHOR,
        Roles.ADMIN
    })
    @Operation(
            summary = "Record a result (201). A national coordinator records their own country's and a course manager"
                    + " any country's, validated at once; anyone else proposes one they took part in, which waits for"
                    + " their coordinator. 422 names each field at fault; another country is 403")
    public Response record(@NotNull @Valid ResultViews.ResultRequest body) {
        Detail recorded = results.record(body, viewer.get());
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/insight/results/" + recorded.result().id())
                .entity(recorded)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Roles.TRAINEE,
        Roles.TRAINER,
        Roles.NATIONAL_COORDINATOR,
        Roles.COURSE_MANAGER,
        Roles.CONTENT_AUTHOR,
        Roles.ADMIN
    })
    @Operation(
            summary = "A result with its audit trail (who recorded, edited, validated or rejected it, when, why and"
                    + " what changed). A restricted result is shown to an officer who took part without its"
                    + " description, evidence reference and other officers (withheld)")
    public Detail get(@PathParam("id") long id) {
        return results.detail(id, viewer.get());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({
        Roles.TRAINEE,
        Roles.TRAINER,
        Roles.NATIONAL_COORDINATOR,
        Roles.COURSE_MANAGER,
        Roles.CONTENT_AUTHOR,
        Roles.ADMIN
    })
    @Operation(
            summary = "Edit a result: its country's coordinator or a course manager at any time, its officer while it"
                    + " is proposed; every field changed is kept in the audit trail")
    public Detail edit(@PathParam("id") long id, @NotNull @Valid ResultViews.ResultRequest body) {
        return results.edit(id, body, viewer.get());
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Validate or reject (with a reason) a proposed result of one's country; 409 when it is decided"
                    + " already")
    public Detail decide(@PathParam("id") long id, @NotNull @Valid ResultViews.DecisionRequest body) {
        return results.decide(id, body, viewer.get());
    }

    @GET
    @Path("figures")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Level 4 figures per country and crime priority from validated results: the share of trained"
                    + " officers in an operational action within 12 months of their training, results per kind with"
                    + " arrests, cases and assets, and results before and after training for the same officers. A cell"
                    + " about fewer than minimumOfficers officers is hidden. A coordinator gets their own country")
    public ResultViews.Figures figures(
            @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country,
            @QueryParam("priority") @Size(max = ResultLimits.PRIORITY_CODE) String priority) {
        return figures.figures(
                country == null ? null : country.toUpperCase(Locale.ROOT), blankless(priority), viewer.get());
    }

    @GET
    @Path("officers")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "The people a result of a country may name (ids for officers), by name; a coordinator's own"
                    + " country whatever is asked")
    public List<ResultViews.Officer> officers(@QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country) {
        ResultsViewer.Viewer reader = viewer.get();
        String chosen = reader.everyCountry() && country != null ? country.toUpperCase(Locale.ROOT) : reader.country();
        return chosen == null ? List.of() : reads.officers(chosen);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
