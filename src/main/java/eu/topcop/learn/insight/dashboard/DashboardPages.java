package eu.topcop.learn.insight.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import eu.topcop.learn.catalogue.CatalogueService;
import eu.topcop.learn.catalogue.CatalogueViews;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.time.ReaderTime;
import eu.topcop.learn.platform.time.ReaderZone;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The dashboard pages: the portfolio dashboard with its charts and tables, a crime priority's insight page, and
 * the downloads of every table (CSV, XLSX) and of a country report (PDF). A national coordinator sees their own
 * country whatever the address asks for.
 */
@Path("/insight")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    /** What the pages name: countries, portfolio and EMPACT priorities, in the reader's language. */
    public record Names(
            Map<String, String> countries, Map<String, String> priorities, Map<String, String> empact, String cycle) {

        public String country(String code) {
            return DashboardCharts.name(countries, code);
        }

        public String priority(String code) {
            return DashboardCharts.name(priorities, code);
        }

        public String empactPriority(String code) {
            return DashboardCharts.name(empact, code);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(
                DashboardViews.Dashboard dashboard,
                Names names,
                boolean chooseCountry,
                List<Integer> years,
                DashboardCharts.Bars bars,
                DashboardCharts.Heat heat,
                DashboardCharts.Trend trend,
                String refreshedAt,
                String newestRound);

        static native TemplateInstance priority(
                CatalogueViews.PortfolioPriority priority,
                DashboardViews.Dashboard dashboard,
                Names names,
                List<String> rounds,
                String refreshedAt);
    }

    @Inject
    DashboardService dashboards;

    @Inject
    DashboardAccess access;

    @Inject
    DashboardExports exports;

    @Inject
    CatalogueService catalogue;

    @Inject
    RequestLanguage language;

    @Inject
    ReaderZone readerZone;

    @GET
    @Path("dashboard")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance dashboard(
            @QueryParam("country") @Pattern(regexp = "[A-Za-z]{0,2}") String country,
            @QueryParam("priority") @Size(max = 80) String priority,
            @QueryParam("empact") @Size(max = 80) String empact,
            @QueryParam("year") @Min(1900) @Max(2999) Integer year) {
        DashboardViews.Dashboard dashboard = read(country, priority, empact, year);
        Names names = names(dashboard.cycle());
        List<String> rounds = dashboards.rounds(dashboard.filter().priority());
        return Templates.dashboard(
                dashboard,
                names,
                access.manager(),
                dashboards.years(),
                DashboardCharts.bars(dashboard, names.countries(), names.priorities()),
                DashboardCharts.heat(
                        dashboard,
                        names.countries(),
                        names.priorities(),
                        DashboardExports.words(language.get()).heat_none()),
                DashboardCharts.trend(dashboard),
                DashboardExports.when(dashboard.refreshedAt(), readerZone.time()),
                rounds.isEmpty() ? null : rounds.get(0));
    }

    @GET
    @Path("priorities/{code}")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance priority(@PathParam("code") @Size(max = 80) String code) {
        String cycle = catalogue.currentCycle().code();
        CatalogueViews.PortfolioPriority priority = catalogue.portfolio(cycle, language.get()).stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("No crime priority of the portfolio " + code));
        DashboardViews.Dashboard dashboard = dashboards.dashboard(access.filter(null, code, null, null), cycle);
        return Templates.priority(
                priority,
                dashboard,
                names(cycle),
                dashboards.rounds(code),
                DashboardExports.when(dashboard.refreshedAt(), readerZone.time()));
    }

    @GET
    @Path("dashboard/{table}.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response csv(
            @PathParam("table") @Pattern(regexp = "cells|empact|years|quarters|gaps") String table,
            @QueryParam("country") @Pattern(regexp = "[A-Za-z]{0,2}") String country,
            @QueryParam("priority") @Size(max = 80) String priority,
            @QueryParam("empact") @Size(max = 80) String empact,
            @QueryParam("year") @Min(1900) @Max(2999) Integer year) {
        DashboardViews.Dashboard dashboard = read(country, priority, empact, year);
        DashboardExports.Table chosen = exports.tables(dashboard, names(dashboard.cycle()), language.get())
                .get(table);
        StreamingOutput body = out -> DashboardExports.csv(chosen, out);
        return download(body, "text/csv; charset=UTF-8", "dashboard-" + table + ".csv");
    }

    @GET
    @Path("dashboard.xlsx")
    @Produces(DashboardExports.XLSX)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response xlsx(
            @QueryParam("country") @Pattern(regexp = "[A-Za-z]{0,2}") String country,
            @QueryParam("priority") @Size(max = 80) String priority,
            @QueryParam("empact") @Size(max = 80) String empact,
            @QueryParam("year") @Min(1900) @Max(2999) Integer year) {
        DashboardViews.Dashboard dashboard = read(country, priority, empact, year);
        Map<String, DashboardExports.Table> tables =
                exports.tables(dashboard, names(dashboard.cycle()), language.get());
        StreamingOutput body = out -> DashboardExports.xlsx(tables.values(), out);
        return download(body, DashboardExports.XLSX, "dashboard.xlsx");
    }

    @GET
    @Path("dashboard/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response pdf(
            @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country,
            @QueryParam("year") @Min(1900) @Max(2999) Integer year) {
        DashboardViews.Filter filter = access.filter(country, null, null, year);
        if (filter.country() == null) {
            throw new DomainException.RuleViolation("country", "A country report needs a country");
        }
        DashboardViews.Dashboard dashboard =
                dashboards.dashboard(filter, catalogue.currentCycle().code());
        Names names = names(dashboard.cycle());
        Language lang = language.get();
        // Read while the request is there: the PDF is written after the method returns.
        ReaderTime reader = readerZone.time();
        StreamingOutput body = out -> exports.pdf(dashboard, names, lang, reader, out);
        return download(body, "application/pdf", "report-" + filter.country().toLowerCase(Locale.ROOT) + ".pdf");
    }

    private DashboardViews.Dashboard read(String country, String priority, String empact, Integer year) {
        return dashboards.dashboard(
                access.filter(country, priority, empact, year),
                catalogue.currentCycle().code());
    }

    private static Response download(StreamingOutput body, String type, String file) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    Names names(String cycle) {
        Language lang = language.get();
        Map<String, String> countries = new LinkedHashMap<>();
        catalogue.venueCountries(lang).forEach(c -> countries.put(c.code(), c.name()));
        Map<String, String> empact = new LinkedHashMap<>();
        catalogue.empactPriorities(cycle, lang).forEach(p -> empact.put(p.code(), p.name()));
        return new Names(countries, catalogue.portfolioNames(lang), empact, cycle);
    }
}
