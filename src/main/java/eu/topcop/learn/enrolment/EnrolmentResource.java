package eu.topcop.learn.enrolment;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import eu.topcop.learn.enrolment.EnrolmentQueries.Filter;
import eu.topcop.learn.enrolment.EnrolmentService.ApplicationRequest;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationDetail;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationView;
import eu.topcop.learn.enrolment.EnrolmentViews.QuotaUse;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Applications, nominations and decisions as JSON. Lists are paged; X-Total-Count has the total. */
@Path("/api/enrolment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolment")
public class EnrolmentResource {

    public record ApplicationBody(
            @Size(max = 2000) String motivation,
            @Size(max = 200) String agency,
            @Size(max = 200) String position,
            @Size(max = 30) String agencyType,
            boolean speaksWorkingLanguage,
            @Valid Supervisor supervisor) {

        ApplicationRequest request() {
            return new ApplicationRequest(motivation, agency, position, agencyType, speaksWorkingLanguage, supervisor);
        }
    }

    public record NominationBody(
            @NotBlank @Email @Size(max = 200) String email,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String motivation,
            @Size(max = 200) String agency,
            @Size(max = 200) String position,
            @Size(max = 30) String agencyType,
            boolean speaksWorkingLanguage,
            @Valid Supervisor supervisor) {}

    /** The supervisor to name; null (or left out): none. */
    public record SupervisorBody(@Valid Supervisor supervisor) {}

    public record EndorsementBody(
            boolean endorse, @Size(max = 1000) String reason) {}

    public record DecisionBody(
            @NotNull Decision decision, @Size(max = 1000) String reason) {}

    public record BulkDecisionBody(
            @NotEmpty @Size(max = 200) List<@NotNull Long> applications,
            @NotNull Decision decision,
            @Size(max = 1000) String reason) {}

    /** What became of each application of a bulk decision: its status now, or why it was refused. */
    public record BulkOutcome(long application, Application.Status status, String refused) {}

    public record ReasonBody(@Size(max = 1000) String reason) {}

    @Inject
    EnrolmentService enrolment;

    @Inject
    EnrolmentQueries queries;

    @Inject
    CurrentPerson me;

    @Inject
    AccountProvisioning accounts;

    @Inject
    Attendance register;

