package eu.topcop.learn.insight.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.EvaluationViews.QuestionView;
import eu.topcop.learn.insight.evaluation.EvaluationViews.Questionnaire;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A refused survey on its pages (a participant's invitation, a supervisor's signed link): the questionnaire again,
 * every answer as given, each reason beside its question in the page's language, and nothing recorded.
 */
@QuarkusTest
class SurveyPagesTest {

    @Inject
    SurveyFixture fixture;

    @Inject
    EnrolmentFixture people;

    @Inject
    SurveyService surveys;

    @Test
    @TestSecurity(user = "survey-page-respondent", roles = Roles.TRAINEE)
    void shouldShowARefusedSurveyAgainWithEveryAnswerAsGivenAndEachReasonBesideItsQuestion() {
        Person me = people.named("survey-page-respondent", "MD");
        Survey survey = fixture.surveyOf(fixture.ended(List.of(me)));
        long invitation = fixture.invitationOf(survey, me).id;
        Map<String, List<String>> answers = new HashMap<>(fixture.answers(survey, 8, "Полезно ✓"));
        answers.put("overall-usefulness", List.of("eleven"));
        answers.remove("relevant-to-work");
        String kept = answers.entrySet().stream()
                .filter(a -> a.getValue().equals(List.of("4")))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();

        Document page = refused(form("ru", answers), "/evaluation/invitations/" + invitation);
        assertRefused(page, "overall-usefulness", "Выберите значение на шкале.");
        assertRefused(page, "relevant-to-work", "На этот вопрос нужно ответить.");
        assertTrue(
                page.selectFirst("fieldset[data-question=" + kept + "] input[value=4]")
                        .hasAttr("checked"),
                "an accepted answer stays chosen");
        assertTrue(page.select("textarea").stream().anyMatch(t -> t.text().equals("Полезно ✓")), "text as typed");
        assertNull(
                QuarkusTransaction.requiringNew()
                        .call(() -> SurveyInvitation.<SurveyInvitation>findById(invitation).answeredOn),
                "nothing recorded");
    }

    @Test
    void shouldShowARefusedSignedLinkSurveyAgainInTheInvitationsLanguage() {
        Person officer = people.person("MD");
        String link = fixture.supervisorFollowUp(officer, "Ana Ciobanu", "ana.ciobanu@example.org", "ru");
        Questionnaire survey = surveys.questionnaireByLink(link.substring(link.lastIndexOf('/') + 1))
                .orElseThrow();
        List<QuestionView> questions =
                survey.sections().stream().flatMap(s -> s.questions().stream()).toList();
        QuestionView answered =
                questions.stream().filter(q -> !q.freeText()).findFirst().orElseThrow();
        QuestionView missing = questions.stream()
                .filter(q -> q.required() && q != answered)
                .findFirst()
                .orElseThrow();
        String chosen = answered.choices().get(0).value();

        Document page = refused(form("en", Map.of(answered.code(), List.of(chosen))), link);
        assertEquals("ru", page.selectFirst("html").attr("lang"), "the invitation's language, not the browser's");
        assertRefused(page, missing.code(), "На этот вопрос нужно ответить.");
        assertTrue(page.selectFirst("fieldset[data-question=" + answered.code() + "] input[value=" + chosen + "]")
                .hasAttr("checked"));
    }

    private static void assertRefused(Document page, String question, String reason) {
        Element fieldset = page.selectFirst("fieldset[data-question=" + question + "]");
        assertNotNull(fieldset, question);
        Element error = fieldset.selectFirst("[data-testid=field-error][data-field=" + question + "]");
        assertNotNull(error, "the reason beside " + question);
        assertEquals(reason, error.text());
        Element summary = page.selectFirst("[role=alert][data-testid=errors] li[data-field=" + question + "]");
        assertNotNull(summary, "the summary names " + question);
        assertTrue(
                summary.text()
                        .startsWith(fieldset.selectFirst("legend").ownText().strip()),
                summary.text());
    }

    private static Document refused(RequestSpecification form, String path) {
        Document page = Jsoup.parse(
                form.when().post(path).then().statusCode(422).extract().asString());
        assertTrue(page.select("[data-testid=refused-form]").isEmpty(), "not the fallback page");
        assertNotNull(page.selectFirst("form[data-testid=survey-form]"), "the survey's own form");
        return page;
    }

    private static RequestSpecification form(String language, Map<String, List<String>> answers) {
        RequestSpecification form = given().header("Accept-Language", language)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("topcop-csrf", "survey-token")
                .formParam("_csrf", "survey-token");
        answers.forEach((code, values) -> form.formParam("q." + code, values.toArray()));
        return form;
    }
}
