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
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Surveys on pages: the respondent's list and questionnaire (a refused answer comes back as chosen, each
 * question's reason named in the reader's language), and the organisers' results with a live response rate.
 */
@Path("/evaluation")
@Produces(MediaType.TEXT_HTML)
public class EvaluationPages {

    /** What was chosen in a refused form, per question, and why each question was refused. */
    public record Given(Map<String, List<String>> values, Map<String, String> refusals) {

        public boolean chose(String question, String value) {
            return values.getOrDefault(question, List.of()).contains(value);
        }

        public String text(String question) {
            List<String> given = values.getOrDefault(question, List.of());
            return given.isEmpty() ? "" : given.get(0);
        }

        /** The reason's key (required, choice, range, too_long), or null when the question was fine. */
        public String refusal(String question) {
            return refusals.get(question);
        }

        public boolean refused() {
            return !refusals.isEmpty();
        }

        static Given none() {
            return new Given(Map.of(), Map.of());
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
        try {
            surveys.answer(id, me, answers);
            return PageForms.see("/evaluation?answered=" + id);
        } catch (DomainException.Invalid e) {
            Map<String, String> refusals = new LinkedHashMap<>();
            for (Problem.FieldError error : e.errors()) {
                refusals.put(
                        error.field(),
                        SurveyService.Refusal.of(error.message()).name().toLowerCase());
            }
            Questionnaire survey = surveys.questionnaire(id, me, language.get());
            return Response.status(422)
                    .entity(Templates.answer(survey, new Given(answers, refusals), SurveyService.TEXT_LIMIT))
                    .build();
        } catch (DomainException.Conflict e) {
            Questionnaire survey = surveys.questionnaire(id, me, language.get());
            return Response.status(409)
                    .entity(Templates.closed(survey, surveys.state(id, me)))
                    .build();
        }
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
