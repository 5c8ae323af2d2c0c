package eu.topcop.learn.catalogue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.catalogue.CatalogueViews.ActivityKind;
import eu.topcop.learn.catalogue.CatalogueViews.Cycle;
import eu.topcop.learn.catalogue.CatalogueViews.PartnerCountry;
import eu.topcop.learn.catalogue.CatalogueViews.PortfolioPriority;
import eu.topcop.learn.catalogue.CatalogueViews.Priority;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Revalidated;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reference data of the catalogue as JSON. The lists are short and bounded (a cycle has about ten
 * priorities), so they are returned whole rather than paged.
 */
@Path("/api/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
@Revalidated(CatalogueChanges.class)
public class CatalogueResource {

    @Inject
    CatalogueService catalogue;

    @Inject
    RequestLanguage requestLanguage;

    @GET
    @Path("cycles")
    @Authenticated
    @Operation(summary = "EMPACT cycles, oldest first")
    public List<Cycle> cycles() {
        return catalogue.cycles();
    }

    @GET
    @Path("cycles/current")
    @Authenticated
    @Operation(summary = "The EMPACT cycle running now")
    public Cycle currentCycle() {
        return catalogue.currentCycle();
    }

    @GET
    @Path("cycles/{code}")
    @Authenticated
    @Operation(summary = "One EMPACT cycle")
    public Cycle cycle(@PathParam("code") String code) {
        return catalogue.cycle(code);
    }

    @GET
    @Path("cycles/{code}/priorities")
    @Authenticated
    @Operation(summary = "The EU crime priorities of a cycle, named in the requested language")
    public List<Priority> priorities(
            @PathParam("code") String code,
            @QueryParam("lang")
                    @Parameter(description = "en, ru, uk, ka, hy, az or ro; default: the caller's language")
                    @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
                    String lang) {
        catalogue.cycle(code);
        return catalogue.empactPriorities(code, language(lang));
    }

    @GET
    @Path("portfolio-priorities")
    @Authenticated
    @Operation(summary = "The portfolio's crime priorities with the EMPACT priorities of the current cycle they serve")
    public List<PortfolioPriority> portfolio(
            @QueryParam("lang") @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
                    String lang) {
        return catalogue.portfolio(catalogue.currentCycle().code(), language(lang));
    }

    @GET
    @Path("activity-types")
    @Authenticated
    @Operation(summary = "Kinds of activity of the portfolio")
    public List<ActivityKind> activityTypes(
            @QueryParam("lang") @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
                    String lang) {
        return catalogue.activityTypes(language(lang));
    }

    @GET
    @Path("partner-countries")
    @Authenticated
    @Operation(summary = "The Eastern Partnership partner countries")
    public List<PartnerCountry> partnerCountries(
            @QueryParam("lang") @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
                    String lang) {
        return catalogue.partnerCountries(language(lang));
    }

    private Language language(String code) {
        if (code == null || code.isBlank()) {
            return requestLanguage.get();
        }
        return Language.of(code)
                .orElseThrow(() -> new DomainException.RuleViolation(
                        "lang", "Unsupported language '" + code + "'; use one of en, ru, uk, ka, hy, az, ro"));
    }
}
