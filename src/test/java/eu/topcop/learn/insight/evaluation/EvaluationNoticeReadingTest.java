package eu.topcop.learn.insight.evaluation;

import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.EnrolmentQueries;
import eu.topcop.learn.enrolment.EnrolmentViews.NotificationView;
import eu.topcop.learn.enrolment.NoticeReading;
import eu.topcop.learn.enrolment.Notification;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.time.ReaderTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A survey's invitation links to the survey and reads in the respondent's language of the day, its closing day and
 * its privacy sentence too, and when it closes in the reader's zone (issue 16).
 */
@QuarkusTest
class EvaluationNoticeReadingTest {

    @Inject
    SurveyFixture surveys;

    @Inject
    EnrolmentFixture people;

    @Inject
    NoticeReading notices;

    @Inject
    EnrolmentQueries queries;

    @Test
    void shouldLinkAnInvitationToItsSurveyAndWriteItInTheReadersLanguageOfToday() {
        Person participant = people.person("GE");
        Survey survey = surveys.surveyOf(surveys.ended(List.of(participant)));
        SurveyInvitation invitation = surveys.invitationOf(survey, participant);

        Notification invited = notices.latest(participant, EvaluationNotices.KIND);
        assertEquals("/evaluation/invitations/" + invitation.id, invited.link);
        for (String language : List.of("en", "ru")) {
            NotificationView read = notices.readIn(invited, language);
            assertTrue(read.linked());
            EvaluationMessages msg = MessageBundles.get(EvaluationMessages.class, Localized.Literal.of(language));
            String title = eu.topcop.learn.platform.i18n.Localized.pick(
                            survey.subjectTitle, Language.of(language).orElseThrow())
                    .text();
            assertEquals(msg.notice_invited_subject(title), read.subject());
            assertTrue(read.body().contains(msg.notice_privacy_anonymous()), read.body());
            // The survey closes at a moment: a reader far east of UTC reads it in their own zone (issue 16).
            ZoneId east = ZoneId.of("Pacific/Kiritimati");
            String closes = ReaderTime.of(
                            east, Language.of(language).orElseThrow().locale())
                    .longDateTime(invitation.closesAt);
            String body = readIn(invited, language, east).body();
            assertTrue(body.contains(closes), language + ": " + body);
        }
    }

    private NotificationView readIn(Notification notification, String language, ZoneId zone) {
        return QuarkusTransaction.requiringNew()
                .call(() -> queries
                        .notifications(
                                Person.findById(notification.person.id),
                                0,
                                50,
                                Language.of(language).orElseThrow(),
                                zone)
                        .items()
                        .stream()
                        .filter(n -> n.id() == notification.id)
                        .findFirst()
                        .orElseThrow());
    }
}
