package eu.topcop.learn.networks.library;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import eu.topcop.learn.catalogue.CatalogueService;
import eu.topcop.learn.catalogue.CatalogueViews;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.networks.needs.NeedViews;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * The library on pages: the search across every network, a network's library, writing and revising a document
 * (with its file), one document with its versions and what the viewer may do. The row rules are the service's.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LibraryPages {

    /** A document form as typed, kept when it is refused. */
    public record DocumentForm(
            String kind,
            String title,
            String summary,
            String body,
            String language,
            String access,
            List<String> priorities,
            List<String> countries,
            List<Long> coAuthors,
            List<Long> readers,
            String translationOf,
            String note) {

        public DocumentForm {
            priorities = priorities == null ? List.of() : priorities;
            countries = countries == null ? List.of() : countries;
            coAuthors = coAuthors == null ? List.of() : coAuthors;
            readers = readers == null ? List.of() : readers;
        }

        static DocumentForm empty(String language) {
            return new DocumentForm(
                    "GUIDELINE", "", "", "", language, "MEMBERS", List.of(), List.of(), List.of(), List.of(), "", "");
        }

        static DocumentForm of(LibraryViews.DocumentInput input) {
            return new DocumentForm(
                    input.kind(),
                    input.title(),
                    input.summary(),
                    input.body(),
                    input.language(),
                    input.access(),
                    input.priorities(),
                    input.countries(),
                    input.coAuthors(),
                    input.readers(),
                    "",
                    "");
        }

        LibraryViews.DocumentInput input() {
            return new LibraryViews.DocumentInput(
                    kind,
                    title,
                    summary,
                    body,
                    language,
                    access,
                    priorities,
                    countries,
                    coAuthors,
                    readers,
                    PageForms.id(translationOf),
                    note);
        }
    }

    /** The choices of a form and of the search. */
    public record Choices(
            List<LibraryDocument.Kind> kinds,
            List<LibraryDocument.Access> levels,
            Map<String, String> priorities,
            List<CatalogueViews.PartnerCountry> countries,
            List<Language> languages,
            List<LibraryViews.Person> members,
            long fileMaxMegabytes) {

        public String priorityName(String code) {
            return priorities.getOrDefault(code, code);
        }

        public String countryName(String code) {
            return countries.stream()
                    .filter(c -> c.code().equals(code))
                    .map(CatalogueViews.PartnerCountry::name)
                    .findFirst()
                    .orElse(code);
        }
    }

    /** What a comment or proposal form held when it was refused. */
    public record Kept(String comment, Long parent, String need, String priority, String country) {
        static Kept nothing() {
            return new Kept("", null, "", "", "");
        }
    }

    /** What was searched for, echoed into the form. */
    public record Search(String q, String kind, String priority, String country, String language) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(
                LibraryViews.Page results, Search search, Choices choices, String more, Refusal refusal);

        static native TemplateInstance network(
                String code, String name, LibraryViews.Page results, boolean writes, Choices choices, String more);

        static native TemplateInstance form(
                String code, String name, Long document, DocumentForm form, Choices choices, Refusal refusal);

        static native TemplateInstance document(
                LibraryViews.Detail detail, Choices choices, String done, Refusal refusal, Kept kept);
    }

    @Inject
    LibraryService library;

    @Inject
    NetworkViewer viewer;

    @Inject
    CatalogueService catalogue;

    @Inject
    RequestLanguage language;

    @Inject
    LibrarySettings settings;

    @Inject
    Refusals refusals;

    /** The fields' labels in the summary of a refused form: {@code f_} and the field's name. */
    static final Refusals.Labels LABELS = new Refusals.Labels(LibraryMessages.class, "f_");

    @GET
    @Path("library")
    @Authenticated
    public Response search(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("priority") String priority,
            @QueryParam("country") String country,
            @QueryParam("language") String lang,
            @QueryParam("after") Long after) {
        Search search = new Search(q, kind, priority, country, lang);
        return refusals.attempt(
                LABELS,
                () -> {
                    LibraryViews.Page results = library.list(
                            new LibraryService.Filter(q, kind, priority, country, lang, null), after, 20, viewer.get());
                    String more =
                            results.next() == null ? null : "/library?" + query(search) + "after=" + results.next();
                    return Response.ok(Templates.library(results, search, choices(List.of()), more, Refusal.none()))
                            .build();
                },
                refusal -> Templates.library(
                        new LibraryViews.Page(List.of(), null), search, choices(List.of()), null, refusal));
    }

    /** A network's library (routed by {@link NetworkLibraryPages}, under the network's own address). */
    public TemplateInstance network(String code, Long after) {
        NetworkAccess.Viewer me = viewer.get();
        NetworkAccess.Standing standing = library.standing(code, me);
        LibraryViews.Page results =
                library.list(new LibraryService.Filter(null, null, null, null, null, code), after, 20, me);
        String more = results.next() == null ? null : "/networks/" + code + "/library?after=" + results.next();
        return Templates.network(code, name(code), results, standing.writes(), choices(List.of()), more);
    }

    /** The form of a new document (routed by {@link NetworkLibraryPages}). */
    public TemplateInstance newDocument(String code, Long of) {
        NetworkAccess.Viewer me = viewer.get();
        List<LibraryViews.Person> members = library.members(code, me);
        DocumentForm form = DocumentForm.empty(language.get().code());
        if (of != null) {
            form = new DocumentForm(
                    form.kind(),
                    "",
                    "",
                    "",
                    form.language(),
                    form.access(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    String.valueOf(of),
                    "");
        }
        return Templates.form(code, name(code), null, form, choices(members), Refusal.none());
    }

    /**
     * Writes a new document (routed by {@link NetworkLibraryPages}, which answers a refusal with
     * {@link #newDocument(String, DocumentForm, Refusal)}).
     */
    Response create(String code, DocumentForm form, FileUpload file) {
        LibraryDocument document = library.create(code, form.input(), LibraryResource.upload(file), viewer.get());
        return see("/library/documents/" + document.id + "?done=saved");
    }

    /** The new document's form again, as typed, with what to correct. */
    TemplateInstance newDocument(String code, DocumentForm form, Refusal refusal) {
        return Templates.form(code, name(code), null, form, choices(library.members(code, viewer.get())), refusal);
    }

    @GET
    @Path("library/documents/{id}")
    @Authenticated
    public TemplateInstance document(
            @PathParam("id") long id, @QueryParam("version") Integer version, @QueryParam("done") String done) {
        return Templates.document(
                library.detail(id, version, viewer.get()),
                choices(List.of()),
                done == null ? "" : done,
                Refusal.none(),
                Kept.nothing());
    }

    @POST
    @Path("library/documents/{id}/versions/{number}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response comment(
            @PathParam("id") long id, @PathParam("number") int number, @RestForm String body, @RestForm String parent) {
        NetworkAccess.Viewer me = viewer.get();
        return refusals.attempt(
                LABELS,
                () -> {
                    library.comment(id, number, new LibraryViews.CommentInput(body, PageForms.id(parent)), me);
                    return see("/library/documents/" + id + "?version=" + number + "&done=commented#comments");
                },
                refusal -> Templates.document(
                        library.detail(id, number, me),
                        choices(List.of()),
                        "",
                        refusal,
                        new Kept(body, PageForms.id(parent), "", "", "")));
    }

    @POST
    @Path("library/documents/{id}/proposals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response propose(
            @PathParam("id") long id, @RestForm String need, @RestForm String priority, @RestForm String country) {
        NetworkAccess.Viewer me = viewer.get();
        return refusals.attempt(
                LABELS,
                () -> {
                    library.propose(id, new NeedViews.ProposalInput(need, priority, country), me);
                    return see("/library/documents/" + id + "?done=proposed");
                },
                refusal -> Templates.document(
                        library.detail(id, null, me),
                        choices(List.of()),
                        "",
                        refusal,
                        new Kept("", null, need, priority, country)));
    }

    @GET
    @Path("library/documents/{id}/edit")
    @Authenticated
    public TemplateInstance edit(@PathParam("id") long id) {
        NetworkAccess.Viewer me = viewer.get();
        LibraryViews.DocumentInput input = library.editable(id, me);
        String code = library.networkOf(id, me);
        return Templates.form(
                code, name(code), id, DocumentForm.of(input), choices(library.members(code, me)), Refusal.none());
    }

    @POST
    @Path("library/documents/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    public Response revise(
            @PathParam("id") long id,
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
            @RestForm String note,
            @RestForm("file") FileUpload file) {
        DocumentForm form = new DocumentForm(
                kind,
                title,
                summary,
                body,
                lang,
                access,
                priorities,
                countries,
                ids(coAuthors),
                ids(readers),
                "",
                note);
        NetworkAccess.Viewer me = viewer.get();
        return refusals.attempt(
                LABELS,
                () -> {
                    library.revise(id, form.input(), LibraryResource.upload(file), me);
                    return see("/library/documents/" + id + "?done=saved");
                },
                refusal -> {
                    String code = library.networkOf(id, me);
                    return Templates.form(code, name(code), id, form, choices(library.members(code, me)), refusal);
                });
    }

    @POST
    @Path("library/documents/{id}/submit")
    @Authenticated
    public Response submit(@PathParam("id") long id) {
        library.submit(id, viewer.get());
        return see("/library/documents/" + id + "?done=submitted");
    }

    @POST
    @Path("library/documents/{id}/publish")
    @Authenticated
    public Response publish(@PathParam("id") long id) {
        library.publish(id, viewer.get());
        return see("/library/documents/" + id + "?done=published");
    }

    @POST
    @Path("library/documents/{id}/withdraw")
    @Authenticated
    public Response withdraw(@PathParam("id") long id) {
        library.withdraw(id, viewer.get());
        return see("/library/documents/" + id + "?done=withdrawn");
    }

    @POST
    @Path("library/documents/{id}/useful")
    @Authenticated
    public Response useful(@PathParam("id") long id) {
        library.toggleUseful(id, viewer.get());
        return see("/library/documents/" + id);
    }

    @GET
    @Path("library/documents/{id}/versions/{number}/file")
    @Produces(MediaType.WILDCARD)
    @Authenticated
    public Response file(@PathParam("id") long id, @PathParam("number") int number) {
        return LibraryResource.attachment(library.download(id, number, viewer.get()));
    }

    private Choices choices(List<LibraryViews.Person> members) {
        Language lang = language.get();
        Map<String, String> priorities = new LinkedHashMap<>(catalogue.portfolioNames(lang));
        catalogue
                .empactPriorities(catalogue.currentCycle().code(), lang)
                .forEach(p -> priorities.putIfAbsent(p.code(), p.name()));
        return new Choices(
                List.of(LibraryDocument.Kind.values()),
                List.of(LibraryDocument.Access.values()),
                priorities,
                catalogue.venueCountries(lang),
                Language.SUPPORTED,
                members,
                Math.max(1, settings.fileMaxBytes() / (1024 * 1024)));
    }

    private String name(String code) {
        Network network = Network.find("code", code).firstResult();
        if (network == null) {
            return code;
        }
        String name = network.name.get(language.get().code());
        return name == null ? network.name.getOrDefault("en", code) : name;
    }

    static List<Long> ids(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(PageForms::id).filter(v -> v != null).toList();
    }

    private static String query(Search search) {
        StringBuilder query = new StringBuilder();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", search.q());
        values.put("kind", search.kind());
        values.put("priority", search.priority());
        values.put("country", search.country());
        values.put("language", search.language());
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                query.append(k)
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        return query.toString();
    }
}
