package eu.topcop.learn.networks.discussions;

import java.util.List;
import java.util.function.Supplier;

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

import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.networks.subscriptions.Subscriptions;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.FormRefusal;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import static eu.topcop.learn.platform.web.PageForms.id;
import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * A network's discussions on pages: the threads with a form to start one, a thread with its reply form (quoting a
 * post when asked), editing one's own post, and a post's earlier versions. A refused form comes back as typed, with
 * what to correct in the reader's language beside each field.
 */
@Path("/networks/{code}/discussions")
@Produces(MediaType.TEXT_HTML)
public class DiscussionPages {

    /** A form as typed: thread title (new threads only), body, language, quoted post. */
    public record PostForm(String title, String body, String language, String quotedPostId) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance threads(
                Discussions.ThreadList list,
                PostForm form,
                List<Language> languages,
                Refusal refusal,
                boolean following);

        static native TemplateInstance thread(
                Discussions.ThreadPage page,
                PostForm form,
                Discussions.PostView quoting,
                List<Language> languages,
                Refusal refusal,
                FormRefusal moderated,
                boolean following);

        static native TemplateInstance edit(
                String network,
                long threadId,
                Discussions.PostView post,
                PostForm form,
                List<Language> languages,
                Refusal refusal);

        static native TemplateInstance revisions(Discussions.Revisions revisions);

        /** One network's search ({@code network} set) or every network's; {@code results} null before a search. */
        static native TemplateInstance search(
                String network,
                String networkName,
                String q,
                DiscussionSearch.Results results,
                String nextUrl,
                Refusal refusal);
    }

    @Inject
    Discussions discussions;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @Inject
    AttachmentRules attachmentRules;

    @Inject
    DiscussionSearch search;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Refusals refusals;

    @Inject
    ThreadPage threadPage;

    @GET
    @Authenticated
    public TemplateInstance threads(@PathParam("code") String code, @QueryParam("after") String after) {
        return threadsPage(code, after, new PostForm("", "", lang(), null), Refusal.none());
    }

    @GET
    @Path("search")
    @Authenticated
    public Response search(
            @PathParam("code") String code, @QueryParam("q") String q, @QueryParam("after") String after) {
        String name = search.networkName(code, viewer.get(), lang());
        return searchPage(code, name, q, () -> search.inNetwork(code, viewer.get(), q, after, 20, lang()));
    }

    @POST
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Authenticated
    public Response start(
            @PathParam("code") String code,
            @RestForm String title,
            @RestForm String body,
            @RestForm("language") String postLanguage,
            @RestForm("attachments") List<FileUpload> attachments) {
        PostForm form = new PostForm(title, body, postLanguage, null);
        return refusals.attempt(
                () -> {
                    DiscussionThread thread = discussions.start(
                            code,
                            viewer.get(),
                            new Discussions.NewThread(title, body, postLanguage),
                            attachmentRules.read(attachments),
                            lang());
                    return see("/networks/" + code + "/discussions/" + thread.id);
                },
                refusal -> threadsPage(code, null, form, refusal));
    }

    @GET
    @Path("{thread}")
    @Authenticated
    public TemplateInstance thread(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @QueryParam("after") Long after,
            @QueryParam("quote") Long quote) {
        return threadPage(
                code,
                thread,
                after,
                new PostForm(null, "", lang(), quote == null ? null : quote.toString()),
                Refusal.none());
    }

    @POST
    @Path("{thread}/posts")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Authenticated
    public Response reply(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @RestForm String body,
            @RestForm("language") String postLanguage,
            @RestForm String quotedPostId,
            @RestForm("attachments") List<FileUpload> attachments) {
        PostForm form = new PostForm(null, body, postLanguage, quotedPostId);
        return refusals.attempt(
                () -> {
                    DiscussionPost post = discussions.reply(
                            code,
                            thread,
                            viewer.get(),
                            new Discussions.NewPost(body, postLanguage, id(quotedPostId)),
                            attachmentRules.read(attachments),
                            lang());
                    return see("/networks/" + code + "/discussions/" + thread + "?after=" + (post.id - 1) + "#post-"
                            + post.id);
                },
                refusal -> threadPage(code, thread, null, form, refusal));
    }

    @GET
    @Path("{thread}/posts/{post}/edit")
    @Authenticated
    public TemplateInstance editForm(
            @PathParam("code") String code, @PathParam("thread") long thread, @PathParam("post") long post) {
        Discussions.PostView view = discussions.post(code, thread, post, viewer.get());
        return Templates.edit(
                code,
                thread,
                view,
                new PostForm(null, view.body(), view.language(), null),
                Language.SUPPORTED,
                Refusal.none());
    }

    @POST
    @Path("{thread}/posts/{post}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response edit(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @PathParam("post") long post,
            @RestForm String body,
            @RestForm("language") String postLanguage) {
        PostForm form = new PostForm(null, body, postLanguage, null);
        Supplier<Discussions.PostView> current = () -> discussions.post(code, thread, post, viewer.get());
        return refusals.attempt(
                () -> {
                    discussions.edit(
                            code,
                            thread,
                            post,
                            viewer.get(),
                            new Discussions.NewPost(body, postLanguage, null),
                            lang());
                    return see(
                            "/networks/" + code + "/discussions/" + thread + "?after=" + (post - 1) + "#post-" + post);
                },
                refusal -> Templates.edit(code, thread, current.get(), form, Language.SUPPORTED, refusal));
    }

    @GET
    @Path("{thread}/posts/{post}/revisions")
    @Authenticated
    public TemplateInstance revisions(
            @PathParam("code") String code, @PathParam("thread") long thread, @PathParam("post") long post) {
        return Templates.revisions(discussions.revisions(code, thread, post, viewer.get()));
    }

    @GET
    @Path("{thread}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Authenticated
    public Response attachment(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @PathParam("attachment") long attachment) {
        return DiscussionResource.download(discussions.attachment(code, thread, attachment, viewer.get()));
    }

    /**
     * A search page: only the form before anything is typed; the hits; or the words back as typed with what to
     * correct (422).
     */
    Response searchPage(String code, String name, String q, Supplier<DiscussionSearch.Results> hits) {
        if (q == null || q.isBlank()) {
            return Response.ok(Templates.search(code, name, "", null, null, Refusal.none()))
                    .build();
        }
        return refusals.attempt(
                () -> {
                    DiscussionSearch.Results results = hits.get();
                    String next = results.next() == null
                            ? null
                            : (code == null
                                            ? "/networks/discussions/search"
                                            : "/networks/" + code + "/discussions/search")
                                    + "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
                                    + "&after=" + results.next();
                    return Response.ok(Templates.search(code, name, q, results, next, Refusal.none()))
                            .build();
                },
                refusal -> Templates.search(code, name, q, null, null, refusal));
    }

    private TemplateInstance threadsPage(String code, String after, PostForm form, Refusal refusal) {
        Discussions.ThreadList list = discussions.threads(code, viewer.get(), after, 20, lang());
        return Templates.threads(
                list, form, Language.SUPPORTED, refusal, subscriptions.followsNetwork(code, viewer.get()));
    }

    private TemplateInstance threadPage(String code, long thread, Long after, PostForm form, Refusal refusal) {
        return threadPage.of(code, thread, after, form, refusal, FormRefusal.none());
    }

    private String lang() {
        return language.get().code();
    }
}
