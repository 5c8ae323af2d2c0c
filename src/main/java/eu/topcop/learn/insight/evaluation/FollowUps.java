package eu.topcop.learn.insight.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.content.SurveyInstruments;
import eu.topcop.learn.content.SurveyInstruments.Published;
import eu.topcop.learn.enrolment.Coordinators;
import eu.topcop.learn.enrolment.NoticeText;
import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.enrolment.Supervisors;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.persistence.InList;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

/**
 * Level 3, behaviour: some months after an offering (3 and 6 by default, per curriculum in configuration), those
 * who completed it are asked whether and how they apply what they learned, and so are the supervisors they named,
 * through a signed link. Follow-ups are reminded on days 7 and 14; one still unanswered after that is reported to
 * the respondent's national coordinator, once.
 */
@ApplicationScoped
public class FollowUps {

    private static final Logger LOG = Logger.getLogger(FollowUps.class);

    @Inject
    EntityManager em;

    @Inject
    SurveyTriggers triggers;

    @Inject
    SurveyInstruments instruments;

    @Inject
    SurveyInvitations invitations;

    @Inject
    Supervisors supervisors;

    @Inject
    Coordinators coordinators;

    @Inject
    People people;

    @Inject
    Notifier notifier;

    @Inject
    EvaluationSettings settings;

    @Inject
    Clock clock;

    static String key(long offeringId, int months, String who) {
        return "follow-up:" + offeringId + ":" + months + ":" + who;
    }

    /** Sends the follow-ups that are due; returns the number of invitations sent. */
    @ActivateRequestContext
    public int fireDue() {
        Optional<Published> participant = instruments.current(settings.participantFollowUpInstrument());
        Optional<Published> supervisor = instruments.current(settings.supervisorFollowUpInstrument());
        if (participant.isEmpty() || supervisor.isEmpty()) {
            LOG.warn("The follow-up instruments are not published: follow-ups wait");
            return 0;
        }
        TreeSet<Integer> months = new TreeSet<>(settings.followUpMonths());
        settings.curriculumFollowUpMonths().values().forEach(months::addAll);
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (int m : months) {
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("SELECT o.id, cur.code FROM offering o JOIN course k ON k.id ="
                            + " o.course_id JOIN curriculum cur ON cur.id = k.curriculum_id WHERE o.status = 'SCHEDULED'"
                            + " AND DATE_ADD(o.ends_on, INTERVAL :m MONTH) <= :today AND DATE_ADD(o.ends_on, INTERVAL"
                            + " :m MONTH) >= :since AND NOT EXISTS (SELECT 1 FROM survey s WHERE s.trigger_key ="
                            + " CONCAT('follow-up:', o.id, ':', :m, ':participant')) ORDER BY o.ends_on, o.id")
                    .setParameter("m", m)
                    .setParameter("today", today)
                    .setParameter("since", today.minusDays(settings.lookbackDays()))
                    .setMaxResults(100)
                    .getResultList();
            for (Object[] row : due) {
                long offering = ((Number) row[0]).longValue();
                if (settings.followUpMonths((String) row[1]).contains(m)) {
                    sent += triggers.opening(() -> open(offering, m, participant.get(), supervisor.get()));
                }
            }
        }
        return sent;
    }

    private int open(long offeringId, int months, Published participantForm, Published supervisorForm) {
        Offering offering = em.find(Offering.class, offeringId);
        Survey asked = survey(offering, months, "participant", participantForm);
        Survey supervising = survey(offering, months, "supervisor", supervisorForm);
        int sent = 0;
        for (Supervisors.CompletedParticipant p : supervisors.completedParticipantsWithSupervisor(offeringId)) {
            Person person = em.find(Person.class, p.personId());
            invitations.invite(asked, person, SurveyInvitation.Role.PARTICIPANT);
            sent++;
            if (p.supervisor().isPresent()) {
                var named = p.supervisor().get();
                invitations.inviteByLink(
                        supervising,
                        "supervisor:" + person.id,
                        SurveyInvitation.Role.SUPERVISOR,
                        named.name(),
                        named.email(),
                        Language.of(named.language())
                                .orElse(people.languageOf(person))
                                .code(),
                        person.country,
                        person);
                sent++;
            }
        }
        return sent;
    }

