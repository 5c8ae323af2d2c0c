package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.util.List;

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

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.Problem;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import eu.topcop.learn.platform.web.ResultPage;
import eu.topcop.learn.trainers.MultiplicationCourse.Status;
import eu.topcop.learn.trainers.MultiplicationQueries.Detail;
import eu.topcop.learn.trainers.MultiplicationQueries.Summary;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Delivery;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import eu.topcop.learn.trainers.MultiplicationRequests.Plan;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.platform.web.PageForms.date;
import static eu.topcop.learn.platform.web.PageForms.number;
import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * Multiplication courses on pages: the list, the plan form, and one course with what its viewer may do there.
 * A form with mistakes comes back as typed, with each mistake named by its field.
 */
@Path("/trainers/multiplication-courses")
@Produces(MediaType.TEXT_HTML)
public class MultiplicationPages {

    /** The plan form as typed. */
    public record PlanForm(
            String course,
            String startsOn,
            String endsOn,
            String place,
            String language,
            String expected,
            String material) {

        static PlanForm empty() {
            return new PlanForm("", "", "", "", "", "", "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                ResultPage<Summary> courses, List<String> statuses, String status, String pagerBase, boolean canPlan);

        static native TemplateInstance plan(
                List<MultiplicationService.CourseChoice> courses,
                List<Language> languages,
                PlanForm form,
                Refusal refusal);

        static native TemplateInstance course(Detail course, boolean decides, String done, Refusal refusal);

        /** The course below its title, as htmx swaps it in after a coordinator's decision. */
        static native TemplateInstance course$body(Detail course, boolean decides, String done, Refusal refusal);
    }

    static final Refusals.Labels LABELS = new Refusals.Labels(TrainerMessages.class, "mc_");

    @Inject
    Refusals refusals;

    @Inject
    MultiplicationService multiplication;

    @Inject
    MultiplicationQueries queries;

    @Inject
    TrainerAccess access;

    @Inject
    CurrentUser user;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page) {
        Status chosen = null;
        try {
            chosen = status == null || status.isBlank() ? null : Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            // An unknown status shows every course.
        }
        return Templates.list(
                queries.list(access.scope(me.get()), chosen, Math.max(0, page), 20, language.get()),
                java.util.Arrays.stream(Status.values()).map(Enum::name).toList(),
                chosen == null ? "" : chosen.name(),
                "/trainers/multiplication-courses?status=" + (chosen == null ? "" : chosen.name()) + "&",
                user.hasRole(Roles.TRAINER));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.TRAINER)
    public TemplateInstance planForm() {
        return Templates.plan(
                multiplication.plannable(me.get(), language.get()),
                Language.SUPPORTED,
                PlanForm.empty(),
                Refusal.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINER)
    public Response plan(
            @RestForm String course,
            @RestForm String startsOn,
            @RestForm String endsOn,
            @RestForm String place,
            @RestForm String language,
            @RestForm String expected,
            @RestForm String material) {
        PlanForm form = new PlanForm(course, startsOn, endsOn, place, language, expected, material);
        return refusals.attempt(
                LABELS,
                () -> {
                    MultiplicationCourse planned = multiplication.plan(
                            me.get(),
                            new Plan(
                                    course, date(startsOn), date(endsOn), place, language, number(expected), material));
                    return see("/trainers/multiplication-courses/" + planned.code + "?done=planned");
                },
                refusal -> Templates.plan(
                        multiplication.plannable(me.get(), this.language.get()), Language.SUPPORTED, form, refusal));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance course(
            @PathParam("code") String code,
            @QueryParam("done") String done,
            @QueryParam("page") @DefaultValue("0") int page) {
        return page(code, done, Math.max(0, page), Refusal.none());
    }

    @POST
    @Path("{code}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    public Response decide(
            @PathParam("code") String code,
            @RestForm String verdict,
            @RestForm String reason,
            @HeaderParam("HX-Request") String htmx) {
        return act(
                code,
                "decided",
                htmx != null,
                () -> multiplication.decide(
                        code, me.get(), access.coordinatorCountry(), new Decision("approve".equals(verdict), reason)));
    }

    @POST
    @Path("{code}/participants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINER)
    public Response register(
            @PathParam("code") String code, @RestForm String name, @RestForm String agency, @RestForm String email) {
        return act(
                code,
                "registered",
                () -> multiplication.register(code, me.get(), new Participant(name, agency, email)));
    }

    @POST
    @Path("{code}/participants/{id}/remove")
    @RolesAllowed(Roles.TRAINER)
    public Response unregister(@PathParam("code") String code, @PathParam("id") long id) {
        return act(code, "removed", () -> multiplication.unregister(code, id, me.get()));
    }

    @POST
    @Path("{code}/delivery")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINER)
    public Response deliver(
            @PathParam("code") String code,
            @RestForm("attended") List<Long> attended,
            @RestForm String materialUsed,
            @RestForm String evaluationSummary,
            @RestForm String evaluationScore) {
        return act(
                code,
                "delivered",
                () -> multiplication.recordDelivery(
                        code,
                        me.get(),
                        new Delivery(
                                attended == null ? List.of() : attended,
                                materialUsed,
                                evaluationSummary,
                                decimal(evaluationScore))));
    }

    @POST
    @Path("{code}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINER)
    public Response report(@PathParam("code") String code, @RestForm String report) {
        return act(code, "reported", () -> multiplication.submitReport(code, me.get(), report));
    }

    @POST
    @Path("{code}/validation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    public Response validate(
            @PathParam("code") String code,
            @RestForm String verdict,
            @RestForm String reason,
            @HeaderParam("HX-Request") String htmx) {
        return act(
                code,
                "validated",
                htmx != null,
                () -> multiplication.validate(
                        code, me.get(), access.coordinatorCountry(), new Decision("validate".equals(verdict), reason)));
    }

    @POST
    @Path("{code}/cancel")
    @RolesAllowed(Roles.TRAINER)
    public Response cancel(@PathParam("code") String code) {
        return act(code, "cancelled", () -> multiplication.cancel(code, me.get()));
    }

    /** Does it and goes back to the course; mistakes come back on the course page, nothing saved. */
    private Response act(String code, String done, Runnable action) {
        return act(code, done, false, action);
    }

    /**
     * Like {@link #act(String, String, Runnable)}; with htmx (a coordinator's decision) the course answers in place
     * with the confirmation and without the decision just taken.
     */
    private Response act(String code, String done, boolean htmx, Runnable action) {
        return refusals.attempt(
                LABELS,
                () -> {
                    action.run();
                    return htmx
                            ? Response.ok(body(code, done, Refusal.none())).build()
                            : see("/trainers/multiplication-courses/" + code + "?done=" + done);
                },
                refusal -> htmx ? body(code, "", refusal) : page(code, "", 0, refusal));
    }

    private TemplateInstance body(String code, String done, Refusal refusal) {
        Detail detail = queries.detail(code, access.scope(me.get()), me.get(), 0, language.get());
        return Templates.course$body(detail, decides(detail), done, refusal);
    }

    private boolean decides(Detail detail) {
        return user.hasRole(Roles.NATIONAL_COORDINATOR)
                && user.country().map(c -> c.equals(detail.summary().country())).orElse(false);
    }

    private TemplateInstance page(String code, String done, int page, Refusal refusal) {
        Detail detail = queries.detail(code, access.scope(me.get()), me.get(), page, language.get());
        return Templates.course(detail, decides(detail), done == null ? "" : done, refusal);
    }

    private static BigDecimal decimal(String value) {
        try {
            return value == null || value.isBlank()
                    ? null
                    : new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw MultiplicationService.refused(
                    "The delivery has mistakes",
                    List.of(new Problem.FieldError("evaluationScore", "The average rating is a number from 1 to 5")));
        }
    }
}
