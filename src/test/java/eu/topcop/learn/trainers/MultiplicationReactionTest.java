package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.EvaluationViewer.Viewer;
import eu.topcop.learn.insight.evaluation.Survey;
import eu.topcop.learn.insight.evaluation.SurveyFixture;
import eu.topcop.learn.insight.evaluation.SurveyReports;
import eu.topcop.learn.insight.evaluation.SurveyService;
import eu.topcop.learn.insight.evaluation.SurveyTriggers;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.trainers.MultiplicationQueries.Scope;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Delivery;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A reported multiplication course is rated by its participants (evaluation level 1): the reaction survey's
 * response rate and score show on its page and API read, the score only once five have answered; a trainer types
 * no rating once a participant was registered with an e-mail, and still estimates one for a course recorded by
 * name. The list reads every course's evaluation in the same statements however many there are.
 */
@QuarkusTest
class MultiplicationReactionTest {

    private static final String TRAINER = "mc-reaction-trainer";

    @Inject
    MultiplicationService multiplication;

    @Inject
    MultiplicationQueries queries;

    @Inject
    TrainerFixture trainers;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    SurveyTriggers triggers;

    @Inject
    SurveyFixture surveys;

    @Inject
    SurveyService answering;

    @Inject
    SurveyReports reports;

    @Inject
    SessionFactory sessions;

    @Test
    @TestSecurity(user = TRAINER, roles = Roles.TRAINER)
    void shouldShowTheParticipantsReactionScoreOnlyOnceFiveHaveAnswered() {
        Person trainer = trainer();
        List<Person> officers = fixture.people(6, "GE");
        String code = reported(trainer, officers);
        Survey survey = surveyOf(code);
        String api = "/api/trainers/multiplication-courses/" + code;
        given().when()
                .get(api)
                .then()
                .statusCode(200)
                .body("summary.reaction.surveyId", equalTo(survey.id.intValue()))
                .body("summary.reaction.invited", equalTo(6))
                .body("summary.reaction.answered", equalTo(0))
                .body("summary.reaction.reactionScore", nullValue())
                .body("summary.reaction.open", equalTo(true))
                .body("ratedByParticipants", equalTo(true));

        for (Person officer : officers.subList(0, 4)) {
            answer(survey, officer);
        }
        given().when()
                .get(api)
                .then()
                .statusCode(200)
                .body("summary.reaction.answered", equalTo(4))
                .body("summary.reaction.reactionScore", nullValue());
        given().when()
                .get("/trainers/multiplication-courses/" + code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"reaction-hidden\""))
                .body(containsString("Shown once 5 participants have answered"))
                .body(containsString("data-answered=\"4\" data-invited=\"6\""))
                .body(not(containsString("data-testid=\"reaction-score\"")));

