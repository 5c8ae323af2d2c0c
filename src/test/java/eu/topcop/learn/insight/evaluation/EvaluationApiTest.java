package eu.topcop.learn.insight.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The evaluation API with real tokens: a participant answers their own survey once (every refused question named),
 * nobody else can; the report goes to those who may see it, never reveals who answered an anonymous survey, and
 * gives a coordinator their own country's counts.
 */
@QuarkusTest
class EvaluationApiTest {

    @Inject
    SurveyFixture fixture;

    @Inject
    EnrolmentFixture people;

    @Inject
    SurveyService surveys;

    @Test
    void shouldLetTheParticipantAnswerTheirSurveyOnceAndNameEveryRefusedQuestion() {
        Person nino = fixture.signedIn(Tokens.TRAINEE);
        Survey survey = fixture.surveyOf(fixture.ended(List.of(nino)));
        long invitation = fixture.invitationOf(survey, nino).id;
        String token = accessToken(Tokens.TRAINEE);

        given().auth()
                .oauth2(token)
                .get("/api/evaluation/invitations")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) invitation));
        given().auth()
                .oauth2(token)
                .get("/api/evaluation/invitations/" + invitation)
                .then()
                .statusCode(200)
                .body("anonymous", equalTo(true))
                .body("sections[0].questions[0].choices.size()", equalTo(5));

        Map<String, List<String>> wrong = new java.util.HashMap<>(fixture.answers(survey, 8, null));
        wrong.put("overall-usefulness", List.of("eleven"));
        wrong.remove("relevant-to-work");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", wrong))
                .post("/api/evaluation/invitations/" + invitation + "/response")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("overall-usefulness"))
                .body("errors.field", hasItem("relevant-to-work"));

        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE_UA))
                .contentType(ContentType.JSON)
                .body(Map.of("answers", fixture.answers(survey, 8, null)))
                .post("/api/evaluation/invitations/" + invitation + "/response")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", fixture.answers(survey, 8, "Clear")))
                .post("/api/evaluation/invitations/" + invitation + "/response")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", fixture.answers(survey, 8, null)))
                .post("/api/evaluation/invitations/" + invitation + "/response")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"answers\": 3}")
                .post("/api/evaluation/invitations/" + invitation + "/response")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldNeverRevealWhoAnsweredAnAnonymousSurveyAndCountACoordinatorsOwnCountry() {
        List<Person> georgians = people.people(5, "GE");
        Person nino = fixture.signedIn(Tokens.TRAINEE);
        List<Person> all = new ArrayList<>(georgians);
        all.add(nino);
        Survey survey = fixture.surveyOf(fixture.ended(all));
        for (Person p : georgians) {
            surveys.answer(fixture.invitationOf(survey, p).id, p.id, fixture.answers(survey, 9, "Well run"));
        }
        String report = given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/evaluation/surveys/" + survey.id)
                .then()
                .statusCode(200)
                .body("survey.answered", equalTo(5))
                .body("reactionScore", equalTo(90))
                .body("nonRespondents.name", hasItem(nino.name))
                .extract()
                .asString();
        for (Person p : georgians) {
            org.junit.jupiter.api.Assertions.assertFalse(report.contains(p.name), "who answered is never shown");
            org.junit.jupiter.api.Assertions.assertFalse(report.contains(p.email));
        }
        given().auth()
                .oauth2(accessToken(Tokens.COORDINATOR))
                .get("/api/evaluation/surveys/" + survey.id)
                .then()
                .statusCode(200)
                .body("survey.invited", equalTo(6))
                .body("freeTextAllowed", equalTo(false))
                .body(not(containsString("Well run")));
        given().auth()
                .oauth2(accessToken(Tokens.TRAINER))
                .get("/api/evaluation/surveys/" + survey.id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(accessToken(Tokens.TRAINEE))
                .get("/api/evaluation/surveys/" + survey.id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(accessToken(Tokens.MANAGER))
                .get("/api/evaluation/surveys?size=500")
                .then()
                .statusCode(400);
    }
}
