package eu.topcop.learn.enrolment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import eu.topcop.learn.catalogue.CatalogueViews.PartnerCountry;
import eu.topcop.learn.catalogue.OfferingCatalogue;
import eu.topcop.learn.catalogue.OfferingViews.OfferingDetail;
import eu.topcop.learn.enrolment.EnrolmentQueries.Filter;
import eu.topcop.learn.enrolment.EnrolmentService.ApplicationRequest;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationView;
import eu.topcop.learn.enrolment.EnrolmentViews.QuotaUse;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * An offering's enrolment page: officers apply, national coordinators nominate within the country's quota,
 * course managers see the roster and set who may take part. A refused form comes back with what was typed and
 * each reason beside its field ({@link EnrolmentRefusals}). One application, lists and notifications are in
 * {@link ApplicationPages}; the course managers' queue in {@link ManagerEnrolmentPages}.
 */
@Path("/enrolment")
@Produces(MediaType.TEXT_HTML)
public class EnrolmentPages {

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
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offering(
                OfferingEnrolment page,
                Refusal refusal,
                String done,
                Application.Status decided,
                ApplyForm application,
                NominationForm nomination,
                List<Language> languages);

        static native TemplateInstance nomineeSupervisor(
                SupervisorFields supervisor, Refusal refusal, List<Language> languages);
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

    @Inject
    Supervisors supervisors;

    @Inject
    Refusals refusals;

    @GET
    @Path("offerings/{code}")
    @Authenticated
    public TemplateInstance offering(@PathParam("code") String code, @QueryParam("done") String done) {
        OfferingEnrolment page = enrolmentOf(code);
        return Templates.offering(
                page,
                Refusal.none(),
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
        ApplicationRequest request = new ApplicationRequest(
                motivation, agency, position, blankToNull(agencyType), speaksWorkingLanguage, supervisor.supervisor());
        return refusals.attempt(
                EnrolmentRefusals.LABELS,
                () -> {
                    EnrolmentService.Result result = EnrolmentRefusals.onForm("", false, language.get(), () -> {
                        EnrolmentRefusals.atMost("motivation", motivation, Application.MOTIVATION_MAX);
                        return enrolment.apply(code, me.get(), request);
                    });
                    return see("/enrolment/applications/" + result.application().id + "?done=applied");
                },
                refusal -> Templates.offering(
                        enrolmentOf(code),
                        EnrolmentRefusals.labelled(refusal, language.get()),
                        "",
                        null,
                        filled,
                        NominationForm.empty(),
                        Language.SUPPORTED));
    }

    /** Nominates an officer; the form's fields carry the prefix {@code n-}, as the apply form may share the page. */
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
        ApplicationRequest request = new ApplicationRequest(
                null, agency, position, blankToNull(agencyType), speaksWorkingLanguage, supervisor.supervisor());
        return refusals.attempt(
                EnrolmentRefusals.LABELS,
                () -> {
                    EnrolmentService.Result result = EnrolmentRefusals.onForm("n-", true, language.get(), () -> {
                        if (blankToNull(name) == null) {
                            throw EnrolmentRefusals.required("name");
                        }
                        if (blankToNull(email) == null || !email.contains("@")) {
                            throw EnrolmentRefusals.refuse("email", "Not an e-mail address", "refused_nominee_email");
                        }
                        return enrolment.nominate(code, me.get(), email, name, request);
                    });
                    accounts.ensureAccountLater(result.application().person.id);
                    return see("/enrolment/offerings/" + code + "?done=nominated");
                },
                refusal -> {
                    OfferingEnrolment page = enrolmentOf(code);
                    return Templates.offering(
                            page,
                            EnrolmentRefusals.labelled(refusal, language.get()),
                            "",
                            null,
                            ApplyForm.offered(me.get(), offeredSupervisor(page)),
                            filled,
                            Language.SUPPORTED);
                });
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
        return Templates.nomineeSupervisor(shown, Refusal.none(), Language.SUPPORTED);
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

    private boolean coordinator() {
        return user.hasRole(Roles.NATIONAL_COORDINATOR);
    }

    private boolean manager() {
        return user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
    }

    static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
