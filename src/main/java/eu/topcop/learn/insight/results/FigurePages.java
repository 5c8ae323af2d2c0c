package eu.topcop.learn.insight.results;

import java.util.List;
import java.util.Locale;

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

import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.Downloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The level 4 figures on a page (three tables, the share as an SVG bar chart beside its table) and as downloads
 * (each table as CSV, all three as one workbook). A coordinator reads their own country whatever the address asks.
 */
@Path("/insight/results/figures")
@Produces(MediaType.TEXT_HTML)
public class FigurePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance figures(
                ResultViews.Figures figures,
                ResultLabels.Names names,
                boolean chooseCountry,
                ResultCharts.Chart chart,
                String query);
    }

    @Inject
    ResultFigures figures;

    @Inject
    ResultsViewer viewer;

    @Inject
    ResultLabels labels;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance page(@QueryParam("country") String country, @QueryParam("priority") String priority) {
        ResultViews.Figures shown = read(country, priority);
        ResultLabels.Names names = labels.names(language.get());
        ResultsMessages words = MessageBundles.get(
                ResultsMessages.class, Localized.Literal.of(language.get().code()));
        return Templates.figures(
                shown,
                names,
                viewer.get().everyCountry(),
                ResultCharts.share(
                        shown.training(), names, words.percent("#"), words.hidden(ResultFigures.MINIMUM_OFFICERS)),
                query(shown));
    }

    @GET
    @Path("{table}.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response csv(
            @PathParam("table") @Pattern(regexp = "training|results|before-after") String table,
            @QueryParam("country") String country,
            @QueryParam("priority") String priority) {
        List<List<Object>> rows = ResultExports.tables(read(country, priority)).get(table);
        return Downloads.attachment(ResultExports.csv(rows), "text/csv; charset=UTF-8", "results-" + table + ".csv");
    }

    @GET
    @Path("all.xlsx")
    @Produces(ResultExports.XLSX)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response xlsx(@QueryParam("country") String country, @QueryParam("priority") String priority) {
        return Downloads.attachment(
                ResultExports.xlsx(ResultExports.tables(read(country, priority))),
                ResultExports.XLSX,
                "results-figures.xlsx");
    }

    /** The figures as the reader may have them: a coordinator's country is theirs, whatever the address says. */
    private ResultViews.Figures read(String country, String priority) {
        ResultsViewer.Viewer reader = viewer.get();
        String code = country == null || !country.strip().matches("[A-Za-z]{2}")
                ? null
                : country.strip().toUpperCase(Locale.ROOT);
        String chosen = reader.everyCountry() ? code : reader.country();
        String p = priority == null || priority.isBlank() || priority.length() > ResultLimits.PRIORITY_CODE
                ? null
                : priority.strip();
        return figures.figures(chosen, p, reader);
    }

    private static String query(ResultViews.Figures shown) {
        return "country=" + (shown.country() == null ? "" : shown.country()) + "&priority="
                + (shown.priority() == null ? "" : shown.priority());
    }
}
