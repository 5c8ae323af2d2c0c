package eu.topcop.learn.home;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.catalogue.CatalogueService;
import eu.topcop.learn.catalogue.CatalogueViews.Cycle;
import eu.topcop.learn.catalogue.CatalogueViews.PortfolioPriority;
import eu.topcop.learn.catalogue.CatalogueViews.Priority;
import eu.topcop.learn.home.HomeViews.Home;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The public landing page and the signed-in home page: first the person's next steps, a section per role they
 * hold; below them the portfolio and the EMPACT priorities.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing();

        static native TemplateInstance home(
                Home home,
                Cycle cycle,
                List<Cycle> cycles,
                List<Priority> priorities,
                List<PortfolioPriority> portfolio);

        static native TemplateInstance home$empact(Cycle cycle, List<Cycle> cycles, List<Priority> priorities);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    RequestLanguage language;

    @Inject
    NextSteps nextSteps;

    @GET
    @PermitAll
    public TemplateInstance landing() {
        return Templates.landing();
    }

    @GET
    @Path("home")
    @Authenticated
    public TemplateInstance home(@QueryParam("cycle") String cycleCode) {
        Cycle current = catalogue.currentCycle();
        Cycle shown = cycleCode == null || cycleCode.isBlank() ? current : catalogue.cycle(cycleCode);
        return Templates.home(
                nextSteps.home(),
                shown,
                catalogue.cycles(),
                catalogue.empactPriorities(shown.code(), language.get()),
                catalogue.portfolio(current.code(), language.get()));
    }

    /** The EMPACT list alone, for htmx to swap in when the reader picks another cycle. */
    @GET
    @Path("home/empact")
    @Authenticated
    public TemplateInstance empact(@QueryParam("cycle") String cycleCode) {
        Cycle shown = cycleCode == null || cycleCode.isBlank() ? catalogue.currentCycle() : catalogue.cycle(cycleCode);
        return Templates.home$empact(
                shown, catalogue.cycles(), catalogue.empactPriorities(shown.code(), language.get()));
    }
}
