package eu.topcop.learn.insight;

import java.util.List;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** OTNA rounds, questionnaire imports and capability gaps as JSON. */
@Path("/api/insight/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insight")
public class OtnaResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    OtnaService otna;

    @Inject
    QuestionnaireImports imports;

    @Inject
    GapService gaps;

    @Inject
    CoverageService coverage;

    @Inject
    CurrentPerson me;

    @Inject
    InsightViewer viewer;

    @GET
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "OTNA rounds, newest first")
    public List<OtnaViews.RoundSummary> rounds() {
        return otna.rounds();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Define an OTNA round: its priorities, countries, scales, target groups and capabilities")
    public Response define(@NotNull @Valid OtnaViews.RoundDefinition body) {
        OtnaViews.Round round = otna.define(body, me.get().id);
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/insight/rounds/" + round.code())
                .entity(round)
                .build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "A round with its scales, capabilities and the columns of its questionnaire file")
    public OtnaViews.Round round(@PathParam("code") String code) {
        return otna.round(code);
    }

    @GET
    @Path("{code}/template.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The questionnaire file to fill in, as CSV, with the legend in the language asked for")
    public Response csvTemplate(
            @PathParam("code") String code,
            @QueryParam("lang") @DefaultValue("en") @Pattern(regexp = "[a-z]{2}") String language) {
        return Downloads.attachment(otna.template(code, language, false), "text/csv; charset=UTF-8", code + ".csv");
    }

    @GET
    @Path("{code}/template.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The questionnaire file to fill in, as XLSX, with a legend sheet in the language asked for")
    public Response xlsxTemplate(
            @PathParam("code") String code,
            @QueryParam("lang") @DefaultValue("en") @Pattern(regexp = "[a-z]{2}") String language) {
        return Downloads.attachment(otna.template(code, language, true), XLSX, code + ".xlsx");
    }

    @POST
    @Path("{code}/imports")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Import a questionnaire file (CSV or XLSX) whole or not at all; the report names every problem"
                    + " as file:row:column. An agency's answers are replaced by its next file.")
    public Response importFile(
            @PathParam("code") String code,
            @QueryParam("file") @NotNull @Size(min = 1, max = 255) @Pattern(regexp = "[^/\\\\\\p{Cntrl}]+") String file,
            byte[] body) {
        OtnaViews.ImportReport report = imports.importFile(code, file, body == null ? new byte[0] : body, me.get().id);
        return Response.status("REFUSED".equals(report.status()) ? 422 : 200)
                .entity(report)
                .build();
    }

    @GET
    @Path("{code}/imports")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The round's last 50 imports with their reports")
    public List<OtnaViews.ImportReport> imports(@PathParam("code") String code) {
        return imports.imports(code);
    }

    @POST
    @Path("{code}/consolidation")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Consolidate the answers into capability gaps (the rule is in the README)")
    public OtnaViews.ConsolidationReport consolidate(@PathParam("code") String code) {
        return otna.consolidate(code);
    }

    @POST
    @Path("{code}/validation")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Mark a consolidated round validated, once every gap is validated or discarded (409 before)")
    public OtnaViews.RoundSummary validate(@PathParam("code") String code) {
        return otna.validate(code);
    }

    @POST
    @Path("{code}/closure")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Close a validated round: its gaps become history")
    public OtnaViews.RoundSummary close(@PathParam("code") String code) {
        return otna.close(code);
    }

    @GET
    @Path("{code}/gaps")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The round's capability gaps; a national coordinator sees their own country's only")
    public List<OtnaViews.Gap> gaps(
            @PathParam("code") String code, @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country) {
        return otna.gaps(code, viewer(), country);
    }

    @GET
    @Path("{code}/gaps.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The round's capability gaps as CSV (UTF-8), one column per proficiency level")
    public Response gapsCsv(
            @PathParam("code") String code, @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country) {
        OtnaViews.Round round = otna.round(code);
        return Downloads.attachment(
                InsightExports.csv(round, otna.gaps(code, viewer(), country)),
                "text/csv; charset=UTF-8",
                code + "-gaps.csv");
    }

    @GET
    @Path("{code}/gaps.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The round's capability gaps as XLSX, the same columns as the CSV")
    public Response gapsXlsx(
            @PathParam("code") String code, @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country) {
        OtnaViews.Round round = otna.round(code);
        return Downloads.attachment(
                InsightExports.xlsx(round, otna.gaps(code, viewer(), country)), XLSX, code + "-gaps.xlsx");
    }

    @POST
    @Path("{code}/gaps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Raise an emerging need outside the questionnaire, with what shows it (a coordinator for their"
                    + " own country); it is decided like the other gaps")
    public Response raise(@PathParam("code") String code, @NotNull @Valid OtnaViews.EmergingNeed body) {
        return Response.status(Response.Status.CREATED)
                .entity(gaps.raise(code, body, viewer(), me.get().id))
                .build();
    }

    @POST
    @Path("gaps/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Validate a gap, change its figures with a reason, or discard it with a reason")
    public OtnaViews.Gap decide(@PathParam("id") long id, @NotNull @Valid OtnaViews.Decision body) {
        return gaps.decide(id, body, me.get().id);
    }

    @GET
    @Path("gaps/{id}/history")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "A gap's audit trail: who raised, validated, changed or discarded it, when and why")
    public List<OtnaViews.GapChangeView> history(@PathParam("id") long id) {
        return gaps.history(id, viewer());
    }

    @GET
    @Path("{code}/coverage")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "How far the portfolio covers the round's gaps: the courses addressing each gap, the officers of"
                    + " its country trained by them, coverage; gaps without a course; courses serving no gap")
    public OtnaViews.Coverage coverage(
            @PathParam("code") String code, @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country) {
        return coverage.coverage(code, viewer(), country == null ? null : country.toUpperCase(java.util.Locale.ROOT));
    }

    @GET
    @Path("{code}/coverage.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "The round's coverage as CSV (UTF-8): one row per gap, officers to train and trained per level")
    public Response coverageCsv(
            @PathParam("code") String code, @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country) {
        return Downloads.attachment(
                InsightExports.coverageCsv(otna.round(code), coverage(code, country)),
                "text/csv; charset=UTF-8",
                code + "-coverage.csv");
    }

    @GET
    @Path("{code}/coverage.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The round's coverage as XLSX, the same columns as the CSV")
    public Response coverageXlsx(
            @PathParam("code") String code, @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country) {
        return Downloads.attachment(
                InsightExports.coverageXlsx(otna.round(code), coverage(code, country)), XLSX, code + "-coverage.xlsx");
    }

    @GET
    @Path("{code}/gaps/{id}/trace")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "A gap traced to what its coverage counts: the courses addressing it, the offerings behind its"
                    + " seats and approvals, and its country's completions, `limit` at a time after completion"
                    + " `after` (`more` and `nextAfter` give the next page); a coordinator for their own country")
    public OtnaViews.Trace trace(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(CoverageService.MAX_TRACE_COMPLETIONS) int limit) {
        return coverage.trace(code, id, viewer(), after, limit);
    }

    private OtnaService.Viewer viewer() {
        return viewer.get();
    }
}
