package eu.topcop.learn.learning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.learning.KnowledgeTestAttempt.Phase;
import eu.topcop.learn.learning.LearningPages.PaperAnswers;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * The knowledge test of a face-to-face offering on pages: a participant's page with the pre-test and the post-test
 * (taken on their day, once each), the paper, the result; and the trainers' page with who took which test and the
 * gains. A paper sent with questions left unanswered comes back as it was filled in, asking to answer them or to
 * confirm: each test is taken only once, so an early click must not cost the participant their test.
 */
@Path("/learning/offerings/{code}/knowledge-test")
@Produces(MediaType.TEXT_HTML)
public class KnowledgeTestPages {

    /** The form's field confirming that questions are left unanswered on purpose. */
    static final String LEAVE_UNANSWERED = "leaveUnanswered";

    /** The confirmation's label names it in the summary ({@code kt_leave_unanswered}). */
    static final Refusals.Labels LABELS = new Refusals.Labels(LearningMessages.class, "kt_");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offer(KnowledgeTests.Offer offer);

        static native TemplateInstance none(String offering);

        static native TemplateInstance paper(KnowledgeTests.Paper paper, PaperAnswers given, Refusal refusal);

        static native TemplateInstance result(KnowledgeTests.Result result);

        static native TemplateInstance results(KnowledgeTests.Results results);
    }

    @Inject
    KnowledgeTests tests;

    @Inject
    CurrentPerson me;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    Refusals refusals;

    @GET
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    public TemplateInstance offer(@PathParam("code") String code) {
        try {
            return Templates.offer(tests.offer(code, me.get(), language.get()));
        } catch (KnowledgeTests.NoKnowledgeTest e) {
            return Templates.none(code);
        }
    }

    @POST
    @Path("{phase}/start")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    public Response start(@PathParam("code") String code, @PathParam("phase") String phase) {
        Phase test = KnowledgeTestResource.phase(phase);
        KnowledgeTests.Paper paper = tests.start(code, test, me.get(), language.get());
        return paper.submitted() ? see(resultOf(code, test)) : see(paperOf(code, test));
    }

    @GET
    @Path("{phase}")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    public Response paper(@PathParam("code") String code, @PathParam("phase") String phase) {
        Phase test = KnowledgeTestResource.phase(phase);
        KnowledgeTests.Paper paper = tests.paper(code, test, me.get(), language.get());
        if (paper.submitted()) {
            return see(resultOf(code, test));
        }
        return Response.ok(Templates.paper(paper, PaperAnswers.none(), Refusal.none()))
                .build();
    }

    /**
     * Submits the paper's form (read as the quiz's is). With questions unanswered and not confirmed, or refused by
     * the test, the paper comes back as filled in with the reason: nothing is lost.
     */
    @POST
    @Path("{phase}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    public Response submit(
            @PathParam("code") String code, @PathParam("phase") String phase, MultivaluedMap<String, String> form) {
        Phase test = KnowledgeTestResource.phase(phase);
        Map<String, List<String>> answers = LearningPages.answers(form);
        KnowledgeTests.Paper paper = tests.paper(code, test, me.get(), language.get());
        Set<String> unanswered = new LinkedHashSet<>();
        if (!paper.submitted() && !"true".equals(form.getFirst(LEAVE_UNANSWERED))) {
            paper.questions().stream()
                    .map(QuizService.PaperQuestion::key)
                    .filter(key -> answers.getOrDefault(key, List.of()).stream().allMatch(String::isBlank))
                    .forEach(unanswered::add);
        }
        return refusals.attempt(
                LABELS,
                () -> {
                    if (!unanswered.isEmpty()) {
                        throw new DomainException.RuleViolation(
                                        LEAVE_UNANSWERED, unanswered.size() + " questions are unanswered")
                                .because(LEAVE_UNANSWERED, LearningMessages.class, "kt_confirm_unanswered");
                    }
                    tests.submit(code, test, me.get(), answers);
                    return see(resultOf(code, test));
                },
                refusal -> Templates.paper(paper, new PaperAnswers(answers, unanswered), refusal));
    }

    @GET
    @Path("{phase}/result")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    public TemplateInstance result(@PathParam("code") String code, @PathParam("phase") String phase) {
        return Templates.result(tests.result(code, KnowledgeTestResource.phase(phase), me.get()));
    }

    @GET
    @Path("results")
    @RolesAllowed({Roles.TRAINER, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance results(@PathParam("code") String code) {
        try {
            return Templates.results(
                    tests.results(code, me.get(), KnowledgeTestResource.manages(user), language.get()));
        } catch (KnowledgeTests.NoKnowledgeTest e) {
            return Templates.none(code);
        }
    }

    private static String paperOf(String code, Phase phase) {
        return "/learning/offerings/" + code + "/knowledge-test/" + phase.path();
    }

    private static String resultOf(String code, Phase phase) {
        return paperOf(code, phase) + "/result";
    }
}