        answer(survey, officers.get(4));
        given().when()
                .get(api)
                .then()
                .statusCode(200)
                .body("summary.reaction.answered", equalTo(5))
                .body("summary.reaction.responses", equalTo(5))
                .body("summary.reaction.reactionScore", equalTo(80));
        given().when()
                .get("/trainers/multiplication-courses/" + code)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"reaction-score\" data-score=\"80\""))
                .body(containsString("80 out of 100"))
                .body(containsString("href=\"/evaluation/surveys/" + survey.id + "\""))
                .body(not(containsString("data-testid=\"reaction-hidden\"")));
        given().when()
                .get("/api/trainers/multiplication-courses?size=100")
                .then()
                .statusCode(200)
                .body("items.find { it.code == '" + code + "' }.reaction.reactionScore", equalTo(80));
        given().when().get("/evaluation/surveys/" + survey.id).then().statusCode(200);
        Viewer manager = new Viewer(0, EnrolmentFixture.MANAGER, null, true, true);
        assertEquals(
                80,
                QuarkusTransaction.requiringNew()
                        .call(() -> reports.report(survey.id, manager, Language.ENGLISH)
                                .reactionScore()),
                "the survey's report says the same");
    }

    @Test
    @TestSecurity(user = TRAINER, roles = Roles.TRAINER)
    void shouldRefuseATypedRatingOnceAParticipantWasRegisteredWithAnEmail() {
        Person trainer = trainer();
        Person officer = fixture.person("GE");
        String withAccount = approved(trainer);
        long registered = multiplication.register(
                        withAccount, trainer, new Participant("Nino Beridze", "Patrol Police", officer.email))
                .id;
        trainers.held(withAccount);
        given().when()
                .get("/trainers/multiplication-courses/" + withAccount)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"score-from-answers\""))
                .body(not(containsString("id=\"evaluationScore\"")));
        deliver(withAccount, registered, new BigDecimal("4.5"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("evaluationScore"));
        deliver(withAccount, registered, null).statusCode(200).body("evaluationScore", nullValue());

        // An e-mail that is nobody's account is refused alike: the form tells the trainer nothing about accounts.
        String withoutAccount = approved(trainer);
        long unknown = multiplication.register(
                        withoutAccount,
                        trainer,
                        new Participant(
                                "Tamar Lomidze", "Border Police", "nobody-" + System.nanoTime() + "@ge.example"))
                .id;
        trainers.held(withoutAccount);
        deliver(withoutAccount, unknown, new BigDecimal("4.5"))
                .statusCode(422)
                .body("errors.field", hasItem("evaluationScore"));
    }

    @Test
    @TestSecurity(user = TRAINER, roles = Roles.TRAINER)
    void shouldKeepTheTrainersOwnEstimateForACourseRecordedByName() {
        Person trainer = trainer();
        String byName = approved(trainer);
        long recorded = multiplication.register(byName, trainer, new Participant("Levan Beridze", "Police", null)).id;
        trainers.held(byName);
        given().when()
                .get("/trainers/multiplication-courses/" + byName)
                .then()
                .statusCode(200)
                .body(containsString("id=\"evaluationScore\""))
                .body(containsString("Your own estimate of the participants"));
        deliver(byName, recorded, new BigDecimal("6")).statusCode(422).body("errors.field", hasItem("evaluationScore"));
        deliver(byName, recorded, new BigDecimal("4.5"))
                .statusCode(200)
                .body("evaluationScore", equalTo(4.5f))
                .body("ratedByParticipants", equalTo(false));
        given().when()
                .get("/trainers/multiplication-courses/" + byName)
                .then()
                .statusCode(200)
                .body(containsString("Average rating typed by the trainer"))
                .body(containsString("data-testid=\"typed-score\">4.50/5"));
    }

    @Test
    void shouldListCoursesWithTheirEvaluationInTheSameStatementsForTwoAndFiveCourses() {
        Person trainer = trainers.certified(fixture.person("GE"), trainers.trainTheTrainer());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            codes.add(reported(trainer, fixture.people(1, "GE")));
        }
        long few = listStatements(trainer, codes.size());
        for (int i = 0; i < 3; i++) {
            codes.add(reported(trainer, fixture.people(1, "GE")));
        }
        long many = listStatements(trainer, codes.size());
        assertEquals(few, many);
    }

    private long listStatements(Person trainer, int courses) {
        triggers.fireDue();
        Scope scope = new Scope(trainer.id, null);
        // Once first: the survey instrument's reaction question is read once for the application's life.
        QuarkusTransaction.requiringNew().call(() -> queries.list(scope, null, 0, 20, Language.ENGLISH));
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        var page = QuarkusTransaction.requiringNew().call(() -> queries.list(scope, null, 0, 20, Language.ENGLISH));
        long statements = statistics.getPrepareStatementCount();
        assertEquals(courses, page.items().size());
        page.items().forEach(c -> assertNotNull(c.reaction(), c.code() + " has its survey"));
        return statements;
    }

    /** The signed-in trainer's person, of Georgia, certified to multiply the drugs course. */
    private Person trainer() {
        return trainers.certified(fixture.named(TRAINER, "GE"), trainers.trainTheTrainer());
    }

    private String approved(Person trainer) {
        String code = multiplication.plan(trainer, TrainerFixture.plan()).code;
        multiplication.decide(code, fixture.named("mc-reaction-coordinator-ge", "GE"), "GE", new Decision(true, null));
        return code;
    }

    /** A course held last week, attended by the officers (registered by their e-mail), reported. */
    private String reported(Person trainer, List<Person> officers) {
        String code = approved(trainer);
        List<Long> attended = new ArrayList<>();
        for (Person officer : officers) {
            attended.add(
                    multiplication.register(code, trainer, new Participant(officer.name, "Police", officer.email)).id);
        }
        trainers.held(code);
        multiplication.recordDelivery(code, trainer, new Delivery(attended, "Case study", "Useful", null));
        multiplication.submitReport(code, trainer, "Delivered in Kutaisi.");
        return code;
    }

    private Survey surveyOf(String code) {
        triggers.fireDue();
        return QuarkusTransaction.requiringNew().call(() -> {
            long course = MultiplicationCourse.<MultiplicationCourse>find("code", code)
                    .singleResult()
                    .id;
            return Survey.<Survey>find("subject = ?1 and subjectId = ?2", Survey.Subject.MULTIPLICATION_COURSE, course)
                    .singleResult();
        });
    }

    /** Every rating, the reaction question's among them, at 8 of 10: a reaction score of 80. */
    private void answer(Survey survey, Person officer) {
        answering.answer(surveys.invitationOf(survey, officer).id, officer.id, surveys.answers(survey, 8, null));
    }

    private io.restassured.response.ValidatableResponse deliver(String code, long attended, BigDecimal score) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("attended", List.of(attended));
        body.put("materialUsed", "Case study");
        body.put("evaluationSummary", "Useful");
        body.put("evaluationScore", score);
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/trainers/multiplication-courses/" + code + "/delivery")
                .then();
    }
}
