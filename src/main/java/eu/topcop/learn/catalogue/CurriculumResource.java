package eu.topcop.learn.catalogue;

import java.util.List;

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
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Regional curricula as JSON. */
@Path("/api/catalogue/curricula")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class CurriculumResource {

    @Inject
    CurriculumService curricula;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    @Operation(
            summary =
                    "Regional curricula with their path, optionally of one portfolio priority; X-Total-Count has the total")
    public Response list(
            @QueryParam("priority") String priority,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        List<CurriculumSummary> all =
                curricula.curricula(priority == null || priority.isBlank() ? null : priority, language.get());
        List<CurriculumSummary> slice =
                all.stream().skip((long) page * size).limit(size).toList();
        return Response.ok(slice).header("X-Total-Count", all.size()).build();
    }

    @GET
    @Path("{code}")
    @Authenticated
    @Operation(summary = "A curriculum: aims, audience, learning outcomes and the path of courses")
    public CurriculumDetail curriculum(@PathParam("code") String code) {
        return curricula.curriculum(code, language.get());
    }
}
