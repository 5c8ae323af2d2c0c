package eu.topcop.learn.networks.discussions;

import java.util.List;
import java.util.function.Function;
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
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.FormRefusal;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.platform.web.PageForms.id;
import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * Moderation on pages: a member reports a post; the network's moderators see open reports, hide and unhide posts,
 * lock, pin and move threads, mute members, and read the audit trail. A refused form says what to correct, in the
 * reader's language.
 */
@Path("/networks/{code}/discussions")
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {

    /** An entry of the trail with its action in the reader's language. */
    public record Line(Moderation.Entry entry, String action) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(
                String network, long threadId, Discussions.PostView post, Refusal refusal);

        static native TemplateInstance moderate(
                String network, long threadId, Discussions.PostView post, Refusal refusal);

        /** The open reports; {@code refused} the dismissal refused, by the report's id. */
        static native TemplateInstance reports(Moderation.Reports reports, FormRefusal refused);

        /** The trail and the members; {@code refused} the mute or unmute refused, by the member's id. */
        static native TemplateInstance log(
                String network,
                List<Line> lines,
                Long next,
                Moderation.Members members,
                String tomorrow,
                FormRefusal refused);
    }

    @Inject
    Moderation moderation;

    @Inject
    Discussions discussions;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @Inject
    Refusals refusals;

    @Inject
    ThreadPage threadPage;

    @GET
    @Path("{thread}/posts/{post}/report")
    @Authenticated
    public TemplateInstance reportForm(
            @PathParam("code") String code, @PathParam("thread") long thread, @PathParam("post") long post) {
        return Templates.report(code, thread, discussions.post(code, thread, post, viewer.get()), Refusal.none());
    }

    @POST
    @Path("{thread}/posts/{post}/reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response report(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @PathParam("post") long post,
            @RestForm String reason) {
        return attempt(
                () -> {
                    moderation.report(code, thread, post, viewer.get(), reason);
                    return see(threadUrl(code, thread, post));
                },
                refusal -> Templates.report(code, thread, discussions.post(code, thread, post, viewer.get()), refusal));
    }

    @GET
    @Path("{thread}/posts/{post}/moderate")
    @Authenticated
    public TemplateInstance moderateForm(
            @PathParam("code") String code, @PathParam("thread") long thread, @PathParam("post") long post) {
        moderation.moderator(code, viewer.get());
        return Templates.moderate(code, thread, discussions.post(code, thread, post, viewer.get()), Refusal.none());
    }

    @POST
    @Path("{thread}/posts/{post}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response hide(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @PathParam("post") long post,
            @RestForm String reason) {
        return attempt(
                () -> {
                    moderation.hide(code, thread, post, viewer.get(), reason);
                    return see(threadUrl(code, thread, post));
                },
                refusal -> moderatePage(code, thread, post, refusal));
    }

    @POST
    @Path("{thread}/posts/{post}/unhide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response unhide(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @PathParam("post") long post,
            @RestForm String reason) {
        return attempt(
                () -> {
                    moderation.unhide(code, thread, post, viewer.get(), reason);
                    return see(threadUrl(code, thread, post));
                },
                refusal -> moderatePage(code, thread, post, refusal));
    }

    @POST
    @Path("{thread}/moderation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response threadAction(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @RestForm String action,
            @RestForm String reason) {
        String back = "/networks/" + code + "/discussions/" + thread;
        return attempt(
                () -> {
                    DiscussionModeration.Action chosen = switch (action == null ? "" : action) {
                        case "LOCK" -> DiscussionModeration.Action.LOCK;
                        case "UNLOCK" -> DiscussionModeration.Action.UNLOCK;
                        case "PIN" -> DiscussionModeration.Action.PIN;
                        case "UNPIN" -> DiscussionModeration.Action.UNPIN;
                        default ->
                            throw new DomainException.RuleViolation("action", "is not LOCK, UNLOCK, PIN or UNPIN")
                                    .because("action", DiscussionMessages.class, "err_other");
                    };
                    moderation.thread(code, thread, viewer.get(), chosen, reason);
                    return see(back);
                },
                refusal -> threadPage(code, thread, "thread", refusal));
    }

    @POST
    @Path("{thread}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response move(
            @PathParam("code") String code,
            @PathParam("thread") long thread,
            @RestForm String network,
            @RestForm String reason) {
        return attempt(
                () -> {
                    moderation.move(code, thread, viewer.get(), new Moderation.Move(network, reason));
                    return see("/networks/" + network.strip() + "/discussions/" + thread);
                },
                refusal -> threadPage(code, thread, "move", refusal));
    }

    @GET
    @Path("reports")
    @Authenticated
    public TemplateInstance reports(@PathParam("code") String code, @QueryParam("after") Long after) {
        return reportsPage(code, after, FormRefusal.none());
    }

    @POST
    @Path("reports/{report}/dismissal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response dismiss(@PathParam("code") String code, @PathParam("report") long report, @RestForm String reason) {
        String back = "/networks/" + code + "/discussions/reports";
        return attempt(
                () -> {
                    moderation.dismiss(code, report, viewer.get(), reason);
                    return see(back);
                },
                refusal -> reportsPage(code, null, new FormRefusal(String.valueOf(report), refusal)));
    }

    @GET
    @Path("moderation")
    @Authenticated
    public TemplateInstance log(
            @PathParam("code") String code,
            @QueryParam("before") Long before,
            @QueryParam("membersAfter") Long membersAfter) {
        return logPage(code, before, membersAfter, FormRefusal.none());
    }

    @POST
    @Path("mutes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response mute(
            @PathParam("code") String code,
            @RestForm String personId,
            @RestForm String until,
            @RestForm String reason) {
        String back = "/networks/" + code + "/discussions/moderation";
        return attempt(
                () -> {
                    java.time.LocalDate day;
                    try {
                        day = until == null || until.isBlank() ? null : java.time.LocalDate.parse(until.strip());
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new DomainException.RuleViolation("until", "is not a date")
                                .because("until", DiscussionMessages.class, "err_until");
                    }
                    Long person = id(personId);
                    if (person == null) {
                        throw new DomainException.RuleViolation("personId", "Choose a member of the network")
                                .because("personId", DiscussionMessages.class, "err_member");
                    }
                    moderation.mute(code, viewer.get(), new Moderation.Mute(person, day, reason));
                    return see(back);
                },
                refusal -> logPage(code, null, null, new FormRefusal(personId, refusal)));
    }

    @POST
    @Path("mutes/{person}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response unmute(@PathParam("code") String code, @PathParam("person") long person, @RestForm String reason) {
        String back = "/networks/" + code + "/discussions/moderation";
        return attempt(
                () -> {
                    moderation.unmute(code, viewer.get(), person, reason);
                    return see(back);
                },
                refusal -> logPage(code, null, null, new FormRefusal(String.valueOf(person), refusal)));
    }

    private static String threadUrl(String code, long thread, long post) {
        return "/networks/" + code + "/discussions/" + thread + "?after=" + (post - 1) + "#post-" + post;
    }

    /**
     * The action; a refusal answers the page of the refused form, with what was typed and each reason in the
     * discussions' own words beside its field (the services name them; their messages name the field: no labels).
     */
    private Response attempt(Supplier<Response> action, Function<Refusal, TemplateInstance> page) {
        return refusals.attempt(action, page);
    }

    private TemplateInstance moderatePage(String code, long thread, long post, Refusal refusal) {
        return Templates.moderate(code, thread, discussions.post(code, thread, post, viewer.get()), refusal);
    }

    private TemplateInstance threadPage(String code, long thread, String form, Refusal refusal) {
        return threadPage.of(
                code,
                thread,
                null,
                new DiscussionPages.PostForm(null, "", language.get().code(), null),
                Refusal.none(),
                new FormRefusal(form, refusal));
    }

    private TemplateInstance reportsPage(String code, Long after, FormRefusal refused) {
        return Templates.reports(
                moderation.reports(code, viewer.get(), after == null || after < 0 ? null : after), refused);
    }

    private TemplateInstance logPage(String code, Long before, Long membersAfter, FormRefusal refused) {
        Moderation.Log log = moderation.log(code, viewer.get(), before == null || before < 1 ? null : before, 50);
        DiscussionMessages msg = messages();
        List<Line> lines = log.entries().stream()
                .map(e -> new Line(e, action(msg, e.action())))
                .toList();
        return Templates.log(
                code,
                lines,
                log.next(),
                moderation.members(code, viewer.get(), membersAfter == null || membersAfter < 1 ? null : membersAfter),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString(),
                refused);
    }

    static String action(DiscussionMessages msg, String action) {
        return switch (action) {
            case "HIDE" -> msg.action_hide();
            case "UNHIDE" -> msg.action_unhide();
            case "LOCK" -> msg.action_lock();
            case "UNLOCK" -> msg.action_unlock();
            case "PIN" -> msg.action_pin();
            case "UNPIN" -> msg.action_unpin();
            case "MOVE" -> msg.action_move();
            case "MUTE" -> msg.action_mute();
            case "UNMUTE" -> msg.action_unmute();
            default -> msg.action_dismiss();
        };
    }

    private DiscussionMessages messages() {
        return MessageBundles.get(
                DiscussionMessages.class, Localized.Literal.of(language.get().code()));
    }
}
