package eu.topcop.learn.insight.evaluation;

import jakarta.annotation.security.PermitAll;
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

import eu.topcop.learn.insight.evaluation.EvaluationPages.Given;
import eu.topcop.learn.insight.evaluation.EvaluationViews.Questionnaire;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The survey a signed link opens, for a respondent without an account (a supervisor, a host's mentor): public,
 * in the language the invitation was written in, showing that one survey and nothing else. A link that is not
 * genuine gets the same page whatever is wrong with it, so that probing it teaches nothing.
 */
@Path("/evaluation/answer/{token}")
@Produces(MediaType.TEXT_HTML)
public class SurveyLinkPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance answer(Questionnaire survey, Given given, int textLimit, String token);

        static native TemplateInstance closed(Questionnaire survey, String state);

        static native TemplateInstance thanks(Questionnaire survey);

        static native TemplateInstance invalid();
    }

    @Inject
    SurveyService surveys;

    @Inject
    eu.topcop.learn.platform.i18n.RequestLanguage language;

    @Inject
    Refusals refusals;

    @GET
    @PermitAll
    public Response questionnaire(@PathParam("token") String token) {
        return surveys.questionnaireByLink(token)
                .map(survey -> {
                    String state = surveys.stateByLink(token).orElse("closed");
                    TemplateInstance page = state.equals("open")
                            ? Templates.answer(survey, Given.none(), SurveyService.TEXT_LIMIT, token)
                            : Templates.closed(survey, state);
                    return Response.ok(in(survey, page)).build();
                })
                .orElseGet(
                        () -> Response.status(404).entity(Templates.invalid()).build());
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        Questionnaire survey = surveys.questionnaireByLink(token).orElse(null);
        if (survey == null) {
            return Response.status(404).entity(Templates.invalid()).build();
        }
        var answers = EvaluationPages.answers(form);
        // The reasons of a refusal are said in the invitation's language too.
        speak(survey);
        return refusals.attempt(
                () -> {
                    surveys.answerByLink(token, answers);
                    return Response.ok(in(survey, Templates.thanks(survey))).build();
                },
                refusal -> {
                    String state = surveys.stateByLink(token).orElse("closed");
                    // Answered or closed meanwhile: the page says so, as it would on opening the link.
                    return in(
                            survey,
                            state.equals("open")
                                    ? Templates.answer(
                                            survey, Given.of(answers, refusal, survey), SurveyService.TEXT_LIMIT, token)
                                    : Templates.closed(survey, state));
                });
    }

    /**
     * The whole page in the invitation's language, the one the e-mail was written in: the respondent has no
     * account here to have chosen another, and the survey's own texts are in it.
     */
    private TemplateInstance in(Questionnaire survey, TemplateInstance page) {
        speak(survey);
        return page.setLocale(survey.language());
    }

    private void speak(Questionnaire survey) {
        eu.topcop.learn.platform.i18n.Language.of(survey.language()).ifPresent(language::switchTo);
    }
}
