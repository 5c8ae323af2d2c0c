package eu.topcop.learn.learning;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.learning.LearningService.Learning;
import eu.topcop.learn.learning.LearningService.PlayerLesson;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The module player and "my learning": small server-rendered pages, one lesson at a time. Reading a page
 * changes nothing; moving on (a POST) records the lesson as read.
 */
@Path("/learning")
@Produces(MediaType.TEXT_HTML)
public class LearningPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<Learning> modules, String done);

        static native TemplateInstance lesson(PlayerLesson player);
    }

    @Inject
    LearningService learning;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance mine(@QueryParam("done") String done) {
        return Templates.mine(learning.mine(me.get(), language.get()), done == null ? "" : done);
    }

    @POST
    @Path("modules/{code}/start")
    @Authenticated
    public Response start(@PathParam("code") String code) {
        int lesson = learning.startOrResume(code, me.get());
        return see("/learning/modules/" + code + "/lessons/" + lesson);
    }

    @GET
    @Path("modules/{code}/lessons/{n}")
    @Authenticated
    public TemplateInstance lesson(@PathParam("code") String code, @PathParam("n") int n) {
        return Templates.lesson(learning.lesson(code, n, me.get(), language.get()));
    }

    @POST
    @Path("modules/{code}/lessons/{n}/read")
    @Authenticated
    public Response read(@PathParam("code") String code, @PathParam("n") int n) {
        int next = learning.read(code, n, me.get());
        return next == 0 ? see("/learning?done=" + code) : see("/learning/modules/" + code + "/lessons/" + next);
    }

    private static Response see(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
