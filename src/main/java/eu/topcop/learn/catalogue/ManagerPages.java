package eu.topcop.learn.catalogue;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.catalogue.CatalogueViews.ActivityKind;
import eu.topcop.learn.catalogue.CatalogueViews.Coverage;
import eu.topcop.learn.catalogue.CatalogueViews.Cycle;
import eu.topcop.learn.catalogue.CatalogueViews.PartnerCountry;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The course managers' area: how the portfolio covers the current EMPACT priorities. */
@Path("/manager")
@Produces(MediaType.TEXT_HTML)
public class ManagerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(
                Cycle cycle, List<Coverage> coverage, List<ActivityKind> activityTypes, List<PartnerCountry> partners);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance overview() {
        Cycle cycle = catalogue.currentCycle();
        return Templates.overview(
                cycle,
                catalogue.coverage(cycle.code(), language.get()),
                catalogue.activityTypes(language.get()),
                catalogue.partnerCountries(language.get()));
    }
}
