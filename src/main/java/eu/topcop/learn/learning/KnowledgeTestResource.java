package eu.topcop.learn.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.learning.KnowledgeTestAttempt.Phase;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The knowledge test of a face-to-face offering as JSON: its participants take the pre-test on the first day and the
 * post-test on the last ({@code {phase}} is {@code pre-test} or {@code post-test}); its trainers and course managers
 * read who took which test and the gains.
 */
@Path("/api/learning/offerings/{code}/knowledge-test")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning")
public class KnowledgeTestResource {

    @Inject
    KnowledgeTests tests;

    @Inject
    CurrentPerson me;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    @Operation(
            summary = "A participant's knowledge test of the offering: the day of each test, whether it is open, taken"
                    + " (with its score), and the gain once both are taken; 404 without a place in the offering or"
                    + " when its curriculum has no knowledge test")
    public KnowledgeTests.Offer offer(@PathParam("code") String code) {
        return tests.offer(code, me.get(), language.get());
    }

    @POST
    @Path("{phase}/attempt")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    @Operation(
            summary = "Begin the pre-test (the offering's first day) or the post-test (its last day), or get the"
                    + " paper begun: questions drawn for the caller, each choice under an id drawn for the paper;"
                    + " 409 on another day or once taken")
    public KnowledgeTests.Paper start(
            @PathParam("code") String code,
            @PathParam("phase") @Parameter(description = "pre-test or post-test") String phase) {
        return tests.start(code, phase(phase), me.get(), language.get());
    }

    @GET
    @Path("{phase}/attempt")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    @Operation(summary = "The paper begun, as drawn when it was begun")
    public KnowledgeTests.Paper paper(@PathParam("code") String code, @PathParam("phase") String phase) {
        return tests.paper(code, phase(phase), me.get(), language.get());
    }

    @POST
    @Path("{phase}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    @Operation(
            summary = "Submit answers (question id to the paper's choice ids, as for a quiz); sent twice, the first"
                    + " result stands; after the time limit: 409, and the test counts as taken late")
    public KnowledgeTests.Result submit(
            @PathParam("code") String code,
            @PathParam("phase") String phase,
            @NotNull @Valid LearningResource.Submission body) {
        KnowledgeTests.Result result = tests.submit(code, phase(phase), me.get(), body.answers());
        if (result.late()) {
            throw new DomainException.Conflict("The time for the " + phase
                    + " ran out before it was submitted; it does not count in the knowledge gain");
        }
        return result;
    }

    @GET
    @Path("{phase}/result")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    @Operation(summary = "A submitted test's score; for the post-test, the pre-test's score and the gain")
    public KnowledgeTests.Result result(@PathParam("code") String code, @PathParam("phase") String phase) {
        return tests.result(code, phase(phase), me.get());
    }

    @GET
    @Path("results")
    @RolesAllowed({Roles.TRAINER, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "The offering's participants, which tests each took with their scores and gain, and the"
                    + " offering's mean gain over the pairs taken in time; its trainers, course managers and"
                    + " administrators only (404 for a trainer of another offering)")
    public KnowledgeTests.Results results(@PathParam("code") String code) {
        return tests.results(code, me.get(), manages(user), language.get());
    }

    /** Course managers and administrators read every offering's results; a trainer only those of their offerings. */
    static boolean manages(CurrentUser user) {
        return user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
    }

    static Phase phase(String path) {
        return Phase.ofPath(path)
                .orElseThrow(() -> new DomainException.NotFound(
                        "No test '" + path + "': an offering has a pre-test and a post-test"));
    }
}
