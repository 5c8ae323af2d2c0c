package eu.topcop.learn.insight.evaluation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import eu.topcop.learn.insight.dashboard.DashboardExports;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Report;
import eu.topcop.learn.insight.evaluation.FourLevelViews.Scope;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The four-level evaluation reports on pages, with their comparison charts, and as XLSX and PDF downloads: per
 * offering, course, curriculum and country × crime priority. Who reads what is {@link FourLevelReports}' rule.
 */
@Path("/evaluation/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
public class FourLevelPages {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    static final String COUNTRY = "[A-Z]{2}";
    static final String FORMAT = "xlsx|pdf";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(FourLevelViews.Index index);

        static native TemplateInstance fourLevels(
                Report report, List<FourLevelCharts.Chart> charts, List<FourLevelViews.Choice> countries);
    }

    @Inject
    FourLevelReports reports;

    @Inject
    FourLevelExports exports;

    @Inject
    EvaluationViewer viewer;

    @Inject
    RequestLanguage language;

    @Inject
    eu.topcop.learn.catalogue.CatalogueService catalogue;

    @GET
    public TemplateInstance index() {
        return Templates.reports(reports.index(viewer.get(), language.get()));
    }

    @GET
    @Path("offerings/{code}")
    public TemplateInstance offering(
            @PathParam("code") @Pattern(regexp = CODE) String code,
            @QueryParam("country") @Pattern(regexp = COUNTRY) String country) {
        return page(Scope.OFFERING, code, country);
    }

    @GET
    @Path("courses/{code}")
    public TemplateInstance course(
            @PathParam("code") @Pattern(regexp = CODE) String code,
            @QueryParam("country") @Pattern(regexp = COUNTRY) String country) {
        return page(Scope.COURSE, code, country);
    }

    @GET
    @Path("curricula/{code}")
    public TemplateInstance curriculum(
            @PathParam("code") @Pattern(regexp = CODE) String code,
            @QueryParam("country") @Pattern(regexp = COUNTRY) String country) {
        return page(Scope.CURRICULUM, code, country);
    }

    @GET
    @Path("countries/{country}/priorities/{priority}")
    public TemplateInstance countryPriority(
            @PathParam("country") @Pattern(regexp = COUNTRY) String country,
            @PathParam("priority") @Pattern(regexp = CODE) String priority) {
        return page(Scope.COUNTRY_PRIORITY, priority, country);
    }

    @GET
    @Path("offerings/{code}/report.{format}")
    @Produces({DashboardExports.XLSX, "application/pdf"})
    public Response offeringFile(
            @PathParam("code") @Pattern(regexp = CODE) String code,
            @PathParam("format") @Pattern(regexp = FORMAT) String format,
            @QueryParam("country") @Pattern(regexp = COUNTRY) String country) {
        return file(Scope.OFFERING, code, country, format);
    }

    @GET
    @Path("courses/{code}/report.{format}")
    @Produces({DashboardExports.XLSX, "application/pdf"})
    public Response courseFile(
            @PathParam("code") @Pattern(regexp = CODE) String code,
            @PathParam("format") @Pattern(regexp = FORMAT) String format,
            @QueryParam("country") @Pattern(regexp = COUNTRY) String country) {
        return file(Scope.COURSE, code, country, format);
    }

    @GET
    @Path("curricula/{code}/report.{format}")
    @Produces({DashboardExports.XLSX, "application/pdf"})
    public Response curriculumFile(
            @PathParam("code") @Pattern(regexp = CODE) String code,
            @PathParam("format") @Pattern(regexp = FORMAT) String format,
            @QueryParam("country") @Pattern(regexp = COUNTRY) String country) {
        return file(Scope.CURRICULUM, code, country, format);
    }

    @GET
    @Path("countries/{country}/priorities/{priority}/report.{format}")
    @Produces({DashboardExports.XLSX, "application/pdf"})
    public Response countryPriorityFile(
            @PathParam("country") @Pattern(regexp = COUNTRY) String country,
            @PathParam("priority") @Pattern(regexp = CODE) String priority,
            @PathParam("format") @Pattern(regexp = FORMAT) String format) {
        return file(Scope.COUNTRY_PRIORITY, priority, country, format);
    }

    private TemplateInstance page(Scope scope, String code, String country) {
        Language lang = language.get();
        EvaluationMessages words = FourLevelExports.words(lang);
        Report report = reports.report(scope, code, country, viewer.get(), lang);
        List<FourLevelViews.Line> lines = FourLevelExports.named(report.lines(), words);
        Report named = new Report(
                report.subject(),
                report.today(),
                report.smallest(),
                report.minimumOfficers(),
                lines,
                FourLevelExports.rename(report.total(), words.fl_total()),
                report.surveys());
        List<FourLevelViews.Choice> countries = viewer.get().everything() && scope != Scope.COUNTRY_PRIORITY
                ? catalogue.partnerCountries(lang).stream()
                        .map(c -> new FourLevelViews.Choice(c.code(), c.name(), null))
                        .toList()
                : List.<FourLevelViews.Choice>of();
        return Templates.fourLevels(named, FourLevelCharts.of(lines, words.fl_hidden(), words.fl_none()), countries);
    }

    private Response file(Scope scope, String code, String country, String format) {
        Language lang = language.get();
        Report report = reports.report(scope, code, country, viewer.get(), lang);
        String name = "evaluation-" + code
                + (report.subject().country() == null
                        ? ""
                        : "-" + report.subject().country());
        StreamingOutput body =
                format.equals("pdf") ? out -> exports.pdf(report, lang, out) : out -> exports.xlsx(report, lang, out);
        return Response.ok(body, format.equals("pdf") ? "application/pdf" : DashboardExports.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
