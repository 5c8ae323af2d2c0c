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

import eu.topcop.learn.catalogue.CatalogueService;
import eu.topcop.learn.catalogue.CatalogueViews.PartnerCountry;
import eu.topcop.learn.catalogue.OfferingCatalogue;
import eu.topcop.learn.catalogue.OfferingViews.OfferingDetail;
import eu.topcop.learn.enrolment.EnrolmentQueries.Filter;
import eu.topcop.learn.enrolment.EnrolmentService.ApplicationRequest;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationDetail;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationView;
import eu.topcop.learn.enrolment.EnrolmentViews.NotificationView;
import eu.topcop.learn.enrolment.EnrolmentViews.QuotaUse;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * Enrolment for officers and coordinators: an offering's enrolment page (apply, or nominate within the
 * country's quota), my applications, one application with its history, the country's applications, and
 * notifications. Course managers' pages are in {@link ManagerEnrolmentPages}.
 */
@Path("/enrolment")
@Produces(MediaType.TEXT_HTML)
public class EnrolmentPages {

    static final int PAGE_SIZE = 20;

    /** What the offering's enrolment page shows the reader, by their roles. */
    public record OfferingEnrolment(
            OfferingDetail offering,
            boolean canApply,
            ApplicationView mine,
            List<Eligibility.Reason> reasons,
            boolean coordinator,
            List<QuotaUse> quotaUse,
            List<ApplicationView> country,
            boolean manager,
            boolean managesIt,
            ResultPage<ApplicationView> roster,
            ResultPage<ApplicationView> waiting,
            EnrolmentRules.Rules rules,
            List<String> agencyTypes,
            List<PartnerCountry> partners) {}

    /**
     * The application form as the applicant filled it in, shown again when it is refused; or as offered, with the
     * supervisor they named last.
     */
    public record ApplyForm(
            String motivation,
            String agency,
            String position,
            String agencyType,
            boolean speaks,
            SupervisorFields supervisor) {

        static ApplyForm offered(SupervisorFields supervisor) {
            return new ApplyForm("", "", "", "", false, supervisor);
        }

        /**
         * Offered to someone applying again: their agency as they gave it last (kept on the person by each
         * application), so it is not typed anew for every application.
         */
        static ApplyForm offered(Person person, SupervisorFields supervisor) {
            return new ApplyForm(
                    "",
                    orEmpty(person.agency),
                    orEmpty(person.position),
                    orEmpty(person.agencyType),
                    false,
                    supervisor);
        }

        ApplyForm with(SupervisorFields refused) {
            return new ApplyForm(motivation, agency, position, agencyType, speaks, refused);
        }
    }

    /** The nomination form as the coordinator filled it in, shown again when it is refused. */
    public record NominationForm(
            String name,
            String email,
            String agency,
            String position,
            String agencyType,
            boolean speaks,
            SupervisorFields supervisor) {

        static NominationForm empty() {
            return new NominationForm("", "", "", "", "", false, SupervisorFields.empty());
        }

        NominationForm with(SupervisorFields refused) {
            return new NominationForm(name, email, agency, position, agencyType, speaks, refused);
        }
    }

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
        static native TemplateInstance offering(
                OfferingEnrolment page,
                List<Eligibility.Reason> refused,
                String done,
                Application.Status decided,
                ApplyForm application,
                NominationForm nomination,
                List<Language> languages);

