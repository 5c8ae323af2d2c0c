package eu.topcop.learn.catalogue;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.catalogue.CurriculumViews.CurriculumDetail;
import eu.topcop.learn.catalogue.CurriculumViews.CurriculumSummary;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.ResultPage;
import eu.topcop.learn.platform.web.Revalidated;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Regional curricula as JSON. */
@Path("/api/catalogue/curricula")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
@Revalidated(CatalogueChanges.class)
public class CurriculumResource {

    @Inject
    CurriculumService curricula;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    @Operation(
            summary = "Regional curricula with their path, optionally of one portfolio priority or matching words;"
                    + " X-Total-Count has the total")
    public Response list(
            @QueryParam("priority") String priority,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ResultPage<CurriculumSummary> result = curricula.curricula(priority, q, page, size, language.get());
        return Response.ok(result.items())
                .header("X-Total-Count", result.total())
                .build();
    }

    @GET
    @Path("{code}")
    @Authenticated
    @Operation(summary = "A curriculum: aims, audience, learning outcomes and the path of courses")
    public CurriculumDetail curriculum(@PathParam("code") String code) {
        return curricula.curriculum(code, language.get());
    }
}
