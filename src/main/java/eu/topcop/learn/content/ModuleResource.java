package eu.topcop.learn.content;

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

import eu.topcop.learn.content.ContentViews.LessonView;
import eu.topcop.learn.content.ContentViews.ModuleDetail;
import eu.topcop.learn.content.ContentViews.ModuleSummary;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published modules and their lessons as JSON, in the caller's language. */
@Path("/api/content/modules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
public class ModuleResource {

    @Inject
    ContentService content;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    @Operation(summary = "Published modules (their current versions), by code; X-Total-Count has the total")
    public Response list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        List<ModuleSummary> modules = content.modules(language.get(), page, size);
        return Response.ok(modules)
                .header("X-Total-Count", content.moduleCount())
                .build();
    }

    @GET
    @Path("{code}")
    @Authenticated
    @Operation(summary = "A module's current version, or the one asked for with ?version=")
    public ModuleDetail module(@PathParam("code") String code, @QueryParam("version") @Min(1) Integer version) {
        return content.module(code, version, language.get());
    }

    @GET
    @Path("{code}/lessons/{position}")
    @Authenticated
    @Operation(summary = "A lesson, as sanitised HTML, of the current version or of ?version=")
    public LessonView lesson(
            @PathParam("code") String code,
            @PathParam("position") @Min(1) int position,
            @QueryParam("version") @Min(1) Integer version) {
        return content.lesson(code, version, position, language.get());
    }
}
