package eu.topcop.learn.insight.evaluation;

import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.EvaluationViewer.Viewer;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A survey's report on a hand-checked set of answers: exact totals and reaction score, every figure of fewer than
 * five respondents hidden, free text for the offering's course manager only, and each viewer's rows.
 */
@QuarkusTest
class SurveyReportTest {

    @Inject
    SurveyFixture fixture;

    @Inject
    EnrolmentFixture people;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyReports reports;

    @Inject
    SurveyTriggers triggers;

    @Inject
    SurveyInvitations invitations;

    @Inject
    eu.topcop.learn.content.SurveyInstruments instruments;

    @Inject
    jakarta.persistence.EntityManager em;

    private static Viewer organiser() {
        return new Viewer(0, EnrolmentFixture.MANAGER, null, true, true);
    }

    @Test
    void shouldHideEveryFigureUntilFiveHaveAnsweredAndThenShowExactTotals() {
        List<Person> georgians = people.people(4, "GE");
        List<Person> armenians = people.people(2, "AM");
        List<Person> all = new java.util.ArrayList<>(georgians);
        all.addAll(armenians);
        Survey survey = fixture.surveyOf(fixture.ended(all));
        int[] ratings = {10, 8, 6, 9, 7};
        for (int i = 0; i < 4; i++) {
            answer(survey, all.get(i), ratings[i], i == 0 ? "The case study on container shipments" : null);
        }
        SurveyReports.Report four = reports.report(survey.id, organiser(), Language.ENGLISH);
        assertEquals(4, four.responses());
        assertNull(four.reactionScore(), "four respondents: hidden");
        assertTrue(four.questions().stream().allMatch(SurveyReports.QuestionResult::hidden));
        assertTrue(four.freeText().isEmpty(), "an anonymous survey's free text waits for five respondents too");

        answer(survey, all.get(4), ratings[4], "Contacts with the Moldovan colleagues");
        SurveyReports.Report five = reports.report(survey.id, organiser(), Language.ENGLISH);
        assertEquals(6, five.survey().invited());
        assertEquals(5, five.survey().answered());
        assertEquals(83, five.survey().rate());
        // (10 + 8 + 6 + 9 + 7) / 5 = 8.0 on 0-10: a reaction score of 80.
        assertEquals(80, five.reactionScore());
        SurveyReports.QuestionResult overall = five.questions().stream()
                .filter(q -> q.code().equals("overall-usefulness"))
                .findFirst()
                .orElseThrow();
        assertFalse(overall.hidden());
        assertEquals(8.0, overall.mean());
        assertEquals(
                1,
                overall.shares().stream()
                        .filter(s -> s.value().equals("10"))
                        .findFirst()
                        .orElseThrow()
                        .count());
        assertEquals(
                List.of("Contacts with the Moldovan colleagues", "The case study on container shipments"),
                five.freeText().get("most-useful"),
                "sorted by text, never by who or when");
        assertEquals(1, five.nonRespondents().size());
        assertEquals(all.get(5).name, five.nonRespondents().get(0).name());
    }

    @Test
    void shouldShowFreeTextToTheOfferingsCourseManagerOnlyAndCountACoordinatorsOwnCountry() {
        List<Person> georgians = people.people(5, "GE");
        Person ukrainian = people.person("UA");
        List<Person> all = new java.util.ArrayList<>(georgians);
        all.add(ukrainian);
        Offering offering = fixture.ended(all);
        Survey survey = fixture.surveyOf(offering);
        for (Person p : georgians) {
            answer(survey, p, 9, "Useful");
        }
        Viewer otherManager = new Viewer(0, "another.manager", null, true, true);
        SurveyReports.Report seen = reports.report(survey.id, otherManager, Language.ENGLISH);
        assertFalse(seen.freeTextAllowed(), "a course manager who does not run the offering");
        assertTrue(seen.freeText().isEmpty());
        assertTrue(reports.report(survey.id, organiser(), Language.ENGLISH).freeTextAllowed());

        Viewer ukraine = new Viewer(0, "fx-coordinator-ua", "UA", false, false);
        SurveyReports.Report forUkraine = reports.report(survey.id, ukraine, Language.ENGLISH);
        assertEquals(1, forUkraine.survey().invited(), "their country's people only");
        assertEquals(0, forUkraine.survey().answered());
        assertEquals(
                List.of(ukrainian.name),
                forUkraine.nonRespondents().stream().map(n -> n.name()).toList());
        assertFalse(forUkraine.freeTextAllowed());

        Viewer moldova = new Viewer(0, "fx-coordinator-md", "MD", false, false);
        assertThrows(DomainException.NotFound.class, () -> reports.report(survey.id, moldova, Language.ENGLISH));
        assertTrue(reports.list(moldova, null, 100, Language.ENGLISH).rows().stream()
                .noneMatch(r -> r.id() == survey.id));
        Viewer stranger = new Viewer(0, "some.trainer", null, false, false);
        assertThrows(DomainException.NotFound.class, () -> reports.report(survey.id, stranger, Language.ENGLISH));
    }

    @Test
    void shouldGiveTheShareOfRespondentsApplyingWhatTheyLearned() {
        var form = instruments.current("follow-up-participant").orElseThrow();
        List<Person> six = people.people(6, "GE");
        Survey survey = QuarkusTransaction.requiringNew().call(() -> {
            Survey s = triggers.survey("test-follow-up:" + System.nanoTime(), form, Survey.Subject.OFFERING, 0);
            s.subjectTitle = java.util.Map.of("en", "A regional training");
            s.subjectPeriod = "2026-06-01 – 2026-06-05 (+3)";
            s.persist();
            six.forEach(p -> invitations.invite(s, em.find(Person.class, p.id), SurveyInvitation.Role.PARTICIPANT));
            return s;
        });
        // Four of five apply it (regularly or occasionally); one has not yet.
        String[] said = {"yes-regularly", "yes-regularly", "yes-occasionally", "yes-regularly", "not-yet"};
        for (int i = 0; i < said.length; i++) {
            var given = fixture.answers(survey, 7, null);
            given.put("applied", List.of(said[i]));
            long invitation = fixture.invitationOf(survey, six.get(i)).id;
            surveys.answer(invitation, six.get(i).id, given);
        }
        SurveyReports.Report report = reports.report(survey.id, organiser(), Language.ENGLISH);
        assertEquals(80, report.appliedShare());
        assertNull(report.reactionScore(), "a follow-up has no reaction score");
        assertFalse(report.anonymous(), "a follow-up is not anonymous");
    }

    private void answer(Survey survey, Person person, int rating, String comment) {
        long invitation = QuarkusTransaction.requiringNew().call(() -> fixture.invitationOf(survey, person).id);
        surveys.answer(invitation, person.id, fixture.answers(survey, rating, comment));
    }
}
