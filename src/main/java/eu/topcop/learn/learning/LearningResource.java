package eu.topcop.learn.learning;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.learning.LearningService.Learning;
import eu.topcop.learn.learning.LearningService.PlayerLesson;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The module player and the learner's xAPI statements as JSON. */
@Path("/api/learning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning")
public class LearningResource {

    /** Where to go next: a lesson number, or 0 when every lesson is read. */
    public record Next(int lesson) {}

    @Inject
    LearningService learning;

    @Inject
    StatementStore statements;

    @Inject
    QuizService quizzes;

    @Inject
    CohortService cohorts;

    @Inject
    CompletionService completions;

    @Inject
    eu.topcop.learn.platform.security.CurrentUser user;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @POST
    @Path("modules/{code}/start")
    @Authenticated
    @Operation(summary = "Start a module at its current version, or resume it; the lesson to go to")
    public Next start(@PathParam("code") String code) {
        return new Next(learning.startOrResume(code, me.get()));
    }

    @GET
    @Path("modules/{code}/lessons/{n}")
    @Authenticated
    @Operation(
            summary = "A lesson of the version the caller started, with the lessons they have read and the next to"
                    + " read; recorded as shown, which it must be before it can be marked read")
    public PlayerLesson lesson(@PathParam("code") String code, @PathParam("n") int n) {
        return learning.lesson(code, n, me.get(), language.get());
    }

    @POST
    @Path("modules/{code}/lessons/{n}/read")
    @Authenticated
    @Operation(
            summary = "Record a lesson as read (once), in order and after it was shown; the lesson to go to next;"
                    + " 409 for a lesson not shown yet or one whose predecessors are not read")
    public Next read(@PathParam("code") String code, @PathParam("n") int n) {
        return new Next(learning.read(code, n, me.get()));
    }

    /**
     * Answers by question key, in the paper's choice ids: the chosen ids (single, multiple, true-false); one
     * target id per left-hand item, in the paper's order (matching); every item's id in the order meant
     * (ordering). At most a quiz's questions, each with at most as many values as a question has choices or items.
     */
    public record Submission(
            @jakarta.validation.constraints.Size(max = MAX_ANSWERED)
            java.util.Map<
                            @jakarta.validation.constraints.Size(max = 80) String,
                            @jakarta.validation.constraints.Size(max = MAX_VALUES) List<
                                    @jakarta.validation.constraints.Size(max = 80) String>>
                    answers) {

        /** More than a quiz of the content format holds (see content/README.md). */
        static final int MAX_ANSWERED = 200;

        static final int MAX_VALUES = 50;
    }

    @POST
    @Path("modules/{code}/quiz/attempts")
    @Authenticated
    @Operation(summary = "Start a quiz attempt (or get the one still open); its number")
    public Next startQuiz(@PathParam("code") String code) {
        return new Next(quizzes.start(code, me.get()));
    }

    @POST
    @Path("modules/{code}/pre-test")
    @Authenticated
    @Operation(
            summary = "Start the pre-test (attempt 0) before the first lesson, or get it if started; 409 once a lesson"
                    + " is read or the quiz attempted")
    public Next startPreTest(@PathParam("code") String code) {
        return new Next(quizzes.startPreTest(code, me.get()));
    }

    @GET
    @Path("modules/{code}/quiz/attempts/{n}")
    @Authenticated
    @Operation(
            summary = "An attempt's questions, drawn and ordered when it started; each choice under an id drawn for"
                    + " the attempt")
    public QuizService.AttemptView attempt(@PathParam("code") String code, @PathParam("n") int n) {
        return quizzes.attempt(code, n, me.get(), language.get());
    }

    @POST
    @Path("modules/{code}/quiz/attempts/{n}/submission")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(
            summary = "Submit answers (question id to the paper's choice ids); sent twice, the first result"
                    + " stands; late: 409")
    public QuizService.Result submit(
            @PathParam("code") String code,
            @PathParam("n") int n,
            @jakarta.validation.constraints.NotNull @jakarta.validation.Valid Submission body) {
        QuizService.Result result = quizzes.submit(code, n, me.get(), body.answers(), language.get());
        if (result.late()) {
            throw new eu.topcop.learn.platform.web.DomainException.Conflict(
                    "The time for attempt " + n + " ran out before it was submitted; it counts as failed");
        }
        return result;
    }

    @GET
    @Path("modules/{code}/quiz/attempts/{n}/result")
    @Authenticated
    @Operation(summary = "A submitted attempt's score, pass or fail, and per-question feedback")
    public QuizService.Result result(@PathParam("code") String code, @PathParam("n") int n) {
        return quizzes.result(code, n, me.get(), language.get());
    }

    @GET
    @Path("cohorts/{module}")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN, Roles.TRAINER})
    @Operation(
            summary = "A module's learners (a trainer: the participants of their offerings only): lessons read, best"
                    + " score, completion; the questions most often failed")
    public CohortService.Cohort cohort(
            @PathParam("module") String module,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return cohortFor(cohorts, user, module, page, size, language.get());
    }

    /** Course managers see every learner; a trainer only their own participants. */
    static CohortService.Cohort cohortFor(
            CohortService cohorts,
            eu.topcop.learn.platform.security.CurrentUser user,
            String module,
            int page,
            int size,
            eu.topcop.learn.platform.i18n.Language language) {
        if (user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN)) {
            return cohorts.of(module, page, size, language);
        }
        return cohorts.ofTrainer(module, user.username(), page, size, language);
    }

    @GET
    @Path("my-learning")
    @Authenticated
    @Operation(summary = "The caller's modules: version, lessons read, where to resume")
    public List<Learning> mine() {
        return learning.mine(me.get(), language.get());
    }

    @GET
    @Path("my-transcript")
    @Authenticated
    @Operation(summary = "The caller's completed curricula and courses, newest first, with their certificates' codes")
    public CompletionService.Transcript transcript() {
        return completions.transcript(me.get(), language.get());
    }

    @GET
    @Path("my-statements")
    @Authenticated
    @Operation(summary = "The caller's xAPI statements, newest first, optionally about one activity (its IRI)")
    public List<JsonNode> myStatements(
            @QueryParam("activity") String activity,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return statements.of(me.get().id, activity == null || activity.isBlank() ? null : activity, limit);
    }

    @GET
    @Path("statements")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Everyone's xAPI statements about one activity, newest first")
    public List<JsonNode> aboutActivity(
            @QueryParam("activity") @NotBlank String activity,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return statements.about(activity, limit);
    }
}
