package eu.topcop.learn.catalogue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.catalogue.CatalogueViews.PortfolioPriority;
import eu.topcop.learn.catalogue.CurriculumViews.CurriculumDetail;
import eu.topcop.learn.catalogue.CurriculumViews.CurriculumSummary;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The catalogue: regional curricula per crime priority, and each curriculum's path of courses. */
@Path("/catalogue")
@Produces(MediaType.TEXT_HTML)
public class CataloguePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance curricula(
                List<CurriculumSummary> curricula, List<PortfolioPriority> priorities, String selected);

        static native TemplateInstance curriculum(CurriculumDetail curriculum, List<PortfolioPriority> priorities);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    CurriculumService curricula;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance curricula(@QueryParam("priority") String priority) {
        String selected = priority == null || priority.isBlank() ? null : priority;
        return Templates.curricula(
                curricula.curricula(selected, language.get()), portfolio(), selected == null ? "" : selected);
    }

    @GET
    @Path("curricula/{code}")
    @Authenticated
    public TemplateInstance curriculum(@PathParam("code") String code) {
        return Templates.curriculum(curricula.curriculum(code, language.get()), portfolio());
    }

    private List<PortfolioPriority> portfolio() {
        return catalogue.portfolio(catalogue.currentCycle().code(), language.get());
    }
}
