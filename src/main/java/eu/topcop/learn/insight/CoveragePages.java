package eu.topcop.learn.insight;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.insight.GapPages.Filter;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.Downloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * How far the portfolio covers a round's gaps, on a page and as CSV and XLSX (the same rows, filtered alike), and
 * everything behind one gap's figures as CSV. The figures and their rules are {@link CoverageService}'s.
 */
@Path("/insight/rounds/{code}")
@Produces(MediaType.TEXT_HTML)
public class CoveragePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coverage(
                RoundLabels round, OtnaViews.Coverage coverage, Filter filter, CourseTitles courses);
    }

    @Inject
    OtnaService otna;

    @Inject
    CoverageService coverage;

    @Inject
    InsightViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Path("coverage")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance coverage(
            @PathParam("code") String code,
            @QueryParam("country") String country,
            @QueryParam("priority") String priority) {
        Filter filter = new Filter(country, priority, null);
        OtnaViews.Coverage all = coverage.coverage(code, viewer.get(), filter.countryCode());
        OtnaViews.Coverage shown = shown(all, filter);
        List<String> codes = new ArrayList<>(all.coursesServingNoGap());
        shown.covered().forEach(c -> codes.addAll(c.courses()));
        return Templates.coverage(
                labels(code),
                shown,
                filter,
                CourseTitles.of(codes, language.get().code()));
    }

    @GET
    @Path("coverage.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response coverageCsv(
            @PathParam("code") String code,
            @QueryParam("country") String country,
            @QueryParam("priority") String priority) {
        Filter filter = new Filter(country, priority, null);
        OtnaViews.Coverage shown = shown(coverage.coverage(code, viewer.get(), filter.countryCode()), filter);
        return Downloads.attachment(
                InsightExports.coverageCsv(otna.round(code), shown), "text/csv; charset=UTF-8", code + "-coverage.csv");
    }

    @GET
    @Path("coverage.xlsx")
    @Produces(InsightExports.XLSX)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response coverageXlsx(
            @PathParam("code") String code,
            @QueryParam("country") String country,
            @QueryParam("priority") String priority) {
        Filter filter = new Filter(country, priority, null);
        OtnaViews.Coverage shown = shown(coverage.coverage(code, viewer.get(), filter.countryCode()), filter);
        return Downloads.attachment(
                InsightExports.coverageXlsx(otna.round(code), shown), InsightExports.XLSX, code + "-coverage.xlsx");
    }

    /** Everything behind a gap's figures as CSV: its offerings and every completion counted, read page by page. */
    @GET
    @Path("gaps/{id}/trace.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response traceCsv(@PathParam("code") String code, @PathParam("id") long id) {
        OtnaService.Viewer reader = viewer.get();
        OtnaViews.Trace page = coverage.trace(code, id, reader, 0, CoverageService.MAX_TRACE_COMPLETIONS);
        List<List<Object>> rows = InsightExports.traceHeader();
        InsightExports.traceOfferings(rows, page.offerings());
        InsightExports.traceCompletions(rows, page.completions());
        while (page.more()) {
            page = coverage.trace(code, id, reader, page.nextAfter(), CoverageService.MAX_TRACE_COMPLETIONS);
            InsightExports.traceCompletions(rows, page.completions());
        }
        return Downloads.attachment(InsightExports.csv(rows), "text/csv; charset=UTF-8", code + "-gap-" + id + ".csv");
    }

    /** The coverage of the gaps the filter keeps (the country is already applied by the service). */
    private static OtnaViews.Coverage shown(OtnaViews.Coverage all, Filter filter) {
        return new OtnaViews.Coverage(
                all.round(),
                all.covered().stream().filter(c -> filter.keeps(c.gap())).toList(),
                all.withoutCourse().stream().filter(c -> filter.keeps(c.gap())).toList(),
                all.coursesServingNoGap());
    }

    private RoundLabels labels(String code) {
        return new RoundLabels(otna.round(code), language.get().code());
    }
}