    private Survey survey(Offering offering, int months, String who, Published instrument) {
        Survey survey =
                triggers.survey(key(offering.id, months, who), instrument, Survey.Subject.OFFERING, offering.id);
        survey.subjectTitle = offering.course.title;
        survey.subjectPeriod = offering.startsOn + " – " + offering.endsOn + " (+" + months + ")";
        survey.courseId = offering.course.id;
        survey.offeringId = offering.id;
        survey.organiser = offering.courseManager;
        survey.persist();
        em.flush();
        return survey;
    }

    /**
     * Tells each country's coordinators who has not answered a follow-up after its last reminder, once per
     * invitation, in the coordinator's language; the invitations told of are marked in the same transaction.
     */
    @ActivateRequestContext
    public int escalateDue() {
        Instant now = Instant.now(clock);
        Instant invitedBefore = now.minus(Duration.ofDays(settings.followUpEscalationDays()));
        List<SurveyInvitation> silent = em.createQuery(
                        "select i from SurveyInvitation i join fetch i.survey s where s.level = 'behaviour'"
                                + " and i.escalatedAt is null and i.answeredOn is null and i.closesAt > :now"
                                + " and i.invitedAt <= :before and i.country is not null order by i.id",
                        SurveyInvitation.class)
                .setParameter("now", now)
                .setParameter("before", invitedBefore)
                .setMaxResults(500)
                .getResultList();
        Map<String, List<SurveyInvitation>> groups = new LinkedHashMap<>();
        for (SurveyInvitation i : silent) {
            groups.computeIfAbsent(i.survey.id + "|" + i.country, k -> new ArrayList<>())
                    .add(i);
        }
        int told = 0;
        for (List<SurveyInvitation> group : groups.values()) {
            List<Long> ids = group.stream().map(i -> i.id).toList();
            told += QuarkusTransaction.requiringNew().call(() -> escalate(ids, now));
        }
        return told;
    }

    private int escalate(List<Long> ids, Instant now) {
        InList idsIn = InList.of("ids", ids);
        List<SurveyInvitation> group = InList.bind(
                        em.createQuery(
                                "select i from SurveyInvitation i join fetch i.survey where i.id in " + idsIn
                                        + " and i.escalatedAt is null order by i.id",
                                SurveyInvitation.class),
                        idsIn)
                .getResultList();
        if (group.isEmpty()) {
            return 0;
        }
        Survey survey = group.get(0).survey;
        // Who has not answered, with the bundle's phrase around a supervisor's name, in every language: the
        // coordinator reads the notice in their language of the day.
        List<Silent> silent = new ArrayList<>();
        for (SurveyInvitation i : group) {
            silent.add(
                    i.role == SurveyInvitation.Role.SUPERVISOR
                            ? new Silent(i.name, em.find(Person.class, i.aboutPersonId).name)
                            : new Silent(em.find(Person.class, i.personId).name, null));
        }
        NoticeText.Arg names = NoticeText.Arg.perLanguage(language -> {
            EvaluationMessages msg = EvaluationNotices.messages(language);
            return String.join(
                    "; ",
                    silent.stream()
                            .map(n -> n.officer() == null ? n.name() : msg.escalation_supervisor(n.name(), n.officer()))
                            .toList());
        });
        NoticeText text = NoticeText.in(EvaluationMessages.class)
                .subject("notice_escalation_subject", survey.subjectTitle)
                .body(
                        "notice_escalation_body",
                        survey.subjectTitle,
                        survey.subjectPeriod,
                        EvaluationNotices.closes(group.get(0)),
                        names);
        for (Person coordinator : coordinators.of(group.get(0).country)) {
            notifier.tell(coordinator, "SURVEY_UNANSWERED", text, "/evaluation/surveys/" + survey.id);
        }
        group.forEach(i -> i.escalatedAt = now);
        return group.size();
    }

    /** Someone who has not answered; a supervisor with the officer the survey is about. */
    private record Silent(String name, String officer) {}
}