    @Inject
    Supervisors supervisors;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @POST
    @Path("offerings/{code}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    @Operation(summary = "Apply to an offering; 201 when created, 200 with the existing one when sent again")
    public Response apply(@PathParam("code") String code, @NotNull @Valid ApplicationBody body) {
        EnrolmentService.Result result = enrolment.apply(code, me.get(), body.request());
        return createdOrFound(result);
    }

    @GET
    @Path("offerings/{code}/eligibility")
    @Authenticated
    @Operation(summary = "Why the caller may not apply to an offering now (an empty list: they may)")
    public List<Eligibility.Reason> eligibility(@PathParam("code") String code) {
        return enrolment.reasonsAgainst(code, me.get());
    }

    @GET
    @Path("my-applications")
    @Authenticated
    @Operation(summary = "The caller's own applications and nominations")
    public Response mine(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return paged(queries.mine(me.get(), page, size, language.get()));
    }

    @GET
    @Path("applications/{id}")
    @Authenticated
    @Operation(
            summary = "An application with its history (the applicant, their country's coordinator, course managers)")
    public ApplicationDetail application(@PathParam("id") long id) {
        return queries.detail(id, viewer(), language.get());
    }

    @POST
    @Path("applications/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Withdraw one's own application; a seat it held goes to the waiting list")
    public ApplicationView withdraw(@PathParam("id") long id, @Valid ReasonBody body) {
        enrolment.withdraw(id, me.get(), body == null ? null : body.reason());
        return view(id);
    }

    @GET
    @Path("applications/{id}/calendar")
    @Produces("text/calendar")
    @Authenticated
    @Operation(summary = "The iCalendar invitation of one's own approved place in a face-to-face offering")
    public Response calendar(@PathParam("id") long id) {
        return Response.ok(enrolment.calendar(id, me.get(), language.get()), CalendarInvitation.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"invitation.ics\"")
                .build();
    }

    @POST
    @Path("applications/{id}/confirmation")
    @Authenticated
    @Operation(summary = "Take the seat offered from the waiting list, before the offer lapses")
    public ApplicationView confirm(@PathParam("id") long id) {
        enrolment.confirmOffer(id, me.get());
        return view(id);
    }

    @POST
    @Path("offerings/{code}/nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(
            summary = "Nominate an officer of one's own country, within the country's quota; 422 on email when the"
                    + " person or account with that e-mail is of another country")
    public Response nominate(@PathParam("code") String code, @NotNull @Valid NominationBody body) {
        EnrolmentService.Result result = enrolment.nominate(
                code,
                me.get(),
                body.email(),
                body.name(),
                new ApplicationRequest(
                        body.motivation(),
                        body.agency(),
                        body.position(),
                        body.agencyType(),
                        body.speaksWorkingLanguage(),
                        body.supervisor()));
        accounts.ensureAccountLater(result.application().person.id);
        return createdOrFound(result);
    }

    @jakarta.ws.rs.PUT
    @Path("applications/{id}/supervisor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(
            summary = "Name another supervisor for the follow-up after the training, or none ({\"supervisor\": null}):"
                    + " the applicant while the application is not final (409 after), the coordinator of their"
                    + " country and course managers at any time; 404 for anyone else; 422 naming the field")
    public ApplicationView changeSupervisor(@PathParam("id") long id, @NotNull @Valid SupervisorBody body) {
        supervisors.change(id, viewer(), body.supervisor());
        return view(id);
    }

    @POST
    @Path("applications/{id}/endorsement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Endorse an application of one's own country, or decline it with a reason")
    public ApplicationView endorse(@PathParam("id") long id, @NotNull @Valid EndorsementBody body) {
        enrolment.endorse(id, me.get(), body.endorse(), body.reason());
        return view(id);
    }

    @GET
    @Path("country-applications")
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Applications and nominations of the coordinator's own country")
    public Response ofCountry(
            @QueryParam("offering") String offering,
            @QueryParam("status") Application.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return paged(queries.ofCountry(me.get(), new Filter(offering, null, status), page, size, language.get()));
    }

    @GET
    @Path("offerings/{code}/quota-use")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Quota, applications in the running and seats per country (a coordinator: own country)")
    public List<QuotaUse> quotaUse(@PathParam("code") String code) {
        boolean all = user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
        return queries.quotaUse(code, all ? null : ownCountry(), language.get());
    }

    @GET
    @Path("queue")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "The course managers' queue, oldest first, filtered by offering, country and status, in keyset"
                    + " pages: the X-Next-Page header, when there is one, is the after of the following page")
    public Response queue(
            @QueryParam("offering") String offering,
            @QueryParam("country") String country,
            @QueryParam("status") Application.Status status,
            @QueryParam("after") @jakarta.validation.constraints.Pattern(regexp = "\\d{1,19}_\\d{1,19}") String after,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        EnrolmentQueue.QueuePage page =
                queries.queue(new Filter(offering, country, status), after, size, language.get());
        return Response.ok(page.items())
                .header("X-Total-Count", page.total())
                .header("X-Next-Page", page.next())
                .build();
    }

    @POST
    @Path("applications/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Approve (seats, or waiting list when full), put on the waiting list, or reject with a reason;"
                    + " 409 while the applicant's coordinator has not endorsed it (where one must) or when the"
                    + " online phase was not completed by the gate deadline")
    public ApplicationView decide(@PathParam("id") long id, @NotNull @Valid DecisionBody body) {
        enrolment.decide(id, me.get(), user.hasRole(Roles.ADMIN), body.decision(), body.reason());
        return view(id);
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The same decision for up to 200 applications, each on its own; the outcome of each")
    public List<BulkOutcome> decideAll(@NotNull @Valid BulkDecisionBody body) {
        Person manager = me.get();
        boolean admin = user.hasRole(Roles.ADMIN);
        return body.applications().stream()
                .map(id -> {
                    try {
                        Application a = enrolment.decide(id, manager, admin, body.decision(), body.reason());
                        return new BulkOutcome(id, a.status, null);
                    } catch (DomainException | io.quarkus.security.ForbiddenException e) {
                        return new BulkOutcome(id, null, e.getMessage());
                    }
                })
                .toList();
    }

    @GET
    @Path("offerings/{code}/roster")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Who holds a seat in an offering")
    public Response roster(
            @PathParam("code") String code,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return paged(queries.roster(code, page, size, language.get()));
    }

    @GET
    @Path("offerings/{code}/waiting-list")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "An offering's waiting list, in order")
    public Response waitingList(
            @PathParam("code") String code,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return paged(queries.waitingList(code, page, size, language.get()));
    }

