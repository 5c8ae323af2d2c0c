package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

/** Trainers' pages: my certifications, the trainer pool, a trainer's certifications, the assessment sheet. */
@Path("/trainers")
@Produces(MediaType.TEXT_HTML)
public class TrainerPages {

    /** The pool's filters as asked, to show them again. */
    public record PoolFilter(String country, String priority, String words, boolean chooseCountry) {

        /** The pool's address with these filters, for the pager to add its page to. */
        public String base() {
            return "/trainers/pool?country=" + enc(country) + "&priority=" + enc(priority) + "&q=" + enc(words) + "&";
        }

        private static String enc(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(
                List<TrainerPool.Certification> certifications,
                List<CertificationService.TrainingOffering> offerings,
                Map<String, String> priorities);

        static native TemplateInstance pool(
                ResultPage<TrainerPool.Trainer> trainers,
                PoolFilter filter,
                Map<String, String> priorities,
                List<PartnerCountry> countries);

        static native TemplateInstance person(
                Person trainer,
                List<TrainerPool.Certification> certifications,
                Map<String, String> priorities,
                String done);

        static native TemplateInstance assessments(CertificationService.Sheet sheet, boolean saved);

        static native TemplateInstance cascade(
                CascadeService.Cascade cascade,
                long largestReach,
                PoolFilter filter,
                Map<String, String> priorities,
                List<PartnerCountry> countries,
                Map<String, String> countryNames);
    }

    @Inject
    CertificationService certification;

    @Inject
    TrainerPool pool;

    @Inject
    TrainerAccess access;

    @Inject
    CatalogueService catalogue;

    @Inject
    CascadeService cascades;

    @Inject
    TrainerLineage lineages;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance home() {
        return Templates.home(
                pool.of(me.get(), language.get()),
                certification.offerings(me.get(), access.admin(), language.get()),
                catalogue.portfolioNames(language.get()));
    }

    @GET
    @Path("pool")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance pool(
            @QueryParam("country") String country,
            @QueryParam("priority") String priority,
            @QueryParam("q") String words,
            @QueryParam("page") @DefaultValue("0") int page) {
        String visible = access.visibleCountry(country);
        String chosen = priority == null || priority.isBlank() ? null : priority;
        return Templates.pool(
                pool.search(visible, chosen, words, Math.max(0, page), 20),
                new PoolFilter(visible, chosen, words, access.manager()),
                catalogue.portfolioNames(language.get()),
                catalogue.partnerCountries(language.get()));
    }

    @GET
    @Path("people/{person}")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance person(@PathParam("person") long id, @QueryParam("done") String done) {
        Person trainer = Person.findById(id);
        access.checkCanSee(trainer);
        return Templates.person(
                trainer,
                pool.of(trainer, language.get()),
                catalogue.portfolioNames(language.get()),
                done == null ? "" : done);
    }

    @POST
    @Path("certifications/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response withdraw(@PathParam("id") long id, @RestForm("reason") String reason) {
        TrainerCertification withdrawn = TrainerCertification.findById(id);
        if (withdrawn == null) {
            throw new DomainException.NotFound("No certification " + id);
        }
        long person = withdrawn.person.id;
        certification.withdraw(id, reason, me.get().username);
        return Response.seeOther(URI.create("/trainers/people/" + person + "?done=withdrawn"))
                .build();
    }

    @GET
    @Path("offerings/{code}/assessments")
    @RolesAllowed({Roles.TRAINER, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance assessments(@PathParam("code") String code, @QueryParam("saved") boolean saved) {
        return Templates.assessments(certification.sheet(code, me.get(), access.manager(), access.admin()), saved);
    }

    /** One participant's row of the sheet as sent: passed / not passed / not yet for each part. */
    @POST
    @Path("offerings/{code}/assessments/{application}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.TRAINER, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response assess(
            @PathParam("code") String code,
            @PathParam("application") long application,
            @RestForm("assessment") String assessment,
            @RestForm("score") String score,
            @RestForm("practiceOn") String practiceOn,
            @RestForm("practice") String practice,
            @RestForm("notes") String notes) {
        BigDecimal points;
        try {
            points = score == null || score.isBlank()
                    ? null
                    : new BigDecimal(score.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new DomainException.RuleViolation("assessmentScore", "A score is a number between 0 and 100");
        }
        java.time.LocalDate day = eu.topcop.learn.platform.web.PageForms.date(practiceOn);
        if (day == null && practiceOn != null && !practiceOn.isBlank()) {
            throw new DomainException.RuleViolation("practiceOn", "Not a day: " + practiceOn);
        }
        certification.assess(
                code,
                application,
                new CertificationService.Assessment(verdict(assessment), points, day, verdict(practice), notes),
                me.get(),
                access.admin());
        return Response.seeOther(URI.create("/trainers/offerings/" + code + "/assessments?saved=true"))
                .build();
    }

    /**
     * The cascade with a bar per country and crime priority (a coordinator: their country only). A trainer's part of
     * the cascade is their own lineage, whatever they ask for: the country's figures are their coordinator's.
     */
    @GET
    @Path("cascade")
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance cascade(@QueryParam("country") String country, @QueryParam("priority") String priority) {
        if (!access.seesCountryCascade()) {
            return LineagePages.Templates.lineage(lineages.of(me.get(), language.get()));
        }
        String visible = access.cascadeCountry(country);
        String chosen = priority == null || priority.isBlank() ? null : priority;
        CascadeService.Cascade cascade = cascades.of(visible, chosen);
        long largest = cascade.byCountryAndPriority().stream()
                .mapToLong(CascadeService.Cell::officersReached)
                .max()
                .orElse(0);
        return Templates.cascade(
                cascade,
                Math.max(1, largest),
                new PoolFilter(visible, chosen, null, access.manager()),
                catalogue.portfolioNames(language.get()),
                catalogue.partnerCountries(language.get()),
                catalogue.partnerCountries(language.get()).stream()
                        .collect(Collectors.toMap(PartnerCountry::code, PartnerCountry::name)));
    }

    @GET
    @Path("cascade.json")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public CascadeService.Cascade cascadeJson(
            @QueryParam("country") String country, @QueryParam("priority") String priority) {
        return cascades.of(access.cascadeCountry(country), priority == null || priority.isBlank() ? null : priority);
    }

    @GET
    @Path("cascade.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response cascadeCsv(@QueryParam("country") String country, @QueryParam("priority") String priority) {
        CascadeService.Cascade cascade =
                cascades.of(access.cascadeCountry(country), priority == null || priority.isBlank() ? null : priority);
        return Response.ok(CascadeCsv.of(cascade))
                .header("Content-Disposition", "attachment; filename=\"cascade.csv\"")
                .build();
    }

    private static Boolean verdict(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf("passed".equals(value));
    }
}
