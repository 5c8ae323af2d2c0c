package eu.topcop.learn.networks.library;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A network's library on pages, at the network's own address (rooted like its discussions and action points, so
 * that the networks' pages, rooted at /networks, do not take it); the work is {@link LibraryPages}'. A refused
 * document comes back in its form as typed, the file's problem beside the file input.
 */
@Path("/networks/{code}/library")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NetworkLibraryPages {

    @Inject
    LibraryPages pages;

    @Inject
    Refusals refusals;

    @GET
    public TemplateInstance network(@PathParam("code") String code, @QueryParam("after") Long after) {
        return pages.network(code, after);
    }

    @GET
    @Path("new")
    public TemplateInstance newDocument(@PathParam("code") String code, @QueryParam("translationOf") Long of) {
        return pages.newDocument(code, of);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(
            @PathParam("code") String code,
            @RestForm String kind,
            @RestForm String title,
            @RestForm String summary,
            @RestForm String body,
            @RestForm("language") String lang,
            @RestForm String access,
            @RestForm List<String> priorities,
            @RestForm List<String> countries,
            @RestForm List<String> coAuthors,
            @RestForm List<String> readers,
            @RestForm String translationOf,
            @RestForm String note,
            @RestForm("file") FileUpload file) {
        LibraryPages.DocumentForm form = new LibraryPages.DocumentForm(
                kind,
                title,
                summary,
                body,
                lang,
                access,
                priorities,
                countries,
                LibraryPages.ids(coAuthors),
                LibraryPages.ids(readers),
                translationOf,
                note);
        return refusals.attempt(
                LibraryPages.LABELS,
                () -> pages.create(code, form, file),
                refusal -> pages.newDocument(code, form, refusal));
    }
}
