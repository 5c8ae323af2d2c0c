package eu.topcop.learn.enrolment;

import java.util.List;

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
import eu.topcop.learn.catalogue.CatalogueViews.PartnerCountry;
import eu.topcop.learn.catalogue.OfferingCatalogue;
import eu.topcop.learn.catalogue.OfferingViews.OfferingDetail;
import eu.topcop.learn.enrolment.EnrolmentQueries.Filter;
import eu.topcop.learn.enrolment.EnrolmentService.ApplicationRequest;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationDetail;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationView;
import eu.topcop.learn.enrolment.EnrolmentViews.NotificationView;
import eu.topcop.learn.enrolment.EnrolmentViews.QuotaUse;
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

    /** The nomination form as the coordinator filled it in, shown again when it is refused. */
    public record NominationForm(
            String name, String email, String agency, String position, String agencyType, boolean speaks) {

        static final NominationForm EMPTY = new NominationForm("", "", "", "", "", false);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offering(
                OfferingEnrolment page, List<Eligibility.Reason> refused, String done, NominationForm nomination);

        static native TemplateInstance mine(ResultPage<ApplicationView> applications);

        static native TemplateInstance application(ApplicationDetail detail, boolean coordinator, boolean manager);

        static native TemplateInstance country(ResultPage<ApplicationView> applications, String status);

        static native TemplateInstance notifications(ResultPage<NotificationView> notifications);
    }

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

    @GET
    @Path("offerings/{code}")
    @Authenticated
    public TemplateInstance offering(@PathParam("code") String code, @QueryParam("done") String done) {
        return Templates.offering(enrolmentOf(code), List.of(), done == null ? "" : done, NominationForm.EMPTY);
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
            @RestForm boolean speaksWorkingLanguage) {
        try {
            EnrolmentService.Result result = enrolment.apply(
                    code,
                    me.get(),
                    new ApplicationRequest(
                            motivation, agency, position, blankToNull(agencyType), speaksWorkingLanguage));
            return see("/enrolment/applications/" + result.application().id);
        } catch (Ineligible e) {
            return Response.status(422)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.offering(enrolmentOf(code), e.reasons(), "", NominationForm.EMPTY))
                    .build();
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
            @RestForm boolean speaksWorkingLanguage) {
        NominationForm filled = new NominationForm(
                orEmpty(name),
                orEmpty(email),
                orEmpty(agency),
                orEmpty(position),
                orEmpty(agencyType),
                speaksWorkingLanguage);
        if (blankToNull(email) == null || !email.contains("@") || blankToNull(name) == null) {
            return refusedNomination(code, List.of(), "nomination-incomplete", filled);
        }
        try {
            EnrolmentService.Result result = enrolment.nominate(
                    code,
                    me.get(),
                    email,
                    name,
                    new ApplicationRequest(null, agency, position, blankToNull(agencyType), speaksWorkingLanguage));
            accounts.ensureAccountLater(result.application().person.id);
            return see("/enrolment/offerings/" + code + "?done=nominated");
        } catch (Ineligible e) {
            return refusedNomination(code, e.reasons(), "", filled);
        } catch (DomainException.RuleViolation e) {
            if (!"email".equals(e.field())) {
                throw e;
            }
            return refusedNomination(code, List.of(), "nominee-other-country", filled);
        }
    }

    private Response refusedNomination(
            String code, List<Eligibility.Reason> reasons, String problem, NominationForm filled) {
        return Response.status(422)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.offering(enrolmentOf(code), reasons, problem, filled))
                .build();
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
    public TemplateInstance application(@PathParam("id") long id) {
        return Templates.application(queries.detail(id, viewer(), language.get()), coordinator(), manager());
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
        return see("/enrolment/applications/" + id);
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
    public Response endorse(@PathParam("id") long id, @RestForm boolean endorse, @RestForm String reason) {
        enrolment.endorse(id, me.get(), endorse, blankToNull(reason));
        return see("/enrolment/applications/" + id);
    }

    @GET
    @Path("country")
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    public TemplateInstance country(
            @QueryParam("status") Application.Status status, @QueryParam("page") @DefaultValue("0") int page) {
        return Templates.country(
                queries.ofCountry(
                        me.get(), new Filter(null, null, status), Math.max(0, page), PAGE_SIZE, language.get()),
                status == null ? "" : status.name());
    }

    @GET
    @Path("notifications")
    @Authenticated
    public TemplateInstance notifications(@QueryParam("page") @DefaultValue("0") int page) {
        return Templates.notifications(queries.notifications(me.get(), Math.max(0, page), PAGE_SIZE));
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
                        ? queries.ofCountry(person, new Filter(code, null, null), 0, 100, language.get())
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
