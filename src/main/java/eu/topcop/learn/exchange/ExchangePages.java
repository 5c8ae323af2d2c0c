package eu.topcop.learn.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.exchange.ExchangeQueries.ApplicationView;
import eu.topcop.learn.exchange.ExchangeQueries.OfferView;
import eu.topcop.learn.exchange.ExchangeRequests.Apply;
import eu.topcop.learn.exchange.ExchangeRequests.Endorsement;
import eu.topcop.learn.exchange.ExchangeRequests.Match;
import eu.topcop.learn.exchange.ExchangeRequests.Offer;
import eu.topcop.learn.exchange.ExchangeRequests.Report;
import eu.topcop.learn.exchange.ExchangeRequests.Shared;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.Origin;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.platform.web.PageForms.date;
import static eu.topcop.learn.platform.web.PageForms.number;
import static eu.topcop.learn.platform.web.PageForms.see;

/** The exchange programme on pages: offers, applying, endorsing, matching with suggestions, report and follow-up. */
@Path("/exchange")
@Produces(MediaType.TEXT_HTML)
public class ExchangePages {

    /** The summary of a refused form names each field as its label does. */
    static final Refusals.Labels LABELS = new Refusals.Labels(ExchangeMessages.class, "f_");

    /** The offer form as typed. */
    public record OfferForm(
            String kind,
            String hostCountry,
            String hostAgency,
            String topic,
            String priority,
            String places,
            String startsOn,
            String endsOn,
            String language,
            String description) {

        static OfferForm empty() {
            return new OfferForm("SHORT_TERM", "", "", "", "", "1", "", "", "en", "");
        }

        public List<String> kinds() {
            return java.util.Arrays.stream(ExchangeOffer.Kind.values())
                    .map(Enum::name)
                    .toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offers(
                ResultPage<OfferView> offers,
                ResultPage<ApplicationView> applications,
                Map<String, String> priorities,
                String priority,
                String pagerBase,
                boolean publishes);

        static native TemplateInstance offerForm(
                OfferForm form,
                Map<String, String> priorities,
                List<PartnerCountry> countries,
                List<Language> languages,
                boolean chooseCountry,
                Refusal refusal);

        static native TemplateInstance offer(
                OfferView offer,
                ResultPage<ApplicationView> applications,
                Map<String, String> priorities,
                List<Language> languages,
                boolean mayApply,
                Refusal refusal);

        static native TemplateInstance application(
                ApplicationView application,
                boolean guest,
                boolean endorses,
                boolean matches,
                String matchOffer,
                String done,
                String from,
                Refusal refusal);

        /** The application below its title, as htmx swaps it in after a decision. */
        static native TemplateInstance application$body(
                ApplicationView application,
                boolean guest,
                boolean endorses,
                boolean matches,
                String matchOffer,
                String done,
                String from,
                Refusal refusal);

        static native TemplateInstance suggestions(List<ExchangeQueries.Suggestion> suggestions, String done);
    }

    @Inject
    ExchangeService exchange;

    @Inject
    ExchangeQueries queries;

    @Inject
    ExchangeAccess access;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentUser user;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @Inject
    Refusals refusals;

    @GET
    @Authenticated
    public TemplateInstance offers(
            @QueryParam("priority") String priority, @QueryParam("page") @DefaultValue("0") int page) {
        return Templates.offers(
                queries.offers(blank(priority) ? null : priority, null, true, Math.max(0, page), 20),
                queries.applications(access.scope(me.get()), null, null, 0, 20),
                catalogue.portfolioNames(language.get()),
                blank(priority) ? "" : priority,
                "/exchange?priority="
                        + java.net.URLEncoder.encode(
                                blank(priority) ? "" : priority, java.nio.charset.StandardCharsets.UTF_8)
                        + "&",
                access.manager() || access.coordinator());
    }

    @GET
    @Path("offers/new")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance offerForm() {
        return offerForm(OfferForm.empty(), Refusal.none());
    }

    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response publish(
            @RestForm String kind,
            @RestForm String hostCountry,
            @RestForm String hostAgency,
            @RestForm String topic,
            @RestForm String priority,
            @RestForm String places,
            @RestForm String startsOn,
            @RestForm String endsOn,
            @RestForm("language") String workingLanguage,
            @RestForm String description) {
        OfferForm form = new OfferForm(
                kind, hostCountry, hostAgency, topic, priority, places, startsOn, endsOn, workingLanguage, description);
        return refusals.attempt(
                LABELS,
                () -> {
                    ExchangeOffer offer = exchange.publish(
                            new Offer(
                                    kind,
                                    access.hostCountry(hostCountry),
                                    hostAgency,
                                    topic,
                                    priority,
                                    number(places),
                                    date(startsOn),
                                    date(endsOn),
                                    workingLanguage,
                                    description),
                            me.get().username);
                    return see("/exchange/offers/" + offer.code);
                },
                refusal -> offerForm(form, refusal));
    }

    @GET
    @Path("offers/{code}")
    @Authenticated
    public TemplateInstance offer(@PathParam("code") String code) {
        return offerPage(code, Refusal.none());
    }

    @POST
    @Path("offers/{code}/applications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    public Response apply(
            @PathParam("code") String code,
            @RestForm String agency,
            @RestForm("languages") List<String> languages,
            @RestForm String motivation) {
        return refusals.attempt(
                LABELS,
                () -> {
                    ExchangeApplication application =
                            exchange.apply(code, me.get(), new Apply(agency, languages, motivation));
                    return see("/exchange/applications/" + application.id + "?done=applied");
                },
                refusal -> offerPage(code, refusal));
    }

    @GET
    @Path("applications/{id}")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance application(
            @PathParam("id") long id,
            @QueryParam("done") String done,
            @QueryParam("offer") String offer,
            @QueryParam("from") String from) {
        return applicationPage(id, done, offer, Origin.safe(from), Refusal.none(), false);
    }

    @POST
    @Path("applications/{id}/endorsement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    public Response endorse(
            @PathParam("id") long id,
            @RestForm String verdict,
            @RestForm String reason,
            @RestForm String from,
            @HeaderParam("HX-Request") String htmx) {
        return decide(
                id,
                "endorsed",
                from,
                htmx != null,
                () -> exchange.endorse(
                        id, me.get(), access.country(), new Endorsement("endorse".equals(verdict), reason)));
    }

    @POST
    @Path("applications/{id}/match")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response match(
            @PathParam("id") long id,
            @RestForm String offer,
            @RestForm String mentor,
            @RestForm String mentorEmail,
            @RestForm String learningAgreement,
            @RestForm String from,
            @HeaderParam("HX-Request") String htmx) {
        return decide(
                id,
                "matched",
                from,
                htmx != null,
                () -> exchange.match(id, me.get(), new Match(offer, mentor, mentorEmail, learningAgreement)));
    }

    @POST
    @Path("applications/{id}/withdraw")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    public Response withdraw(@PathParam("id") long id) {
        return act(id, "withdrawn", () -> exchange.withdraw(id, me.get()));
    }

    @POST
    @Path("applications/{id}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    public Response report(
            @PathParam("id") long id, @RestForm String report, @RestForm String commitment, @RestForm String shareBy) {
        return act(id, "reported", () -> exchange.report(id, me.get(), new Report(report, commitment, date(shareBy))));
    }

    @POST
    @Path("applications/{id}/sharing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    public Response shared(
            @PathParam("id") long id, @RestForm String sharedOn, @RestForm String sharedWith, @RestForm String how) {
        return act(
                id, "shared", () -> exchange.shared(id, me.get(), new Shared(date(sharedOn), number(sharedWith), how)));
    }

    @GET
    @Path("suggestions")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance suggestions(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done) {
        return Templates.suggestions(queries.suggestions(Math.max(0, page), 50), done == null ? "" : done);
    }

    private TemplateInstance offerForm(OfferForm form, Refusal refusal) {
        return Templates.offerForm(
                form,
                catalogue.portfolioNames(language.get()),
                catalogue.partnerCountries(language.get()),
                Language.SUPPORTED,
                access.manager(),
                refusal);
    }

    private TemplateInstance offerPage(String code, Refusal refusal) {
        OfferView offer = queries.offer(code);
        ResultPage<ApplicationView> applications = access.manager() || access.coordinator()
                ? queries.applications(access.scope(me.get()), code, null, 0, 100)
                : ResultPage.empty();
        boolean mayApply = (user.hasRole(Roles.TRAINEE) || user.hasRole(Roles.TRAINER))
                && "OPEN".equals(offer.status())
                && offer.startsOn().isAfter(LocalDate.now());
        return Templates.offer(
                offer, applications, catalogue.portfolioNames(language.get()), Language.SUPPORTED, mayApply, refusal);
    }

    /** The application's page, or (htmx, after a decision) only what lies below its title. */
    private TemplateInstance applicationPage(
            long id, String done, String offer, String from, Refusal refusal, boolean body) {
        ApplicationView application = queries.application(id, access.scope(me.get()));
        boolean guest = !access.manager() && !access.coordinator();
        boolean endorses = access.coordinator()
                && user.country().map(c -> c.equals(application.guestCountry())).orElse(false);
        String matchOffer = blank(offer) ? application.offer() : offer;
        String shownDone = done == null ? "" : done;
        String origin = from == null ? "" : from;
        return body
                ? Templates.application$body(
                        application, guest, endorses, access.manager(), matchOffer, shownDone, origin, refusal)
                : Templates.application(
                        application, guest, endorses, access.manager(), matchOffer, shownDone, origin, refusal);
    }

    private Response act(long id, String done, Runnable action) {
        return refusals.attempt(
                LABELS,
                () -> {
                    action.run();
                    return see("/exchange/applications/" + id + "?done=" + done);
                },
                refusal -> applicationPage(id, "", null, null, refusal, false));
    }

    /**
     * A decision (endorse, match): with htmx the application answers in place with the confirmation and only what
     * may still be done; without, the person goes back where they came from ({@code from}, a path on this site),
     * which says what was done. A refused decision keeps to the page as before, with its reasons.
     */
    private Response decide(long id, String done, String from, boolean htmx, Runnable action) {
        String origin = Origin.safe(from);
        return refusals.attempt(
                LABELS,
                () -> {
                    action.run();
                    if (htmx) {
                        return Response.ok(applicationPage(id, done, null, origin, Refusal.none(), true))
                                .build();
                    }
                    return see(
                            origin != null
                                    ? Origin.withDone(origin, done)
                                    : "/exchange/applications/" + id + "?done=" + done);
                },
                refusal -> applicationPage(id, "", null, origin, refusal, htmx));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
