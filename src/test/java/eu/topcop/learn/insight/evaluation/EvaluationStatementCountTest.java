package eu.topcop.learn.insight.evaluation;

import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.EvaluationViewer.Viewer;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A survey's report, the organisers' list and a respondent's list cost the same number of SQL statements whether
 * five or twelve people answered (Hibernate statistics).
 */
@QuarkusTest
class EvaluationStatementCountTest {

    @Inject
    SessionFactory sessions;

    @Inject
    SurveyFixture fixture;

    @Inject
    EnrolmentFixture people;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyReports reports;

    @Test
    void shouldReadReportsAndListsWithTheSameStatementsForFiveAndTwelveRespondents() {
        long[] few = counts(5);
        long[] many = counts(12);
        assertEquals(few[0], many[0], "a survey's report");
        assertEquals(few[1], many[1], "the organisers' list");
        assertEquals(few[2], many[2], "a respondent's surveys");
    }

    private long[] counts(int respondents) {
        List<Person> all = people.people(respondents, "GE");
        Survey survey = fixture.surveyOf(fixture.ended(all));
        for (Person p : all) {
            surveys.answer(fixture.invitationOf(survey, p).id, p.id, fixture.answers(survey, 7, "Text " + p.id));
        }
        Viewer manager = new Viewer(0, EnrolmentFixture.MANAGER, null, true, true);
        Statistics statistics = sessions.getStatistics();
        long[] counts = new long[3];
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> reports.report(survey.id, manager, Language.ENGLISH));
        counts[0] = statistics.getPrepareStatementCount();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> reports.list(manager, null, 25, Language.ENGLISH));
        counts[1] = statistics.getPrepareStatementCount();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> surveys.mine(all.get(0).id, Language.ENGLISH));
        counts[2] = statistics.getPrepareStatementCount();
        return counts;
    }
}
