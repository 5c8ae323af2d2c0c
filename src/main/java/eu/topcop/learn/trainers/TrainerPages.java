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
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
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

    /**
     * A refused form of a page that has one per row (a certification to withdraw, a participant to assess): the
     * refusal and the row whose form it was, which alone shows it; the other rows keep their stored values.
     */
    public record Refused(long row, Refusal refusal) {

        static final Refused NONE = new Refused(0, Refusal.none());

        /** The refusal if it is about {@code row}'s form, else none. */
        public Refusal of(long row) {
            return row == this.row ? refusal : Refusal.none();
        }

        /** The verdict chosen for {@code field} of {@code row}'s form: as sent if refused, else as stored. */
        public String verdict(long row, String field, Boolean stored) {
            return of(row).value(field, stored == null ? "" : stored ? "passed" : "failed");
        }

        /**
         * The id of a field of {@code row}'s form: the field's name in the refused row, which the summary links to,
         * else {@code prefix-row}.
         */
        public String id(long row, String field, String prefix) {
            return row == this.row && refusal.refused() ? field : prefix + "-" + row;
        }
    }

    /** The sheet's fields by their columns' labels ({@code col_practice_on}), the withdrawal's reason by its own. */
    static final Refusals.Labels ASSESSMENT_LABELS = new Refusals.Labels(TrainerMessages.class, "col_");

    static final Refusals.Labels WITHDRAWAL_LABELS = new Refusals.Labels(TrainerMessages.class, "withdraw_");

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
                String done,
                Refused refused);

        static native TemplateInstance assessments(CertificationService.Sheet sheet, boolean saved, Refused refused);

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

    @Inject
    Refusals refusals;

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
                done == null ? "" : done,
                Refused.NONE);
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
        Person trainer = withdrawn.person;
        return refusals.attempt(
                WITHDRAWAL_LABELS,
                () -> {
                    certification.withdraw(id, reason, me.get().username);
                    return Response.seeOther(URI.create("/trainers/people/" + trainer.id + "?done=withdrawn"))
                            .build();
                },
                refusal -> Templates.person(
                        trainer,
                        pool.of(trainer, language.get()),
                        catalogue.portfolioNames(language.get()),
                        "",
                        new Refused(id, refusal)));
    }

    @GET
    @Path("offerings/{code}/assessments")
    @RolesAllowed({Roles.TRAINER, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance assessments(@PathParam("code") String code, @QueryParam("saved") boolean saved) {
        return Templates.assessments(
                certification.sheet(code, me.get(), access.manager(), access.admin()), saved, Refused.NONE);
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
        return refusals.attempt(
                ASSESSMENT_LABELS,
                () -> {
                    certification.assess(
                            code,
                            application,
                            new CertificationService.Assessment(
                                    verdict(assessment), points(score), day(practiceOn), verdict(practice), notes),
                            me.get(),
                            access.admin());
                    return Response.seeOther(URI.create("/trainers/offerings/" + code + "/assessments?saved=true"))
                            .build();
                },
                refusal -> Templates.assessments(
                        certification.sheet(code, me.get(), access.manager(), access.admin()),
                        false,
                        new Refused(application, refusal)));
    }

    private static BigDecimal points(String score) {
        try {
            return score == null || score.isBlank()
                    ? null
                    : new BigDecimal(score.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new DomainException.RuleViolation("assessmentScore", "A score is a number between 0 and 100")
                    .because("assessmentScore", TrainerMessages.class, "error_assessment_score");
        }
    }

    private static java.time.LocalDate day(String practiceOn) {
        java.time.LocalDate day = eu.topcop.learn.platform.web.PageForms.date(practiceOn);
        if (day == null && practiceOn != null && !practiceOn.isBlank()) {
            throw new DomainException.RuleViolation("practiceOn", "Not a day: " + practiceOn)
                    .because("practiceOn", TrainerMessages.class, "error_practice_on_day");
        }
        return day;
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
