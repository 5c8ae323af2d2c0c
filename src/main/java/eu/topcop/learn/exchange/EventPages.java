package eu.topcop.learn.exchange;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import eu.topcop.learn.catalogue.CatalogueService;
import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.CalendarFile;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.platform.web.PageForms.dateTime;
import static eu.topcop.learn.platform.web.PageForms.number;
import static eu.topcop.learn.platform.web.PageForms.see;

/** Network events on pages: the list, scheduling, and one event with registration and, for organisers, the rest. */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    /** The scheduling form as typed. */
    public record EventForm(
            String kind,
            String title,
            String priority,
            String startsAt,
            String endsAt,
            String place,
            String link,
            String language,
            String capacity,
            String agenda,
            String network) {

        static EventForm empty() {
            return new EventForm("WORKSHOP", "", "", "", "", "", "", "en", "30", "", "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(ResultPage<NetworkEvents.EventView> events, boolean past);

        static native TemplateInstance eventForm(
                EventForm form,
                Map<String, String> priorities,
                Map<String, String> networks,
                List<Language> languages,
                Refusal refusal);

        static native TemplateInstance event(
                NetworkEvents.Detail detail, boolean organiser, String done, Refusal refusal);
    }

    @Inject
    Refusals refusals;

    @Inject
    eu.topcop.learn.platform.time.ReaderZone readerZone;

    @Inject
    NetworkEvents events;

    @Inject
    ExchangeAccess access;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance events(@QueryParam("past") boolean past, @QueryParam("page") @DefaultValue("0") int page) {
        return Templates.events(events.list(!past, Math.max(0, page), 20), past);
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance eventForm() {
        return Templates.eventForm(
                EventForm.empty(),
                catalogue.portfolioNames(language.get()),
                networks(),
                Language.SUPPORTED,
                Refusal.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response schedule(
            @RestForm String kind,
            @RestForm String title,
            @RestForm String priority,
            @RestForm String startsAt,
            @RestForm String endsAt,
            @RestForm String place,
            @RestForm String link,
            @RestForm("language") String workingLanguage,
            @RestForm String capacity,
            @RestForm String agenda,
            @RestForm String network) {
        EventForm form = new EventForm(
                kind, title, priority, startsAt, endsAt, place, link, workingLanguage, capacity, agenda, network);
        return refusals.attempt(
                ExchangePages.LABELS,
                () -> {
                    NetworkEvent event = events.schedule(
                            new NetworkEvents.Schedule(
                                    kind,
                                    title,
                                    priority,
                                    // Typed in the organiser's zone, stored in UTC.
                                    readerZone.utcOf(dateTime(startsAt)),
                                    readerZone.utcOf(dateTime(endsAt)),
                                    place,
                                    link,
                                    workingLanguage,
                                    number(capacity),
                                    agenda,
                                    network),
                            me.get().username);
                    return see("/events/" + event.code);
                },
                refusal -> Templates.eventForm(
                        form, catalogue.portfolioNames(language.get()), networks(), Language.SUPPORTED, refusal));
    }

    @GET
    @Path("{code}")
    @Authenticated
    public TemplateInstance event(@PathParam("code") String code, @QueryParam("done") String done) {
        return page(code, done, Refusal.none());
    }

    @GET
    @Path("{code}/calendar.ics")
    @Produces("text/calendar")
    @Authenticated
    public Response calendar(@PathParam("code") String code) {
        return Response.ok(events.calendar(code), CalendarFile.PUBLISH)
                .header("Content-Disposition", "attachment; filename=\"event.ics\"")
                .build();
    }

    @POST
    @Path("{code}/register")
    @Authenticated
    public Response register(@PathParam("code") String code) {
        return act(code, "registered", () -> events.register(code, me.get()));
    }

    @POST
    @Path("{code}/unregister")
    @Authenticated
    public Response unregister(@PathParam("code") String code) {
        return act(code, "unregistered", () -> events.unregister(code, me.get()));
    }

    @POST
    @Path("{code}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response attendance(@PathParam("code") String code, @RestForm("attended") List<Long> attended) {
        return act(code, "attendance", () -> events.recordAttendance(code, attended));
    }

    @POST
    @Path("{code}/materials")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response material(@PathParam("code") String code, @RestForm String title, @RestForm String url) {
        return act(code, "material", () -> events.addMaterial(code, new NetworkEvents.Material(title, url)));
    }

    @POST
    @Path("{code}/outcomes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response outcomes(@PathParam("code") String code, @RestForm String outcomes) {
        return act(code, "outcomes", () -> events.recordOutcomes(code, outcomes));
    }

    private TemplateInstance page(String code, String done, Refusal refusal) {
        return Templates.event(
                events.detail(code, me.get(), access.manager(), 0),
                access.manager(),
                done == null ? "" : done,
                refusal);
    }

    private Response act(String code, String done, Runnable action) {
        return refusals.attempt(
                ExchangePages.LABELS,
                () -> {
                    action.run();
                    return see("/events/" + code + "?done=" + done);
                },
                refusal -> page(code, "", refusal));
    }

    /** The networks an event may be a meeting of, named in the reader's language. */
    private Map<String, String> networks() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        eu.topcop.learn.networks.Network.<eu.topcop.learn.networks.Network>list("order by code")
                .forEach(n -> names.put(
                        n.code,
                        eu.topcop.learn.platform.i18n.Localized.pick(n.name, language.get())
                                .text()));
        return names;
    }
}
