package eu.topcop.learn.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.catalogue.CatalogueViews.ActivityKind;
import eu.topcop.learn.catalogue.CatalogueViews.PartnerCountry;
import eu.topcop.learn.catalogue.CatalogueViews.PortfolioPriority;
import eu.topcop.learn.catalogue.CurriculumViews.CurriculumDetail;
import eu.topcop.learn.catalogue.CurriculumViews.CurriculumSummary;
import eu.topcop.learn.catalogue.OfferingViews.CourseDetail;
import eu.topcop.learn.catalogue.OfferingViews.OfferingDetail;
import eu.topcop.learn.catalogue.OfferingViews.OfferingFilter;
import eu.topcop.learn.catalogue.OfferingViews.OfferingSummary;
import eu.topcop.learn.content.ContentService;
import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.networks.discussions.OfferingSpaces;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.KeptRendering;
import eu.topcop.learn.platform.web.ResultPage;
import eu.topcop.learn.platform.web.Revalidated;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The catalogue: find offerings by crime priority, activity type, country, language, dates and words; read
 * the regional curricula with their paths, each course and each offering. A repeat visit to an unchanged page
 * costs a 304.
 */
@Path("/catalogue")
@Produces(MediaType.TEXT_HTML)
@Revalidated
public class CataloguePages {

    static final int PAGE_SIZE = 20;

    /** The reader's filter as they sent it, echoed in the form and carried by the paging links. */
    public record Filters(
            String q,
            String priority,
            String type,
            String country,
            String language,
            String from,
            String to,
            String course,
            boolean dateNotUnderstood,
            String query) {

        public boolean any() {
            return !query.isEmpty();
        }

        /** The paging links' address before {@code page=}: the filter carried along ({@code pager.html}). */
        public String pagerBase() {
            return "/catalogue?" + (any() ? query + "&" : "");
        }
    }

    /** Everything the filter form offers to choose from. */
    public record Choices(
            List<PortfolioPriority> priorities,
            List<ActivityKind> activityTypes,
            List<PartnerCountry> countries,
            List<Language> languages) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance curricula(String listing);

        /** The catalogue page's content: the filters, the offerings found and the curricula. */
        static native TemplateInstance listing(
                ResultPage<CurriculumSummary> curricula,
                ResultPage<OfferingSummary> offerings,
                Choices choices,
                Filters filters);

        static native TemplateInstance curriculum(
                CurriculumDetail curriculum, List<PortfolioPriority> priorities, Map<String, String> moduleTitles);

        static native TemplateInstance course(
                CourseDetail course, List<PortfolioPriority> priorities, Map<String, String> moduleTitles);

        static native TemplateInstance offering(
                OfferingDetail offering,
                List<PortfolioPriority> priorities,
                boolean canChange,
                boolean discussion,
                Map<String, String> moduleTitles);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    CurriculumService curricula;

    @Inject
    OfferingCatalogue offerings;

    @Inject
    OfferingSpaces offeringSpaces;

    @Inject
    NetworkViewer networkViewer;

    @Inject
    RequestLanguage language;

    @Inject
    CurrentUser user;

    @Inject
    ContentService content;

    @GET
    @Authenticated
    public TemplateInstance curricula(
            @QueryParam("q") String q,
            @QueryParam("priority") String priority,
            @QueryParam("type") String type,
            @QueryParam("country") String country,
            @QueryParam("language") String workingLanguage,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("course") String course,
            @QueryParam("page") @DefaultValue("0") int page) {
        Language reader = language.get();
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        boolean dateNotUnderstood = (blank(from) ? false : fromDate == null) || (blank(to) ? false : toDate == null);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("priority", priority);
        values.put("type", type);
        values.put("country", country);
        values.put("language", workingLanguage);
        values.put("from", fromDate == null ? null : fromDate.toString());
        values.put("to", toDate == null ? null : toDate.toString());
        values.put("course", course);
        String query = values.entrySet().stream()
                .filter(e -> !blank(e.getValue()))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Filters filters = new Filters(
                text(q),
                text(priority),
                text(type),
                text(country),
                text(workingLanguage),
                fromDate == null ? "" : fromDate.toString(),
                toDate == null ? "" : toDate.toString(),
                text(course),
                dateNotUnderstood,
                query);
        OfferingFilter filter =
                new OfferingFilter(q, priority, type, country, workingLanguage, course, fromDate, toDate);
        int wanted = Math.max(0, page);
        // Curricula answer the priority and the words; the other filters are about dated offerings.
        ResultPage<CurriculumSummary> found = curricula.curricula(priority, q, 0, PAGE_SIZE, reader);
        ResultPage<OfferingSummary> scheduled = offerings.search(filter, wanted, PAGE_SIZE, reader);
        Choices choices = new Choices(
                portfolio(), catalogue.activityTypes(reader), catalogue.venueCountries(reader), Language.SUPPORTED);
        if (filters.any() || dateNotUnderstood || wanted >= KEPT_PAGES) {
            return Templates.curricula(
                    Templates.listing(found, scheduled, choices, filters).render());
        }
        // The unfiltered catalogue, the one most readers open, is the same for everyone reading it in a language.
        return Templates.curricula(keptListings.get(
                new ListingKey(reader.code(), wanted),
                List.of(found, scheduled, choices, filters),
                () -> Templates.listing(found, scheduled, choices, filters).render()));
    }

    /** The unfiltered catalogue's first pages, rendered once per language while their inputs stay equal. */
    static final int KEPT_PAGES = 5;

    private record ListingKey(String language, int page) {}

    private final KeptRendering keptListings = new KeptRendering(KEPT_PAGES * Language.SUPPORTED.size());

    @GET
    @Path("curricula/{code}")
    @Authenticated
    public TemplateInstance curriculum(@PathParam("code") String code) {
        CurriculumDetail curriculum = curricula.curriculum(code, language.get());
        return Templates.curriculum(
                curriculum,
                portfolio(),
                moduleTitles(curriculum.path().stream()
                        .flatMap(step -> step.modules().stream())
                        .toList()));
    }

    @GET
    @Path("courses/{code}")
    @Authenticated
    public TemplateInstance course(@PathParam("code") String code) {
        CourseDetail course = offerings.course(code, 10, language.get());
        return Templates.course(course, portfolio(), moduleTitles(course.modules()));
    }

    @GET
    @Path("offerings/{code}")
    @Authenticated
    public TemplateInstance offering(@PathParam("code") String code) {
        OfferingDetail offering = offerings.offering(code, language.get());
        boolean canChange = user.hasRole(Roles.ADMIN)
                || (user.hasRole(Roles.COURSE_MANAGER)
                        && offering.courseManager().equals(user.username()));
        // The button to the offering's discussion space, for those who may read it (its people, course managers).
        boolean discussion = offeringSpaces.reads(code, networkViewer.get());
        return Templates.offering(offering, portfolio(), canChange, discussion, moduleTitles(offering.modules()));
    }

    /** Modules are named by their titles where people read them; the codes stay in the addresses. */
    private Map<String, String> moduleTitles(List<String> codes) {
        return content.moduleTitles(codes, language.get());
    }

    private List<PortfolioPriority> portfolio() {
        return catalogue.portfolio(catalogue.currentCycle().code(), language.get());
    }

    private static LocalDate date(String value) {
        return eu.topcop.learn.platform.web.PageForms.date(value);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
