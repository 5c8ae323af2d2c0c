package eu.topcop.learn.trainers;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Train-the-trainer assessments, certifications and the trainer pool as JSON. */
@Path("/api/trainers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainers")
public class TrainerResource {

    public record Withdrawal(
            @NotNull @jakarta.validation.constraints.Size(max = 500)
            String reason) {}

    @Inject
    CertificationService certification;

    @Inject
    TrainerPool pool;

    @Inject
    CascadeService cascades;

    @Inject
    TrainerAccess access;

    @Inject
    TrainerLineage lineages;

    @Inject
    RequestLanguage language;

    @Inject
    CurrentPerson me;

    @GET
    @Path("offerings/{code}/assessments")
    @RolesAllowed({Roles.TRAINER, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The assessment sheet of a train-the-trainer offering (its trainers and course manager)")
    public CertificationService.Sheet sheet(@PathParam("code") String code) {
        return certification.sheet(code, me.get(), access.manager(), access.admin());
    }

    @PUT
    @Path("offerings/{code}/assessments/{application}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRAINER, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Record a participant's assessment and practice session (the lead trainer or course manager);"
                    + " certifies when attendance is complete and both are passed")
    public CertificationService.Sheet assess(
            @PathParam("code") String code,
            @PathParam("application") long application,
            @NotNull @Valid CertificationService.Assessment body) {
        return certification.assess(code, application, body, me.get(), access.admin());
    }

    @GET
    @Path("pool")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Trainers with an active certification, by country (a coordinator: their own), crime priority"
                    + " and words of the name or agency")
    public ResultPage<TrainerPool.Trainer> pool(
            @QueryParam("country") String country,
            @QueryParam("priority") String priority,
            @QueryParam("q") String words,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return this.pool.search(
                access.visibleCountry(country),
                priority == null || priority.isBlank() ? null : priority,
                words,
                page,
                size);
    }

    @GET
    @Path("my-certifications")
    @Authenticated
    @Operation(summary = "The caller's trainer certifications: active, expired or withdrawn")
    public List<TrainerPool.Certification> mine() {
        return pool.of(me.get(), language.get());
    }

    @GET
    @Path("people/{person}/certifications")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "A trainer's certifications (a coordinator: trainers of their country only)")
    public List<TrainerPool.Certification> certifications(@PathParam("person") long person) {
        Person trainer = Person.findById(person);
        access.checkCanSee(trainer);
        return pool.of(trainer, language.get());
    }

    @GET
    @Path("cascade")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "The cascade: trainers trained, multiplication courses, officers reached and the multiplier, per"
                    + " country and crime priority, year and trainer, and the lineage of each train-the-trainer offering"
                    + " (a coordinator: their country)")
    public CascadeService.Cascade cascade(
            @QueryParam("country") String country, @QueryParam("priority") String priority) {
        return cascades.of(access.cascadeCountry(country), priority == null || priority.isBlank() ? null : priority);
    }

    @GET
    @Path("lineage")
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "A trainer's lineage: who trained them, their validated multiplication courses with the officers"
                    + " trained there, and further down (a trainer: their own; others: any trainer they may see)")
    public TrainerLineage.Lineage lineage(@QueryParam("person") Long person) {
        return lineages.of(access.lineagePerson(person, me.get()), language.get());
    }

    @GET
    @Path("cascade.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The cascade per country and crime priority as CSV")
    public String cascadeCsv(@QueryParam("country") String country, @QueryParam("priority") String priority) {
        return CascadeCsv.of(cascade(country, priority));
    }

    @POST
    @Path("certifications/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Withdraw a certification with a reason; the trainer role goes with the last active one")
    public void withdraw(@PathParam("id") long id, @NotNull @Valid Withdrawal body) {
        certification.withdraw(id, body.reason(), me.get().username);
    }
}
