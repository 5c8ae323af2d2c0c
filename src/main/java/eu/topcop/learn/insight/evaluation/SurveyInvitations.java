package eu.topcop.learn.insight.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Invites respondents and reminds those who have not answered, each told in their own language. */
@ApplicationScoped
public class SurveyInvitations {

    @Inject
    EntityManager em;

    @Inject
    People people;

    @Inject
    EvaluationNotices notices;

    @Inject
    EvaluationSettings settings;

    @Inject
    Clock clock;

    @Inject
    SurveyLinks links;

    /** Invites a person with an account, in the caller's transaction; they are told in-app and by e-mail. */
    SurveyInvitation invite(Survey survey, Person person, SurveyInvitation.Role role) {
        SurveyInvitation invitation = new SurveyInvitation();
        invitation.survey = survey;
        invitation.inviteeKey = SurveyInvitation.personKey(person.id);
        invitation.role = role;
        invitation.personId = person.id;
        invitation.country = person.country;
        invitation.language = people.languageOf(person).code();
        invitation.invitedAt = Instant.now(clock);
        invitation.closesAt = invitation.invitedAt.plus(Duration.ofDays(settings.openDays(survey.level)));
        invitation.scheduleReminders(settings.reminderDays(survey.level));
        invitation.persist();
        notices.invited(invitation, person, false);
        return invitation;
    }

    /**
     * Invites someone without an account (a supervisor, a host's mentor) through a signed link sent by e-mail, in
     * the caller's transaction. {@code about} is the officer the answers concern, whose record the e-mail belongs
     * to (erasing them erases it).
     */
    SurveyInvitation inviteByLink(
            Survey survey,
            String key,
            SurveyInvitation.Role role,
            String name,
            String email,
            String language,
            String country,
            Person about) {
        SurveyInvitation invitation = new SurveyInvitation();
        invitation.survey = survey;
        invitation.inviteeKey = key;
        invitation.role = role;
        invitation.aboutPersonId = about == null ? null : about.id;
        invitation.name = name;
        invitation.email = email;
        invitation.country = country;
        invitation.language = language;
        invitation.invitedAt = Instant.now(clock);
        invitation.closesAt = invitation.invitedAt.plus(Duration.ofDays(settings.openDays(survey.level)));
        invitation.linkNonce = SurveyLinks.nonce();
        invitation.scheduleReminders(settings.reminderDays(survey.level));
        invitation.persist();
        em.flush();
        notices.invitedByLink(invitation, links.link(invitation), about, false);
        return invitation;
    }

    /**
     * Reminds every open invitation whose reminder is due, each in a transaction of its own. The reminder is
     * claimed with a conditional update first, so that two nodes never remind the same invitation twice.
     */
    @ActivateRequestContext
    public int remindDue() {
        Instant now = Instant.now(clock);
        List<Long> due = em.createQuery(
                        "select i.id from SurveyInvitation i where i.nextReminderAt <= :now and i.answeredOn is null"
                                + " and i.closesAt > :now order by i.nextReminderAt",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(200)
                .getResultList();
        int sent = 0;
        for (Long id : due) {
            sent += QuarkusTransaction.requiringNew().call(() -> remind(id, now));
        }
        return sent;
    }

    private int remind(long id, Instant now) {
        SurveyInvitation invitation = em.find(SurveyInvitation.class, id);
        int claimed = em.createQuery(
                        "update SurveyInvitation i set i.remindersSent = i.remindersSent + 1"
                                + " where i.id = :id and i.remindersSent = :sent and i.answeredOn is null and i.nextReminderAt <= :now")
                .setParameter("id", id)
                .setParameter("sent", invitation.remindersSent)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        em.refresh(invitation);
        invitation.scheduleReminders(settings.reminderDays(invitation.survey.level));
        if (invitation.personId != null) {
            notices.invited(invitation, em.find(Person.class, invitation.personId), true);
        } else if (invitation.email != null) {
            Person about = invitation.aboutPersonId == null ? null : em.find(Person.class, invitation.aboutPersonId);
            notices.invitedByLink(invitation, links.link(invitation), about, true);
        }
        return 1;
    }
}
