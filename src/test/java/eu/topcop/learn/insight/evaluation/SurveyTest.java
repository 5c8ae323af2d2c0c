package eu.topcop.learn.insight.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.CompletionService;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reaction surveys on real records: an offering's end and an online course's completion send them once, also
 * when two nodes run the jobs; answers are checked whole; anonymous responses keep no link to the respondent;
 * reminders go out on their days, once, and stop with the answer.
 */
@QuarkusTest
class SurveyTest {

    @Inject
    SurveyFixture fixture;

    @Inject
    EnrolmentFixture people;

    @Inject
    SurveyTriggers triggers;

    @Inject
    SurveyInvitations invitations;

    @Inject
    SurveyService surveys;

    @Inject
    EvaluationJobs jobs;

    @Inject
    CompletionService completions;

    @Inject
    EntityManager em;

    @Test
    void shouldSendAnEndedOfferingsReactionSurveyOnceEvenWhenTwoNodesFireTheTriggersTogether() throws Exception {
        List<Person> participants = people.people(3, "GE");
        Offering offering = fixture.ended(participants);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> triggers.fireDue()));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        jobs.runOnce();
        Survey survey = fixture.surveyOf(offering);
        assertTrue(survey.anonymous, "the standard reaction survey is anonymous");
        assertEquals("reaction", survey.level);
        assertEquals(3L, count("SELECT COUNT(*) FROM survey_invitation WHERE survey_id = " + survey.id));
        for (Person p : participants) {
            assertEquals(
                    1L,
                    count("SELECT COUNT(*) FROM notification WHERE kind = 'SURVEY' AND person_id = " + p.id),
                    "one in-app notice each");
            assertEquals(
                    1L,
                    count("SELECT COUNT(*) FROM outbox_message o JOIN notification n ON n.person_id = o.person_id"
                            + " AND n.kind = 'SURVEY' AND o.summary LIKE CONCAT(n.subject, '%') WHERE o.person_id = "
                            + p.id),
                    "one e-mail each");
        }
    }

    @Test
    void shouldInviteWhoCompletesAnOnlineCourseOnceIntoTheCoursesSurveyOfTheQuarter() {
        List<Person> learners = people.people(2, "UA");
        long course = QuarkusTransaction.requiringNew()
                .call(() -> Course.<Course>find("code", "drugs-independent-learning")
                        .singleResult()
                        .id);
        for (Person learner : learners) {
            QuarkusTransaction.requiringNew()
                    .run(() -> completions.complete(
                            em.find(Person.class, learner.id), course, LocalDate.now(), LocalDate.now(), null));
        }
        triggers.fireDue();
        triggers.fireDue();
        String key = SurveyTriggers.onlineCourseKey(course, LocalDate.now());
        Survey survey = QuarkusTransaction.requiringNew()
                .call(() -> Survey.<Survey>find("triggerKey", key).singleResult());
        assertEquals(Survey.Subject.ONLINE_COURSE, survey.subject);
        for (Person learner : learners) {
            assertEquals(
                    1L,
                    count("SELECT COUNT(*) FROM survey_invitation WHERE survey_id = " + survey.id + " AND person_id = "
                            + learner.id));
        }
    }

    @Test
    void shouldInviteALearnerWithoutACountryInEnglish() {
        Person stateless = people.person("GE");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE person SET country_code = NULL WHERE id = :p")
                        .setParameter("p", stateless.id)
                        .executeUpdate());
        long course = QuarkusTransaction.requiringNew()
                .call(() -> Course.<Course>find("code", "drugs-independent-learning")
                        .singleResult()
                        .id);
        QuarkusTransaction.requiringNew()
                .run(() -> completions.complete(
                        em.find(Person.class, stateless.id), course, LocalDate.now(), LocalDate.now(), null));
        triggers.fireDue();
        assertEquals(
                1L,
                count("SELECT COUNT(*) FROM survey_invitation WHERE language = 'en' AND person_id = " + stateless.id));
    }

    @Test
    void shouldRefuseEveryMissingOrWrongAnswerAtOnceAndRecordNothing() {
        Person participant = people.person("GE");
        Survey survey = fixture.surveyOf(fixture.ended(List.of(participant)));
        SurveyInvitation invitation = fixture.invitationOf(survey, participant);
        Map<String, List<String>> answers = fixture.answers(survey, 8, null);
        answers.put("overall-usefulness", List.of("11"));
        answers.remove("relevant-to-work");
        answers.put("most-useful", List.of("x".repeat(SurveyService.TEXT_LIMIT + 1)));
        answers.put("no-such-question", List.of("1"));
        DomainException.Invalid refused = assertThrows(
                DomainException.Invalid.class, () -> surveys.answer(invitation.id, participant.id, answers));
        Map<String, String> reasons = new java.util.HashMap<>();
        refused.errors().forEach(e -> reasons.put(e.field(), e.message()));
        assertEquals(SurveyService.Refusal.RANGE.message, reasons.get("overall-usefulness"));
        assertEquals(SurveyService.Refusal.REQUIRED.message, reasons.get("relevant-to-work"));
        assertEquals(SurveyService.Refusal.TOO_LONG.message, reasons.get("most-useful"));
        assertEquals(SurveyService.Refusal.UNKNOWN.message, reasons.get("no-such-question"));
        assertEquals(0L, count("SELECT COUNT(*) FROM survey_response WHERE survey_id = " + survey.id));
        assertNull(fixture.invitationOf(survey, participant).answeredOn);
    }

    @Test
    void shouldKeepNoLinkFromAnAnonymousResponseToItsRespondentAndAcceptOneAnswerOnly() {
        Person participant = people.person("GE");
        Person other = people.person("GE");
        Survey survey = fixture.surveyOf(fixture.ended(List.of(participant, other)));
        SurveyInvitation invitation = fixture.invitationOf(survey, participant);
        assertThrows(
                DomainException.NotFound.class,
                () -> surveys.answer(invitation.id, other.id, fixture.answers(survey, 7, null)),
                "only the invited person answers");
        surveys.answer(invitation.id, participant.id, fixture.answers(survey, 7, "Good case studies"));
        assertThrows(
                DomainException.Conflict.class,
                () -> surveys.answer(invitation.id, participant.id, fixture.answers(survey, 7, null)));
        assertEquals(1L, count("SELECT COUNT(*) FROM survey_response WHERE survey_id = " + survey.id));
        assertEquals(
                0L,
                count("SELECT COUNT(*) FROM survey_response WHERE survey_id = " + survey.id
                        + " AND invitation_id IS NOT NULL"));
        assertEquals(LocalDate.now(), fixture.invitationOf(survey, participant).answeredOn);
    }

    @Test
    void shouldRemindOnTheConfiguredDaysOnceEachAndStopOnceAnswered() {
        Person answering = people.person("AM");
        Person silent = people.person("AM");
        Survey survey = fixture.surveyOf(fixture.ended(List.of(answering, silent)));
        // Three days pass: the first reminder is due for both.
        age(survey, 3);
        invitations.remindDue();
        invitations.remindDue();
        assertEquals(1, fixture.invitationOf(survey, silent).remindersSent, "reminded once, not per run");
        assertEquals(1, fixture.invitationOf(survey, answering).remindersSent);
        surveys.answer(fixture.invitationOf(survey, answering).id, answering.id, fixture.answers(survey, 9, null));
        // Seven days: the second reminder goes to the one who has not answered only.
        age(survey, 4);
        invitations.remindDue();
        assertEquals(2, fixture.invitationOf(survey, silent).remindersSent);
        assertEquals(1, fixture.invitationOf(survey, answering).remindersSent);
        assertNull(fixture.invitationOf(survey, silent).nextReminderAt, "no third reminder is configured");
        assertEquals(
                3L,
                count("SELECT COUNT(*) FROM notification WHERE kind = 'SURVEY' AND person_id = " + silent.id),
                "invited, then reminded twice");
    }

    @Test
    void shouldCloseAnInvitationOnItsClosingDate() {
        Person late = people.person("MD");
        Survey survey = fixture.surveyOf(fixture.ended(List.of(late)));
        age(survey, 15);
        SurveyInvitation invitation = fixture.invitationOf(survey, late);
        assertEquals("closed", surveys.state(invitation.id, late.id));
        assertThrows(
                DomainException.Conflict.class,
                () -> surveys.answer(invitation.id, late.id, fixture.answers(survey, 9, null)));
        assertNotNull(invitation.closesAt);
    }

    /** Moves a survey's invitations {@code days} into the past, as if the days had gone by. */
    private void age(Survey survey, int days) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE survey_invitation SET invited_at = invited_at - INTERVAL "
                                + days + " DAY, closes_at = closes_at - INTERVAL " + days + " DAY,"
                                + " next_reminder_at = next_reminder_at - INTERVAL " + days
                                + " DAY WHERE survey_id = :s")
                        .setParameter("s", survey.id)
                        .executeUpdate());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
