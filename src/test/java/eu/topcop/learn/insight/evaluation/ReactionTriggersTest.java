package eu.topcop.learn.insight.evaluation;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.exchange.ExchangeRequests.Apply;
import eu.topcop.learn.exchange.ExchangeRequests.Endorsement;
import eu.topcop.learn.exchange.ExchangeRequests.Match;
import eu.topcop.learn.exchange.ExchangeRequests.Offer;
import eu.topcop.learn.exchange.ExchangeService;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Delivery;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import eu.topcop.learn.trainers.MultiplicationService;
import eu.topcop.learn.trainers.TrainerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reaction survey of a reported multiplication course goes to its participants who have accounts, and that of
 * an ended exchange placement to its guests and, through a signed link, to the host's mentor, who answers once
 * without signing in; a forged or reused link opens nothing.
 */
@QuarkusTest
class ReactionTriggersTest {

    @Inject
    SurveyTriggers triggers;

    @Inject
    EnrolmentFixture people;

    @Inject
    TrainerFixture trainers;

    @Inject
    MultiplicationService multiplication;

    @Inject
    ExchangeService exchange;

    @Inject
    SurveyFixture fixture;

    @Inject
    SurveyLinks links;

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    java.net.URL base;

    @Test
    void shouldAskTheMultiplicationCoursesParticipantsWithAccountsOnceItIsReported() {
        Person trainer = trainers.certified(people.person("GE"), trainers.trainTheTrainer());
        Person coordinator = people.named("evaluation-coordinator-ge", "GE");
        List<Person> officers = people.people(2, "GE");
        String code = multiplication.plan(trainer, TrainerFixture.plan()).code;
        multiplication.decide(code, coordinator, "GE", new Decision(true, null));
        long first = multiplication.register(
                        code, trainer, new Participant(officers.get(0).name, "Police", officers.get(0).email))
                .id;
        long second = multiplication.register(
                        code, trainer, new Participant(officers.get(1).name, "Police", officers.get(1).email))
                .id;
        long byName = multiplication.register(code, trainer, new Participant("Levan Beridze", "Police", null)).id;
        trainers.held(code);
        multiplication.recordDelivery(
                code, trainer, new Delivery(List.of(first, second, byName), "Slides", "Useful", null));
        multiplication.submitReport(code, trainer, "Delivered in Kutaisi.");
        triggers.fireDue();
        triggers.fireDue();

        long courseId = number("SELECT id FROM multiplication_course WHERE code = '" + code + "'");
        Survey survey = QuarkusTransaction.requiringNew()
                .call(() -> Survey.<Survey>find("triggerKey", "multiplication-reported:" + courseId)
                        .singleResult());
        assertEquals(Survey.Subject.MULTIPLICATION_COURSE, survey.subject);
        assertEquals(trainer.username, survey.organiser, "the trainer reads its results");
        assertEquals(2, number("SELECT COUNT(*) FROM survey_invitation WHERE survey_id = " + survey.id));
    }

    @Test
    void shouldAskTheGuestAndTheHostsMentorWhoAnswersOnceThroughASignedLink() {
        Person guest = people.person("GE");
        Person coordinator = people.named("evaluation-coordinator-ge", "GE");
        LocalDate start = LocalDate.now().plusDays(30);
        String offer = exchange.publish(
                        new Offer(
                                "SHORT_TERM",
                                "UA",
                                "Patrol Police of Ukraine",
                                "Risk profiling at the border " + System.nanoTime(),
                                "drug-trafficking",
                                2,
                                start,
                                start.plusDays(4),
                                "uk",
                                "Shadowing the risk analysis unit."),
                        EnrolmentFixture.MANAGER)
                .code;
        long visit = exchange.apply(offer, guest, new Apply("Criminal Police", List.of("en"), "To learn.")).id;
        exchange.endorse(visit, coordinator, "GE", new Endorsement(true, null));
        String mentorEmail = "oksana." + System.nanoTime() + "@host.example";
        exchange.match(visit, people.manager(), new Match(null, "Oksana Host", mentorEmail, "Shadowing."));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE exchange_offer SET starts_on = CURDATE() - INTERVAL 9 DAY,"
                                + " ends_on = CURDATE() - INTERVAL 5 DAY WHERE code = :c")
                        .setParameter("c", offer)
                        .executeUpdate());
        triggers.fireDue();

        long offerId = number("SELECT id FROM exchange_offer WHERE code = '" + offer + "'");
        Survey survey = QuarkusTransaction.requiringNew()
                .call(() -> Survey.<Survey>find("triggerKey", "exchange-ended:" + offerId)
                        .singleResult());
        assertEquals(
                1, number("SELECT COUNT(*) FROM survey_invitation WHERE role = 'GUEST' AND survey_id = " + survey.id));
        SurveyInvitation host = QuarkusTransaction.requiringNew()
                .call(() -> SurveyInvitation.<SurveyInvitation>find(
                                "survey.id = ?1 and role = ?2", survey.id, SurveyInvitation.Role.HOST)
                        .singleResult());
        assertEquals("uk", host.language, "written in the placement's language");
        String link =
                QuarkusTransaction.requiringNew().call(() -> links.link(em.find(SurveyInvitation.class, host.id)));
        String path = link.substring(link.indexOf("/evaluation/answer/"));
        assertTrue(
                number("SELECT COUNT(*) FROM outbox_message WHERE summary LIKE '%" + mentorEmail + "'") == 1,
                "the mentor gets their link by e-mail");

        // Without signing in: the page opens, a forged signature opens nothing.
        given().get(path).then().statusCode(200).body(containsString("data-testid=\"survey-form\""));
        given().get(path.substring(0, path.length() - 2) + "xx")
                .then()
                .statusCode(404)
                .body(containsString("data-testid=\"invalid-link\""));

        SurveyService surveys =
                io.quarkus.arc.Arc.container().instance(SurveyService.class).get();
        String token = path.substring("/evaluation/answer/".length());
        surveys.answerByLink(token, fixture.answers(survey, 9, null));
        assertEquals(survey.id, number("SELECT survey_id FROM survey_response WHERE survey_id = " + survey.id));
        given().get(path).then().statusCode(200).body(containsString("data-state=\"answered\""));
        org.junit.jupiter.api.Assertions.assertThrows(
                eu.topcop.learn.platform.web.DomainException.Conflict.class,
                () -> surveys.answerByLink(token, fixture.answers(survey, 9, null)),
                "the link works once");
    }

    private long number(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