    public record RulesBody(
            @Size(max = 300) Map<@Size(max = 2) String, @NotNull @Min(0) @Max(1000) Integer> quotas,
            @Size(max = 20) List<@NotNull @Size(max = 30) String> agencyTypes,
            @Size(max = 50) List<@NotNull @Size(max = 80) String> prerequisites,
            java.time.LocalDate gateDeadline) {}

    @GET
    @Path("offerings/{code}/rules")
    @Authenticated
    @Operation(summary = "Who may take part: quotas per country, agency types, prerequisite modules, gate deadline")
    public EnrolmentRules.Rules rules(@PathParam("code") String code) {
        return enrolment.rules(code);
    }

    @jakarta.ws.rs.PUT
    @Path("offerings/{code}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Set who may take part (the offering's course manager or an administrator)")
    public EnrolmentRules.Rules setRules(@PathParam("code") String code, @NotNull @Valid RulesBody body) {
        return enrolment.setRules(
                code,
                me.get(),
                user.hasRole(Roles.ADMIN),
                new EnrolmentRules.Rules(
                        body.quotas() == null ? Map.of() : body.quotas(),
                        body.agencyTypes() == null ? List.of() : body.agencyTypes(),
                        body.prerequisites() == null ? List.of() : body.prerequisites(),
                        body.gateDeadline()));
    }

    public record AttendanceBody(@NotNull @Size(max = 5000) List<@NotNull @Valid MarkBody> marks) {}

    public record MarkBody(long application, @NotNull java.time.LocalDate day, boolean present) {}

    public record TrainersBody(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> trainers) {}

    @GET
    @Path("offerings/{code}/attendance")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN, Roles.TRAINER})
    @Operation(summary = "The attendance register: days, seated participants, marks, who has completed")
    public Attendance.Register attendance(@PathParam("code") String code) {
        return register.registerFor(code, me.get(), isManager());
    }

    @jakarta.ws.rs.PUT
    @Path("offerings/{code}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN, Roles.TRAINER})
    @Operation(summary = "Record or correct attendance (the offering's course manager or trainers)")
    public Attendance.Register recordAttendance(@PathParam("code") String code, @NotNull @Valid AttendanceBody body) {
        return register.record(
                code,
                body.marks().stream()
                        .map(m -> new Attendance.Mark(m.application(), m.day(), m.present()))
                        .toList(),
                me.get(),
                user.hasRole(Roles.ADMIN));
    }

    @jakarta.ws.rs.PUT
    @Path("offerings/{code}/trainers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The trainers who run an offering (usernames)")
    public List<String> trainers(@PathParam("code") String code, @NotNull @Valid TrainersBody body) {
        return register.assignTrainers(code, body.trainers(), me.get(), user.hasRole(Roles.ADMIN));
    }

    private boolean isManager() {
        return user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
    }

    /** 201 with its location when the request made the application, 200 when it found it there already. */
    private Response createdOrFound(EnrolmentService.Result result) {
        ApplicationView view = view(result.application().id);
        return result.created()
                ? Response.created(URI.create("/api/enrolment/applications/" + view.id()))
                        .entity(view)
                        .build()
                : Response.ok(view).build();
    }

    private EnrolmentQueries.Viewer viewer() {
        return new EnrolmentQueries.Viewer(
                me.get(),
                user.hasRole(Roles.NATIONAL_COORDINATOR),
                user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN));
    }

    private ApplicationView view(long id) {
        return queries.detail(id, viewer(), language.get()).application();
    }

    private String ownCountry() {
        return user.country()
                .orElseThrow(() -> new DomainException.RuleViolation(
                        "country", "Your account has no country; ask an administrator to set it"));
    }

    private static Response paged(ResultPage<?> page) {
        return Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }
}
