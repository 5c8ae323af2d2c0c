package eu.topcop.learn.insight.evaluation;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.EnrolmentViews.NotificationView;
import eu.topcop.learn.enrolment.NoticeReading;
import eu.topcop.learn.enrolment.Notification;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.enrolment.NoticeReading.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A survey's invitation links to the survey and reads in the respondent's language of the day, its closing day and
 * its privacy sentence too (issue 16).
 */
@QuarkusTest
class EvaluationNoticeReadingTest {

    @Inject
    SurveyFixture surveys;

    @Inject
    EnrolmentFixture people;

    @Inject
    NoticeReading notices;

    @Test
    void shouldLinkAnInvitationToItsSurveyAndWriteItInTheReadersLanguageOfToday() {
        Person participant = people.person("GE");
        Survey survey = surveys.surveyOf(surveys.ended(List.of(participant)));
        SurveyInvitation invitation = surveys.invitationOf(survey, participant);

        Notification invited = notices.latest(participant, EvaluationNotices.KIND);
        assertEquals("/evaluation/invitations/" + invitation.id, invited.link);
        String closes = invitation.closesAt.atZone(ZoneOffset.UTC).toLocalDate().toString();
        for (String language : List.of("en", "ru")) {
            NotificationView read = notices.readIn(invited, language);
            assertTrue(read.linked());
            EvaluationMessages msg = MessageBundles.get(EvaluationMessages.class, Localized.Literal.of(language));
            String title = eu.topcop.learn.platform.i18n.Localized.pick(
                            survey.subjectTitle, Language.of(language).orElseThrow())
                    .text();
            assertEquals(msg.notice_invited_subject(title), read.subject());
            assertTrue(read.body().contains(msg.notice_privacy_anonymous()), read.body());
            assertTrue(
                    read.body().contains(day(java.time.LocalDate.parse(closes), language)),
                    language + ": " + read.body());
        }
    }
}
