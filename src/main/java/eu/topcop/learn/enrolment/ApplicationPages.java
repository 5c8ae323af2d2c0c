package eu.topcop.learn.enrolment;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.EnrolmentQueries.Filter;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationDetail;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationView;
import eu.topcop.learn.enrolment.EnrolmentViews.NotificationView;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.time.ReaderZone;
import eu.topcop.learn.platform.web.Origin;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.enrolment.EnrolmentPages.blankToNull;
import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * Applications as the people they concern read them: my applications, one application with its history and what
 * its reader may do there (withdraw, confirm a place offered, change the supervisor, endorse it as the country's
 * coordinator), the country's applications, and notifications. A refused form on the application's page comes back
 * with what was typed and the reason beside its field; each form's fields carry its prefix ({@code withdraw-},
 * {@code endorse-}, {@code s-}), as one page may show several.
 */
@Path("/enrolment")
@Produces(MediaType.TEXT_HTML)
public class ApplicationPages {

    static final int PAGE_SIZE = 20;

    /** Where the application's page leads back to: the page the person came from, else their usual list. */
    public record Back(String href, String kind) {

        static Back of(String origin, boolean own, boolean manager, boolean coordinator) {
            if (origin != null) {
                String path = origin.split("\\?", 2)[0];
                String kind = path.equals("/enrolment/queue")
                        ? "queue"
                        : path.equals("/enrolment/country")
                                ? "country"
                                : path.startsWith("/enrolment/offerings/") ? "offering" : "other";
                return new Back(origin, kind);
            }
            if (!own && manager) {
                return new Back("/enrolment/queue", "queue");
            }
            if (!own && coordinator) {
                return new Back("/enrolment/country", "country");
            }
            return new Back("/enrolment/applications", "mine");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(ResultPage<ApplicationView> applications);

        static native TemplateInstance application(
                ApplicationDetail detail,
                boolean coordinator,
                boolean manager,
                SupervisorFields supervisor,
                String done,
                Application.Status decided,
                String from,
                Back back,
                List<Language> languages,
                Refusal refusal);

        /** The application's page below its title, as htmx swaps it in after a decision. */
        static native TemplateInstance application$body(
                ApplicationDetail detail,
                boolean coordinator,
                boolean manager,
                SupervisorFields supervisor,
                String done,
                Application.Status decided,
                String from,
                List<Language> languages,
                Refusal refusal);

        static native TemplateInstance country(
                ResultPage<ApplicationView> applications, String status, String from, Application.Status decided);

        static native TemplateInstance notifications(ResultPage<NotificationView> notifications);
    }

    @Inject
    ReaderZone readerZone;

    @Inject
    EnrolmentService enrolment;

    @Inject
    EnrolmentQueries queries;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @Inject
    Supervisors supervisors;

    @Inject
    DecisionAnswer decisions;

    @Inject
    Refusals refusals;

    @GET
    @Path("applications")
    @Authenticated
    public TemplateInstance mine(@QueryParam("page") @DefaultValue("0") int page) {
        return Templates.mine(queries.mine(me.get(), Math.max(0, page), PAGE_SIZE, language.get()));
    }

    @GET
    @Path("applications/{id}")
    @Authenticated
    public TemplateInstance application(
            @PathParam("id") long id, @QueryParam("done") String done, @QueryParam("from") String from) {
        ApplicationDetail detail = queries.detail(id, decisions.viewer(), language.get());
        String origin = Origin.safe(from);
        return Templates.application(
                detail,
                decisions.coordinator(),
                decisions.manager(),
                SupervisorFields.of(Optional.ofNullable(detail.application().supervisor())),
                done == null ? "" : done,
                ManagerEnrolmentPages.decided(done),
                origin == null ? "" : origin,
                Back.of(origin, detail.own(), decisions.manager(), decisions.coordinator()),
                Language.SUPPORTED,
                Refusal.none());
    }

