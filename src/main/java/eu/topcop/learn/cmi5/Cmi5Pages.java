package eu.topcop.learn.cmi5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.catalogue.CurriculumService;
import eu.topcop.learn.cmi5.Cmi5Views.CourseView;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Content authors and administrators import cmi5 course packages here: the upload form, every problem of a refused
 * package with what was chosen kept, and the courses with their versions and AUs.
 */
@Path("/content/cmi5")
@Produces(MediaType.TEXT_HTML)
public class Cmi5Pages {

    static final Refusals.Labels LABELS = new Refusals.Labels(Cmi5Messages.class, "f_");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance courses(
                List<CourseView> courses,
                Map<String, String> curricula,
                String imported,
                Integer version,
                boolean unchanged,
                Refusal refusal);
    }

    @Inject
    Cmi5Importer importer;

    @Inject
    Cmi5Courses courses;

    @Inject
    CurriculumService curricula;

    @Inject
    RequestLanguage language;

    @Inject
    CurrentUser user;

    @Inject
    Refusals refusals;

    @GET
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    public TemplateInstance page(
            @QueryParam("imported") String imported,
            @QueryParam("version") Integer version,
            @QueryParam("unchanged") boolean unchanged) {
        return page(imported, version, unchanged, Refusal.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    public Response upload(@RestForm("package") FileUpload file, @RestForm String curriculum, @RestForm String hours) {
        return refusals.attempt(
                LABELS,
                () -> {
                    Cmi5Importer.Imported done =
                            importer.importPackage(bytes(file), curriculum, hoursOf(hours), user.username());
                    return PageForms.see("/content/cmi5?imported=" + done.code() + "&version=" + done.version()
                            + (done.created() ? "" : "&unchanged=true"));
                },
                refusal -> page(null, null, false, refusal));
    }

    private TemplateInstance page(String imported, Integer version, boolean unchanged, Refusal refusal) {
        return Templates.courses(
                courses.list(language.get()), curricula.titles(language.get()), imported, version, unchanged, refusal);
    }

    static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hours as typed; what is not a number is refused by the importer's range. */
    static int hoursOf(String hours) {
        Integer number = PageForms.number(hours);
        return number == null ? 0 : number;
    }
}
