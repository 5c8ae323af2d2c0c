package eu.topcop.learn.insight;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Traceability from the portfolio back to the needs: the capability gaps a course, or an offering's course, serves
 * (the other way, from a gap to its courses, offerings and completions, is on the gap's page).
 */
@Path("/insight")
@Produces(MediaType.TEXT_HTML)
public class TracePages {

    /** The gaps one course or offering serves, with the rounds' labels to name them. */
    public record Served(String kind, String code, String title, List<Line> gaps) {}

    /** A served gap with the labels of its round. */
    public record Line(OtnaViews.ServedGap gap, RoundLabels round) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance served(Served served);
    }

    @Inject
    CoverageService coverage;

    @Inject
    OtnaService otna;

    @Inject
    InsightViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Path("courses/{code}/gaps")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance course(@PathParam("code") String code, @QueryParam("round") String round) {
        List<OtnaViews.ServedGap> gaps = coverage.servedByCourse(code, blank(round), viewer.get());
        return Templates.served(new Served(
                "course",
                code,
                CourseTitles.of(List.of(code), language.get().code()).title(code),
                lines(gaps)));
    }

    @GET
    @Path("offerings/{code}/gaps")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance offering(@PathParam("code") String code, @QueryParam("round") String round) {
        List<OtnaViews.ServedGap> gaps = coverage.servedByOffering(code, blank(round), viewer.get());
        return Templates.served(new Served("offering", code, code, lines(gaps)));
    }

    /** Each gap with its round's labels; a round is read once however many of its gaps are listed. */
    private List<Line> lines(List<OtnaViews.ServedGap> gaps) {
        java.util.Map<String, RoundLabels> rounds = new java.util.HashMap<>();
        return gaps.stream()
                .map(g -> new Line(
                        g,
                        rounds.computeIfAbsent(
                                g.round(),
                                r -> new RoundLabels(
                                        otna.round(r), language.get().code()))))
                .toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
