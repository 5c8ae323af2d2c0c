package eu.topcop.learn.insight.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Application;
import eu.topcop.learn.enrolment.Attendance;
import eu.topcop.learn.enrolment.CompletionRecords;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.EnrolmentService;
import eu.topcop.learn.enrolment.EnrolmentService.ApplicationRequest;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.enrolment.Supervisor;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Level 3 on real records: three months after an offering, those who completed it get the participant follow-up
 * and the supervisors they named a signed link, once; the supervisor answers without an account, once; after
 * the reminders, the country's coordinator is told who has not answered, once.
 */
@QuarkusTest
class FollowUpTest {

    @Inject
    FollowUps followUps;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Inject
    Attendance attendance;

    @Inject
    CompletionRecords completions;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyLinks links;

    @Inject
    SurveyFixture answers;

    @Inject
    EntityManager em;

    @Test
    void shouldFollowUpParticipantsAndTheirSupervisorsOnceAndTellTheCoordinatorWhoIsSilent() {
        List<Person> people = fixture.people(3, "GE");
        String supervisorEmail = "tamar." + System.nanoTime() + "@police.ge";
        Offering offering =
                threeMonthsAgo(people, new Supervisor("Tamar Gelashvili", supervisorEmail, "Head of unit", "ka"));
        followUps.fireDue();
        followUps.fireDue();

        Survey asked = survey(FollowUps.key(offering.id, 3, "participant"));
        Survey supervising = survey(FollowUps.key(offering.id, 3, "supervisor"));
        assertEquals("behaviour", asked.level);
        assertEquals(
                2,
                count("SELECT COUNT(*) FROM survey_invitation WHERE survey_id = " + asked.id),
                "the two who completed");
        SurveyInvitation supervisor = QuarkusTransaction.requiringNew()
                .call(() -> SurveyInvitation.<SurveyInvitation>find("survey.id", supervising.id)
                        .singleResult());
        assertEquals(SurveyInvitation.Role.SUPERVISOR, supervisor.role);
        assertEquals(people.get(0).id, supervisor.aboutPersonId);
        assertEquals("ka", supervisor.language, "the language named with the supervisor");
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE summary LIKE '%" + supervisorEmail + "'"));

        // The supervisor opens the link without an account: the survey names the officer and nothing else.
        String link = QuarkusTransaction.requiringNew()
                .call(() -> links.link(em.find(SurveyInvitation.class, supervisor.id)));
        String path = link.substring(link.indexOf("/evaluation/answer/"));
        given().get(path).then().statusCode(200).body(containsString(people.get(0).name));
        String token = path.substring("/evaluation/answer/".length());
        surveys.answerByLink(token, answers.answers(supervising, 8, "Briefed the whole unit."));
        assertThrows(
                DomainException.Conflict.class,
                () -> surveys.answerByLink(token, answers.answers(supervising, 8, null)));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM survey_response WHERE invitation_id = " + supervisor.id),
                "a follow-up is not anonymous: the answer stays with the officer it is about");

        // One participant answers; 17 days on, after two reminders, the coordinator hears of the other.
        SurveyInvitation first = answers.invitationOf(asked, people.get(0));
        surveys.answer(first.id, people.get(0).id, answers.answers(asked, 8, null));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE survey_invitation SET invited_at = invited_at - INTERVAL 17 DAY,"
                                        + " next_reminder_at = NULL WHERE survey_id = :s")
                        .setParameter("s", asked.id)
                        .executeUpdate());
        Person coordinator = answers.signedIn(Tokens.COORDINATOR);
        long before = count(
                "SELECT COUNT(*) FROM notification WHERE kind = 'SURVEY_UNANSWERED' AND person_id = " + coordinator.id);
        followUps.escalateDue();
        followUps.escalateDue();
        List<String> told = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT body FROM notification WHERE kind = 'SURVEY_UNANSWERED' AND"
                                + " person_id = :p ORDER BY id DESC")
                        .setParameter("p", coordinator.id)
                        .getResultList());
        assertEquals(before + 1, told.size(), "told once");
        assertTrue(told.get(0).contains(people.get(1).name), told.get(0));
        assertTrue(!told.get(0).contains(people.get(0).name), "who answered is not named");
    }

    /**
     * An offering that ended three months ago: the first two participants were present every day and did the
     * online phase (the first named a supervisor), the third missed a day.
     */
    private Offering threeMonthsAgo(List<Person> people, Supervisor supervisor) {
        Offering offering = fixture.offering(people.size());
        Person manager = fixture.manager();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            ApplicationRequest base = EnrolmentFixture.request();
            ApplicationRequest request = new ApplicationRequest(
                    base.motivation(),
                    base.agency(),
                    base.position(),
                    base.agencyType(),
                    true,
                    i == 0 ? supervisor : null);
            Application applied =
                    enrolment.apply(offering.code, people.get(i), request).application();
            if (applied.awaitsEndorsement()) {
                applied = enrolment.endorse(applied.id, fixture.coordinator("GE"), true, null);
            }
            ids.add(enrolment.decide(applied.id, manager, false, Decision.APPROVE, null).id);
        }
        Offering held = fixture.held(offering);
        List<Attendance.Mark> marks = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            completions.record(people.get(i).id, "drugs-ilp", Instant.now());
            for (LocalDate day = held.startsOn; !day.isAfter(held.endsOn); day = day.plusDays(1)) {
                marks.add(new Attendance.Mark(ids.get(i), day, i < 2 || !day.equals(held.endsOn)));
            }
        }
        attendance.record(held.code, marks, manager, true);
        long shift = ChronoUnit.DAYS.between(LocalDate.now().minusMonths(3), held.endsOn);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE offering SET applications_open_on = applications_open_on - INTERVAL :d DAY,"
                            + " applications_close_on = applications_close_on - INTERVAL :d DAY, gate_deadline ="
                            + " gate_deadline - INTERVAL :d DAY, starts_on = starts_on - INTERVAL :d DAY, ends_on ="
                            + " ends_on - INTERVAL :d DAY, updated_at = NOW(3) WHERE id = :o")
                    .setParameter("d", shift)
                    .setParameter("o", held.id)
                    .executeUpdate();
            em.createNativeQuery("UPDATE attendance SET day = day - INTERVAL :d DAY WHERE application_id IN (:a)")
                    .setParameter("d", shift)
                    .setParameter("a", ids)
                    .executeUpdate();
        });
        return held;
    }

    private Survey survey(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Survey.<Survey>find("triggerKey", key).singleResult());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