        static native TemplateInstance nomineeSupervisor(SupervisorFields supervisor, List<Language> languages);

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
                List<Language> languages);

        /** The application's page below its title, as htmx swaps it in after a decision. */
        static native TemplateInstance application$body(
                ApplicationDetail detail,
                boolean coordinator,
                boolean manager,
                SupervisorFields supervisor,
                String done,
                Application.Status decided,
                String from,
                List<Language> languages);

        static native TemplateInstance country(
                ResultPage<ApplicationView> applications, String status, String from, Application.Status decided);

        static native TemplateInstance notifications(ResultPage<NotificationView> notifications);
    }

    @Inject
    eu.topcop.learn.platform.time.ReaderZone readerZone;

    @Inject
    EnrolmentService enrolment;

    @Inject
    EnrolmentQueries queries;

    @Inject
    OfferingCatalogue offerings;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentPerson me;

    @Inject
    AccountProvisioning accounts;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    Supervisors supervisors;

    @Inject
    DecisionAnswer decisions;

    @GET
    @Path("offerings/{code}")
    @Authenticated
    public TemplateInstance offering(@PathParam("code") String code, @QueryParam("done") String done) {
        OfferingEnrolment page = enrolmentOf(code);
        return Templates.offering(
                page,
                List.of(),
                done == null ? "" : done,
                ManagerEnrolmentPages.decided(done),
                ApplyForm.offered(me.get(), offeredSupervisor(page)),
                NominationForm.empty(),
                Language.SUPPORTED);
    }

    @POST
    @Path("offerings/{code}/applications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    public Response apply(
            @PathParam("code") String code,
            @RestForm String motivation,
            @RestForm String agency,
            @RestForm String position,
            @RestForm String agencyType,
            @RestForm boolean speaksWorkingLanguage,
            @BeanParam SupervisorFields supervisor) {
        ApplyForm filled = new ApplyForm(
                orEmpty(motivation),
                orEmpty(agency),
                orEmpty(position),
                orEmpty(agencyType),
                speaksWorkingLanguage,
                supervisor);
        try {
            EnrolmentService.Result result = enrolment.apply(
                    code,
                    me.get(),
                    new ApplicationRequest(
                            motivation,
                            agency,
                            position,
                            blankToNull(agencyType),
                            speaksWorkingLanguage,
                            supervisor.supervisor()));
            return see("/enrolment/applications/" + result.application().id + "?done=applied");
        } catch (Ineligible e) {
            return refused(Templates.offering(
                    enrolmentOf(code), e.reasons(), "", null, filled, NominationForm.empty(), Language.SUPPORTED));
        } catch (SupervisorRefused e) {
            return refused(Templates.offering(
                    enrolmentOf(code),
                    List.of(),
                    "",
                    null,
                    filled.with(supervisor.refused(e.reasons())),
                    NominationForm.empty(),
                    Language.SUPPORTED));
        }
    }

    @POST
    @Path("offerings/{code}/nominations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    public Response nominate(
            @PathParam("code") String code,
            @RestForm String email,
            @RestForm String name,
            @RestForm String agency,
            @RestForm String position,
            @RestForm String agencyType,
            @RestForm boolean speaksWorkingLanguage,
            @BeanParam SupervisorFields supervisor) {
        NominationForm filled = new NominationForm(
                orEmpty(name),
                orEmpty(email),
                orEmpty(agency),
                orEmpty(position),
                orEmpty(agencyType),
                speaksWorkingLanguage,
                supervisor);
        if (blankToNull(email) == null || !email.contains("@") || blankToNull(name) == null) {
            return refusedNomination(code, List.of(), "nomination-incomplete", filled);
        }
        try {
            EnrolmentService.Result result = enrolment.nominate(
                    code,
                    me.get(),
                    email,
                    name,
                    new ApplicationRequest(
                            null,
                            agency,
                            position,
                            blankToNull(agencyType),
                            speaksWorkingLanguage,
                            supervisor.supervisor()));
            accounts.ensureAccountLater(result.application().person.id);
            return see("/enrolment/offerings/" + code + "?done=nominated");
        } catch (Ineligible e) {
            return refusedNomination(code, e.reasons(), "", filled);
        } catch (SupervisorRefused e) {
            return refusedNomination(code, List.of(), "", filled.with(supervisor.refused(e.reasons())));
        } catch (DomainException.RuleViolation e) {
            if (!"email".equals(e.field())) {
                throw e;
            }
            return refusedNomination(code, List.of(), "nominee-other-country", filled);
        }
    }

    /**
     * The nomination form's supervisor fields for the officer whose e-mail the coordinator typed (htmx): what was
     * typed there already, else the supervisor last named for that officer, if they are of the coordinator's
     * country; else empty, which says nothing about officers of other countries.
     */
    @GET
    @Path("nominations/supervisor")
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    public TemplateInstance nomineeSupervisor(
            @QueryParam("email") String email,
            @QueryParam("supervisorName") String supervisorName,
            @QueryParam("supervisorEmail") String supervisorEmail,
            @QueryParam("supervisorPosition") String supervisorPosition,
            @QueryParam("supervisorLanguage") String supervisorLanguage) {
        SupervisorFields typed =
                SupervisorFields.typed(supervisorName, supervisorEmail, supervisorPosition, supervisorLanguage);
        Person coordinator = me.get();
        SupervisorFields shown = typed.typed() || blankToNull(email) == null || coordinator.country == null
                ? typed
                : SupervisorFields.of(supervisors.lastNamedForOfficer(email, coordinator.country));
        return Templates.nomineeSupervisor(shown, Language.SUPPORTED);
    }

    private Response refusedNomination(
            String code, List<Eligibility.Reason> reasons, String problem, NominationForm filled) {
        OfferingEnrolment page = enrolmentOf(code);
        return refused(Templates.offering(
                page,
                reasons,
                problem,
                null,
                ApplyForm.offered(me.get(), offeredSupervisor(page)),
                filled,
                Language.SUPPORTED));
    }

    private static Response refused(TemplateInstance page) {
        return Response.status(422)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }

    /**
     * The supervisor the signed-in person named last, offered on their next application when the page shows the
     * application form (as its template decides); else nothing is asked of the database.
     */
    private SupervisorFields offeredSupervisor(OfferingEnrolment page) {
        Person person = me.get();
        boolean formShown =
                page.canApply() && page.mine() == null && page.reasons().isEmpty();
        return formShown && person.id != null
                ? SupervisorFields.of(supervisors.lastNamedFor(person.id))
                : SupervisorFields.empty();
    }

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
        ApplicationDetail detail = queries.detail(id, viewer(), language.get());
        String origin = eu.topcop.learn.platform.web.Origin.safe(from);
        return Templates.application(
                detail,
                coordinator(),
                manager(),
                SupervisorFields.of(Optional.ofNullable(detail.application().supervisor())),
                done == null ? "" : done,
                ManagerEnrolmentPages.decided(done),
                origin == null ? "" : origin,
                Back.of(origin, detail.own(), manager(), coordinator()),
                Language.SUPPORTED);
    }

    /** Names another supervisor (all fields empty: none); refused, the page comes back with what was typed. */
    @POST
    @Path("applications/{id}/supervisor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response changeSupervisor(@PathParam("id") long id, @BeanParam SupervisorFields supervisor) {
        try {
            supervisors.change(id, viewer(), supervisor.supervisor());
            return see("/enrolment/applications/" + id + "?done=supervisor");
        } catch (SupervisorRefused e) {
            ApplicationDetail detail = queries.detail(id, viewer(), language.get());
            return refused(Templates.application(
                    detail,
                    coordinator(),
                    manager(),
                    supervisor.refused(e.reasons()),
                    "",
                    null,
                    "",
                    Back.of(null, detail.own(), manager(), coordinator()),
                    Language.SUPPORTED));
        }
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
        enrolment.withdraw(id, me.get(), blankToNull(reason));
        return see("/enrolment/applications/" + id + "?done=withdrawn");
    }

    @POST
    @Path("applications/{id}/confirm")
    @Authenticated
    public Response confirm(@PathParam("id") long id) {
        enrolment.confirmOffer(id, me.get());
        return see("/enrolment/applications/" + id);
    }

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
        Application endorsed = enrolment.endorse(id, me.get(), endorse, blankToNull(reason));
        return decisions.answer(id, endorsed.status, from, htmx != null);
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
                eu.topcop.learn.platform.web.Origin.encode(here),
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

    private OfferingEnrolment enrolmentOf(String code) {
        OfferingDetail offering = offerings.offering(code, language.get());
        Person person = me.get();
        boolean canApply = user.hasRole(Roles.TRAINEE) || user.hasRole(Roles.TRAINER);
        ApplicationView mine = queries.mine(person, offering.code());
        boolean coordinator = coordinator();
        List<Eligibility.Reason> reasons =
                canApply && mine == null ? enrolment.reasonsAgainst(code, person) : List.of();
        return new OfferingEnrolment(
                offering,
                canApply,
                mine,
                reasons,
                coordinator,
                coordinator || manager()
                        ? queries.quotaUse(code, manager() ? null : person.country, language.get())
                        : List.of(),
                coordinator
                        ? queries.ofCountry(person, Filter.of(code), 0, 100, language.get())
                                .items()
                        : List.of(),
                manager(),
                user.hasRole(Roles.ADMIN) || offering.courseManager().equals(person.username),
                manager() ? queries.roster(code, 0, 100, language.get()) : ResultPage.empty(),
                manager() ? queries.waitingList(code, 0, 100, language.get()) : ResultPage.empty(),
                enrolment.rules(code),
                Person.AgencyType.codes(),
                catalogue.partnerCountries(language.get()));
    }

    private EnrolmentQueries.Viewer viewer() {
        return new EnrolmentQueries.Viewer(me.get(), coordinator(), manager());
    }

    private boolean coordinator() {
        return user.hasRole(Roles.NATIONAL_COORDINATOR);
    }

    private boolean manager() {
        return user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
