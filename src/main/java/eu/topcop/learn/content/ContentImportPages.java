package eu.topcop.learn.content;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.content.ContentViews.ImportSummary;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The content authors' import page: start an import, watch its progress, read its report. */
@Path("/content/imports")
@Produces(MediaType.TEXT_HTML)
public class ContentImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(List<ImportSummary> imports);

        static native TemplateInstance report(ImportSummary run);

        static native TemplateInstance report$progress(ImportSummary run);
    }

    @Inject
    ContentImporter importer;

    @Inject
    ContentService content;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    public TemplateInstance imports() {
        return Templates.imports(content.importRuns(0, 20));
    }

    @POST
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    public Response start() {
        long id = importer.startInBackground(user.username());
        return Response.seeOther(URI.create("/content/imports/" + id)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    public TemplateInstance report(@PathParam("id") long id) {
        return Templates.report(content.importRun(id));
    }

    /** The progress box alone, which the report page polls while the import runs. */
    @GET
    @Path("{id}/progress")
    @RolesAllowed({Roles.CONTENT_AUTHOR, Roles.ADMIN})
    public TemplateInstance progress(@PathParam("id") long id) {
        return Templates.report$progress(content.importRun(id));
    }
}
