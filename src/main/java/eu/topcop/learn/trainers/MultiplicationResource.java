package eu.topcop.learn.trainers;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.ResultPage;
import eu.topcop.learn.trainers.MultiplicationCourse.Status;
import eu.topcop.learn.trainers.MultiplicationQueries.Detail;
import eu.topcop.learn.trainers.MultiplicationQueries.Summary;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Delivery;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import eu.topcop.learn.trainers.MultiplicationRequests.Plan;
import eu.topcop.learn.trainers.MultiplicationRequests.Report;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Multiplication courses as JSON: trainers plan, register, deliver and report; coordinators of the course's
 * country approve and validate. A trainer sees only their own courses, a coordinator only their country's.
 */
@Path("/api/trainers/multiplication-courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainers")
public class MultiplicationResource {

    @Inject
    MultiplicationService multiplication;

    @Inject
    MultiplicationQueries queries;

    @Inject
    TrainerAccess access;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Multiplication courses the caller may see, newest first, optionally in one status, each with"
                    + " its participants' evaluation once reported")
    public ResultPage<Summary> list(
            @QueryParam("status") Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.list(access.scope(me.get()), status, page, size, language.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINER)
    @Operation(summary = "Plan a multiplication course (a trainer certified for the course's crime priorities)")
    public Response plan(@NotNull @jakarta.validation.Valid Plan plan) {
        MultiplicationCourse planned = multiplication.plan(me.get(), plan);
        return Response.created(URI.create("/api/trainers/multiplication-courses/" + planned.code))
                .entity(detail(planned.code, 0))
                .build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "A multiplication course with a page of its participants and, once reported, their evaluation:"
                    + " response rate and reaction score (hidden under 5 respondents)")
    public Detail detail(@PathParam("code") String code, @QueryParam("page") @DefaultValue("0") @Min(0) int page) {
        return queries.detail(code, access.scope(me.get()), me.get(), page, language.get());
    }

    @POST
    @Path("{code}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Approve or reject a planned course (the coordinator of its country; a reason to reject)")
    public Detail decide(@PathParam("code") String code, @NotNull @jakarta.validation.Valid Decision decision) {
        multiplication.decide(code, me.get(), access.coordinatorCountry(), decision);
        return detail(code, 0);
    }

    @POST
    @Path("{code}/cancellation")
    @RolesAllowed(Roles.TRAINER)
    @Operation(summary = "Cancel one's own course before its report")
    public Detail cancel(@PathParam("code") String code) {
        multiplication.cancel(code, me.get());
        return detail(code, 0);
    }

    @POST
    @Path("{code}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINER)
    @Operation(summary = "Register an officer: an existing user by e-mail, or name and agency")
    public Response register(
            @PathParam("code") String code, @NotNull @jakarta.validation.Valid Participant participant) {
        multiplication.register(code, me.get(), participant);
        return Response.status(Response.Status.CREATED).entity(detail(code, 0)).build();
    }

    @DELETE
    @Path("{code}/participants/{id}")
    @RolesAllowed(Roles.TRAINER)
    @Operation(summary = "Remove a registered officer before the report")
    public Detail unregister(@PathParam("code") String code, @PathParam("id") long id) {
        multiplication.unregister(code, id, me.get());
        return detail(code, 0);
    }

    @PUT
    @Path("{code}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINER)
    @Operation(
            summary = "Record the delivery: who attended, material used, a summary of the participants' evaluation;"
                    + " a typed average rating only when every participant was recorded by name (422 otherwise)")
    public Detail deliver(@PathParam("code") String code, @NotNull @jakarta.validation.Valid Delivery delivery) {
        multiplication.recordDelivery(code, me.get(), delivery);
        return detail(code, 0);
    }

    @POST
    @Path("{code}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINER)
    @Operation(summary = "Send the report to the coordinator (once the delivery is recorded and the course over)")
    public Detail report(@PathParam("code") String code, @NotNull @jakarta.validation.Valid Report report) {
        multiplication.submitReport(code, me.get(), report.report());
        return detail(code, 0);
    }

    @POST
    @Path("{code}/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(
            summary = "Validate the report (participants with an account complete the course and are certified), or"
                    + " return it with a reason")
    public Detail validate(@PathParam("code") String code, @NotNull @jakarta.validation.Valid Decision decision) {
        multiplication.validate(code, me.get(), access.coordinatorCountry(), decision);
        return detail(code, 0);
    }
}
