package eu.topcop.learn.insight.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.NoticeText;
import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.time.ReaderTime;
import eu.topcop.learn.platform.time.Zones;
import io.quarkus.qute.i18n.MessageBundles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells a respondent that a survey waits for them: in-app, linking to the survey and kept as message keys so the list
 * reads in the reader's language of the day, and by e-mail (in their language) after commit.
 */
@ApplicationScoped
public class EvaluationNotices {

    static final String KIND = "SURVEY";

    @Inject
    Notifier notifier;

    @Inject
    eu.topcop.learn.platform.mail.Mails mails;

    @ConfigProperty(name = "lms.public-url")
    String publicUrl;

    void invited(SurveyInvitation invitation, Person person, boolean reminder) {
        Survey survey = invitation.survey;
        String path = "/evaluation/invitations/" + invitation.id;
        // The privacy sentence is the bundle's own: kept in every language, as the title is.
        NoticeText.Arg privacy = NoticeText.Arg.perLanguage(language -> survey.anonymous
                ? messages(language).notice_privacy_anonymous()
                : messages(language).notice_privacy_named());
        NoticeText text = NoticeText.in(EvaluationMessages.class)
                .subject(reminder ? "notice_reminder_subject" : "notice_invited_subject", survey.subjectTitle)
                .body(
                        "notice_invited_body",
                        survey.subjectTitle,
                        survey.subjectPeriod,
                        privacy,
                        closes(invitation),
                        publicUrl + path);
        notifier.tell(person, KIND, text, path);
    }

    /**
     * When the survey closes, as the moment it is: put into words in the reader's zone and language when read. A
     * survey closes a number of days after the invitation, at the time of day it was sent, so its day in UTC could
     * be a day later than the reader's last day (or earlier): the moment with its time says it right everywhere.
     */
    static NoticeText.Arg closes(SurveyInvitation invitation) {
        return NoticeText.Arg.time(invitation.closesAt);
    }

    /**
     * Mails a respondent without an account their signed link. A supervisor is told whom the survey is about and
     * nothing else; the mail is filed under that officer, so that erasing them erases it.
     */
    void invitedByLink(SurveyInvitation invitation, String link, Person about, boolean reminder) {
        Language language = Language.of(invitation.language).orElse(Language.ENGLISH);
        EvaluationMessages msg = messages(language);
        Survey survey = invitation.survey;
        String title = Localized.pick(survey.subjectTitle, language).text();
        // Someone without an account reads in the zone of the country the invitation is for.
        String closes = ReaderTime.of(Zones.ofCountry(invitation.country), language.locale())
                .longDate(invitation.closesAt);
        String subject = reminder ? msg.notice_reminder_subject(title) : msg.notice_invited_subject(title);
        String body = invitation.role == SurveyInvitation.Role.SUPERVISOR && about != null
                ? msg.notice_supervisor_body(invitation.name, about.name, title, survey.subjectPeriod, closes, link)
                : msg.notice_link_body(invitation.name, title, survey.subjectPeriod, closes, link);
        mails.send(about == null ? null : about.id, invitation.email, subject, body);
    }

    static EvaluationMessages messages(Language language) {
        return MessageBundles.get(EvaluationMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
    }
}
