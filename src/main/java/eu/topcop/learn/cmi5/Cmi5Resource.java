package eu.topcop.learn.cmi5;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.cmi5.Cmi5Views.CourseView;
import eu.topcop.learn.cmi5.Cmi5Views.ImportAnswer;
import eu.topcop.learn.cmi5.Cmi5Views.WaiverInput;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * cmi5 course packages on the API: a zip or a bare cmi5.xml, as the body or as the {@code package} part of a form.
 * 201 with the version stored, 200 when the content is the current version's, 422 with every problem as a field
 * error named where it is ({@code cmi5.xml:12:5}, an entry's name, {@code package}). Waivers of an AU for a learner
 * are the course managers' (they decide recognition of prior learning): 201 with what was recorded.
 */
@Path("/api/content/cmi5")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
public class Cmi5Resource {

    static final String ZIP = "application/zip";

    @Inject
    Cmi5Importer importer;

    @Inject
    Cmi5Courses courses;

    @Inject
    RequestLanguage language;

    @Inject
    Cmi5Waivers waivers;

    @Inject
    CurrentUser user;

    @POST
    @Consumes({ZIP, "application/x-zip-compressed", MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    @Operation(summary = "Import a cmi5 package sent as the body (a zip, or a cmi5.xml of remote AUs)")
    public Response importBody(
            byte[] body,
            @QueryParam("curriculum") @Size(max = 80) String curriculum,
            @QueryParam("hours") @DefaultValue("1") @Min(1) @Max(Cmi5Importer.MAX_HOURS) int hours) {
        return answer(importer.importPackage(body, curriculum, hours, user.username()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    @Operation(summary = "Import a cmi5 package sent as the form part 'package', with 'curriculum' and 'hours'")
    public Response importForm(
            @RestForm("package") FileUpload file,
            @RestForm @Size(max = 80) String curriculum,
            @RestForm @DefaultValue("1") @Min(1) @Max(Cmi5Importer.MAX_HOURS) int hours) {
        return answer(importer.importPackage(Cmi5Pages.bytes(file), curriculum, hours, user.username()));
    }

    @GET
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    @Operation(summary = "The cmi5 courses with their versions and the AUs of each current version")
    public List<CourseView> list() {
        return courses.list(language.get());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    @Operation(summary = "One cmi5 course with its versions and the AUs of its current version")
    public CourseView one(@PathParam("code") @Size(max = 40) String code) {
        return courses.one(code, language.get());
    }

    @POST
    @Path("{code}/waivers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Waive an AU of the course for a learner (cmi5 9.3.7): states waived and meets the AU's moveOn;"
                    + " the AU is named by its publisher id; 409 if already waived or satisfied")
    public Response waive(@PathParam("code") @Size(max = 40) String code, @NotNull @Valid WaiverInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(waivers.waive(code, body.person(), body.au(), body.reason(), user.username()))
                .build();
    }

    private static Response answer(Cmi5Importer.Imported done) {
        ImportAnswer answer = new ImportAnswer(done.code(), done.version(), done.created());
        if (!done.created()) {
            return Response.ok(answer).build();
        }
        return Response.created(URI.create("/api/content/cmi5/" + done.code()))
                .entity(answer)
                .build();
    }
}