    /** Names another supervisor (all fields empty: none); refused, the page comes back with what was typed. */
    @POST
    @Path("applications/{id}/supervisor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response changeSupervisor(@PathParam("id") long id, @BeanParam SupervisorFields supervisor) {
        return refusals.attempt(
                EnrolmentRefusals.LABELS,
                () -> {
                    try {
                        supervisors.change(id, decisions.viewer(), supervisor.supervisor());
                    } catch (RuntimeException e) {
                        // Named for someone else, "your own address" is the officer's: asked only when refused.
                        boolean own = queries.detail(id, decisions.viewer(), language.get())
                                .own();
                        throw EnrolmentRefusals.named(e, "s-", !own, language.get());
                    }
                    return see("/enrolment/applications/" + id + "?done=supervisor");
                },
                refusal -> decisions.page(id, null, false, supervisor, refusal));
    }

    @GET
    @Path("applications/{id}/calendar.ics")
    @Produces("text/calendar")
    @Authenticated
    public Response calendar(@PathParam("id") long id) {
        return Response.ok(enrolment.calendar(id, me.get(), language.get()), CalendarInvitation.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"invitation.ics\"")
                .build();
    }

    @POST
    @Path("applications/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response withdraw(@PathParam("id") long id, @RestForm String reason) {
        return refusals.attempt(
                EnrolmentRefusals.LABELS,
                () -> {
                    EnrolmentRefusals.onForm("withdraw-", false, language.get(), () -> {
                        EnrolmentRefusals.atMost("reason", reason, Application.REASON_MAX);
                        return enrolment.withdraw(id, me.get(), blankToNull(reason));
                    });
                    return see("/enrolment/applications/" + id + "?done=withdrawn");
                },
                refusal -> decisions.page(id, null, false, null, refusal));
    }

    @POST
    @Path("applications/{id}/confirm")
    @Authenticated
    public Response confirm(@PathParam("id") long id) {
        return refusals.attempt(
                EnrolmentRefusals.LABELS,
                () -> {
                    enrolment.confirmOffer(id, me.get());
                    return see("/enrolment/applications/" + id);
                },
                refusal -> decisions.page(id, null, false, null, refusal));
    }

    /** Endorses or declines (with a reason); answered like a course manager's decision ({@link DecisionAnswer}). */
    @POST
    @Path("applications/{id}/endorsement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    public Response endorse(
            @PathParam("id") long id,
            @RestForm boolean endorse,
            @RestForm String reason,
            @RestForm String from,
            @HeaderParam("HX-Request") String htmx) {
        return refusals.attempt(
                EnrolmentRefusals.LABELS,
                () -> {
                    Application endorsed = EnrolmentRefusals.onForm("endorse-", false, language.get(), () -> {
                        EnrolmentRefusals.atMost("reason", reason, Application.REASON_MAX);
                        return enrolment.endorse(id, me.get(), endorse, blankToNull(reason));
                    });
                    return decisions.answer(id, endorsed.status, from, htmx != null);
                },
                refusal -> decisions.page(id, from, htmx != null, null, refusal));
    }

    @GET
    @Path("country")
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    public TemplateInstance country(
            @QueryParam("status") Application.Status status,
            @QueryParam("done") String done,
            @QueryParam("page") @DefaultValue("0") int page) {
        String here = "/enrolment/country" + (status == null ? "" : "?status=" + status.name());
        return Templates.country(
                queries.ofCountry(
                        me.get(), new Filter(null, null, status), Math.max(0, page), PAGE_SIZE, language.get()),
                status == null ? "" : status.name(),
                Origin.encode(here),
                ManagerEnrolmentPages.decided(done));
    }

    @GET
    @Path("notifications")
    @Authenticated
    public TemplateInstance notifications(@QueryParam("page") @DefaultValue("0") int page) {
        return Templates.notifications(
                queries.notifications(me.get(), Math.max(0, page), PAGE_SIZE, language.get(), readerZone.zone()));
    }

    /**
     * Opening a notification marks it read, so it is a POST (a GET changes nothing); it then sends the reader on to
     * the page it is about.
     */
    @POST
    @Path("notifications/{id}/open")
    @Authenticated
    public Response open(@PathParam("id") long id) {
        return see(enrolment.openNotification(me.get(), id));
    }

    @POST
    @Path("notifications/read")
    @Authenticated
    public Response markRead() {
        enrolment.markNotificationsRead(me.get());
        return see("/enrolment/notifications");
    }
}
