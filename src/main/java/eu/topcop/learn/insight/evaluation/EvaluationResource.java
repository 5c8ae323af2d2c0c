package eu.topcop.learn.insight.evaluation;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Surveys as JSON: a respondent's invitations and answers, and the organisers' response rates and reports. */
@Path("/api/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
public class EvaluationResource {

    /**
     * Answers per question code: one value for a rating (0-10), a Likert point (1-n), a single choice or a text;
     * any number of option codes for a multiple choice.
     */
    public record AnswersRequest(
            @NotNull @Size(max = 200)
            Map<@Size(max = 80) String, @NotNull @Size(max = 20) List<@Size(max = SurveyService.TEXT_LIMIT) String>>
                    answers) {}

    @Inject
    SurveyService surveys;

    @Inject
    SurveyReports reports;

    @Inject
    EvaluationViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Path("invitations")
    @Authenticated
    @Operation(
            summary = "The signed-in person's surveys: open ones first, then those answered or closed in the last year")
    public List<EvaluationViews.MyInvitation> mine() {
        return surveys.mine(viewer.personId(), language.get());
    }

    @GET
    @Path("invitations/{id}")
    @Authenticated
    @Operation(
            summary = "One of the person's surveys with its questions in their language (English where untranslated)")
    public EvaluationViews.Questionnaire questionnaire(@PathParam("id") long id) {
        return surveys.questionnaire(id, viewer.personId(), language.get());
    }

    @POST
    @Path("invitations/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(
            summary = "Answer the survey, once: 422 names each refused question (field = its code), 409 when it was"
                    + " answered or has closed. An anonymous survey's response is not linked to the person.")
    public Response answer(@PathParam("id") long id, @Valid @NotNull AnswersRequest request) {
        surveys.answer(id, viewer.personId(), request.answers());
        return Response.noContent().build();
    }

    @GET
    @Path("surveys")
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Surveys the caller may see, newest first, with invitations and answers counted (a coordinator's"
                    + " own country only); pass next as after for the following page")
    public SurveyReports.Page surveys(
            @QueryParam("after") @Pattern(regexp = "\\d{1,19}_\\d{1,19}") String after,
            @QueryParam("size") @DefaultValue("25") @Min(1) @Max(100) int size) {
        return reports.list(viewer.get(), after, size, language.get());
    }

    @GET
    @Path("surveys/{id}")
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "A survey's report: totals per question (hidden under the smallest cell), the reaction score,"
                    + " free text for the offering's course manager and trainers only, and who has not answered")
    public SurveyReports.Report report(@PathParam("id") long id) {
        return reports.report(id, viewer.get(), language.get());
    }
}
