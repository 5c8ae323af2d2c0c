package eu.topcop.learn.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.content.ContentViews.LessonView;
import eu.topcop.learn.content.ContentViews.ModuleDetail;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.Revalidated;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Reading a module: its overview and its lessons (progress and quizzes come with the learning feature). A repeat
 * visit to an unchanged page costs a 304.
 */
@Path("/modules")
@Produces(MediaType.TEXT_HTML)
public class ModulePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance module(ModuleDetail module);

        static native TemplateInstance lesson(LessonView lesson);
    }

    @Inject
    ContentService content;

    @Inject
    RequestLanguage language;

    @GET
    @Path("{code}")
    @Authenticated
    @Revalidated
    public TemplateInstance module(@PathParam("code") String code, @QueryParam("version") Integer version) {
        return Templates.module(content.module(code, version, language.get()));
    }

    @GET
    @Path("{code}/lessons/{position}")
    @Authenticated
    @Revalidated
    public TemplateInstance lesson(
            @PathParam("code") String code,
            @PathParam("position") int position,
            @QueryParam("version") Integer version) {
        return Templates.lesson(content.lesson(code, version, position, language.get()));
    }

    @GET
    @Path("{code}/versions/{version}/material/{path: .+}")
    @Authenticated
    @Produces(MediaType.WILDCARD)
    public Response material(
            @PathParam("code") String code, @PathParam("version") int version, @PathParam("path") String path) {
        MaterialFile file = content.material(code, version, path);
        String name = path.substring(path.lastIndexOf('/') + 1);
        return Response.ok(file.content, file.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"")
                .header("Cache-Control", "private, max-age=86400, immutable")
                .build();
    }
}
