package eu.topcop.learn.insight.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.insight.evaluation.EvaluationViews.Questionnaire;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Surveys on pages: the respondent's list and questionnaire (a refused answer comes back as chosen, each
 * question's reason beside it in the reader's language, through the one refusal mechanism), and the organisers' results with a live response rate.
 */
@Path("/evaluation")
@Produces(MediaType.TEXT_HTML)
public class EvaluationPages {

    /**
     * What was chosen in a refused form, per question (in the questions' codes), and the refusal, each reason
     * named by its question's code and labelled with its text for the summary.
     */
    public record Given(Map<String, List<String>> values, Refusal refusal) {

        public boolean chose(String question, String value) {
            return values.getOrDefault(question, List.of()).contains(value);
        }

        public String text(String question) {
            List<String> given = values.getOrDefault(question, List.of());
            return given.isEmpty() ? "" : given.get(0);
        }

        static Given none() {
            return new Given(Map.of(), Refusal.none());
        }

        /** The answers given and the refusal, its reasons labelled with the questions' texts. */
        static Given of(Map<String, List<String>> answers, Refusal refusal, Questionnaire survey) {
            Map<String, String> texts = new LinkedHashMap<>();
            survey.sections().forEach(section -> section.questions().forEach(q -> texts.put(q.code(), q.text())));
            List<Refusal.Reason> labelled = refusal.reasons().stream()
                    .map(r -> new Refusal.Reason(r.field(), texts.getOrDefault(r.field(), r.label()), r.text()))
                    .toList();
            return new Given(answers, new Refusal(labelled, refusal.values()));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<EvaluationViews.MyInvitation> invitations, boolean answered);

        static native TemplateInstance answer(Questionnaire survey, Given given, int textLimit);

        static native TemplateInstance closed(Questionnaire survey, String state);

        static native TemplateInstance surveys(SurveyReports.Page page, int smallest);

        static native TemplateInstance report(SurveyReports.Report report);

        static native TemplateInstance rate(SurveyReports.SurveyRow survey);
    }

    @Inject
    SurveyService surveys;

    @Inject
    SurveyReports reports;

    @Inject
    EvaluationViewer viewer;

    @Inject
    EvaluationSettings settings;

    @Inject
    RequestLanguage language;

    @Inject
    Refusals refusals;

    @GET
    @Authenticated
    public TemplateInstance mine(@QueryParam("answered") String answered) {
        return Templates.mine(surveys.mine(viewer.personId(), language.get()), answered != null);
    }

    @GET
    @Path("invitations/{id}")
    @Authenticated
    public TemplateInstance questionnaire(@PathParam("id") long id) {
        long me = viewer.personId();
        Questionnaire survey = surveys.questionnaire(id, me, language.get());
        String state = surveys.state(id, me);
        return state.equals("open")
                ? Templates.answer(survey, Given.none(), SurveyService.TEXT_LIMIT)
                : Templates.closed(survey, state);
    }

    @POST
    @Path("invitations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response answer(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        long me = viewer.personId();
        Map<String, List<String>> answers = answers(form);
        return refusals.attempt(
                () -> {
                    surveys.answer(id, me, answers);
                    return PageForms.see("/evaluation?answered=" + id);
                },
                refusal -> {
                    Questionnaire survey = surveys.questionnaire(id, me, language.get());
                    String state = surveys.state(id, me);
                    // Answered or closed meanwhile: the page says so, as it would on opening the survey.
                    return state.equals("open")
                            ? Templates.answer(survey, Given.of(answers, refusal, survey), SurveyService.TEXT_LIMIT)
                            : Templates.closed(survey, state);
                });
    }

    @GET
    @Path("surveys")
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance surveys(@QueryParam("after") String after) {
        return Templates.surveys(reports.list(viewer.get(), after, 25, language.get()), settings.smallestCell());
    }

    @GET
    @Path("surveys/{id}")
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance report(@PathParam("id") long id) {
        return Templates.report(reports.report(id, viewer.get(), language.get()));
    }

    /** The response rate alone, which the report page polls while answers come in. */
    @GET
    @Path("surveys/{id}/rate")
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance rate(@PathParam("id") long id) {
        return Templates.rate(reports.rate(id, viewer.get(), language.get()));
    }

    /** The form's answers per question: fields are named {@code q.<question code>}; others are ignored. */
    static Map<String, List<String>> answers(MultivaluedMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (var field : form.entrySet()) {
            if (field.getKey().startsWith("q.") && field.getKey().length() <= 82) {
                answers.put(field.getKey().substring(2), new ArrayList<>(field.getValue()));
            }
        }
        return answers;
    }
}
