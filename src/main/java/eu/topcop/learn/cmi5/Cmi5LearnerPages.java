package eu.topcop.learn.cmi5;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.cmi5.Cmi5Progress.CourseProgress;
import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.PageForms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A learner's cmi5 course, opened as a module is (any signed-in learner; the online phase comes before any
 * enrolment): its AUs with their status, and a Launch button per AU that starts a session and sends the browser to
 * the launch URL. Launching changes state, so it is a POST; the page itself only reads.
 */
@Path("/learning/cmi5")
@Produces(MediaType.TEXT_HTML)
public class Cmi5LearnerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance course(CourseProgress course);
    }

    @Inject
    Cmi5Progress progress;

    @Inject
    Cmi5Launches launches;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @GET
    @Path("{code}")
    @Authenticated
    public TemplateInstance course(@PathParam("code") String code) {
        return Templates.course(progress.of(me.get(), code, language.get()));
    }

    @POST
    @Path("{code}/aus/{position}/launch")
    @Authenticated
    public Response launch(@PathParam("code") String code, @PathParam("position") int position) {
        return PageForms.see(launches.launch(me.get(), code, position, language.get()));
    }
}
