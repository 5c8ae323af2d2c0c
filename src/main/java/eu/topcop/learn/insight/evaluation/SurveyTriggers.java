package eu.topcop.learn.insight.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.content.SurveyInstruments;
import eu.topcop.learn.content.SurveyInstruments.Published;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

/**
 * Sends the surveys that are due: a reaction survey to the participants of every offering that ended, and to
 * everyone who completed an online course (one survey per course and quarter, so that a report has enough
 * respondents to show). Each survey is opened in a transaction of its own; its unique trigger key makes a second
 * node's attempt fail harmlessly, and the scans skip what was sent, so running the job again sends nothing twice.
 */
@ApplicationScoped
public class SurveyTriggers {

    private static final Logger LOG = Logger.getLogger(SurveyTriggers.class);
    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    SurveyInstruments instruments;

    @Inject
    SurveyInvitations invitations;

    @Inject
    EvaluationSettings settings;

    @Inject
    Clock clock;

    /** Fires every due trigger; returns the number of invitations sent. */
    @ActivateRequestContext
    public int fireDue() {
        Optional<Published> reaction = instruments.current(settings.reactionInstrument());
        if (reaction.isEmpty()) {
            LOG.warnf("No survey instrument '%s' is published: reaction surveys wait", settings.reactionInstrument());
            return 0;
        }
        return offeringsEnded(reaction.get()) + onlineCoursesCompleted(reaction.get());
    }

    static String offeringKey(long offeringId) {
        return "offering-ended:" + offeringId;
    }

    static String onlineCourseKey(long courseId, LocalDate completedOn) {
        return "online-course:" + courseId + ":" + quarter(completedOn);
    }

    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private int offeringsEnded(Published instrument) {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT o.id FROM offering o WHERE o.status = 'SCHEDULED'"
                        + " AND o.ends_on < :today AND o.ends_on >= :since AND NOT EXISTS (SELECT 1 FROM survey s"
                        + " WHERE s.trigger_key = CONCAT('offering-ended:', o.id)) ORDER BY o.ends_on, o.id")
                .setParameter("today", today)
                .setParameter("since", today.minusDays(settings.lookbackDays()))
                .setMaxResults(BATCH)
                .getResultList();
        int sent = 0;
        for (Number id : due) {
            sent += opening(() -> openForOffering(id.longValue(), instrument));
        }
        return sent;
    }

    private int openForOffering(long offeringId, Published instrument) {
        Offering offering = em.find(Offering.class, offeringId);
        Survey survey = survey(offeringKey(offeringId), instrument, Survey.Subject.OFFERING, offeringId);
        survey.subjectTitle = offering.course.title;
        survey.subjectPeriod = offering.startsOn + " – " + offering.endsOn;
        survey.courseId = offering.course.id;
        survey.offeringId = offeringId;
        survey.organiser = offering.courseManager;
        survey.persist();
        em.flush();
        // The participants are those holding an approved place when the offering ended.
        @SuppressWarnings("unchecked")
        List<Person> participants = em.createQuery(
                        "select p from Application a join a.person p where a.offering.id = :o and a.status = 'APPROVED'"
                                + " order by p.id")
                .setParameter("o", offeringId)
                .getResultList();
        participants.forEach(p -> invitations.invite(survey, p, SurveyInvitation.Role.PARTICIPANT));
        return participants.size();
    }

    private int onlineCoursesCompleted(Published instrument) {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT c.person_id, c.course_id, c.completed_on FROM"
                        + " course_completion c JOIN course k ON k.id = c.course_id JOIN activity_type t ON t.code ="
                        + " k.activity_type_code AND t.online WHERE c.offering_id IS NULL AND c.completed_on >= :since"
                        + " AND NOT EXISTS"
                        + " (SELECT 1 FROM survey s JOIN survey_invitation i ON i.survey_id = s.id WHERE s.trigger_key ="
                        + " CONCAT('online-course:', c.course_id, ':', YEAR(c.completed_on), '-Q',"
                        + " QUARTER(c.completed_on)) AND i.invitee_key = CONCAT('person:', c.person_id))"
                        + " ORDER BY c.completed_on, c.id")
                .setParameter("since", today.minusDays(settings.lookbackDays()))
                .setMaxResults(BATCH)
                .getResultList();
        int sent = 0;
        for (Object[] row : due) {
            long personId = ((Number) row[0]).longValue();
            long courseId = ((Number) row[1]).longValue();
            LocalDate completedOn = row[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[2];
            sent += opening(() -> inviteToOnlineCourse(personId, courseId, completedOn, instrument));
        }
        return sent;
    }

    private int inviteToOnlineCourse(long personId, long courseId, LocalDate completedOn, Published instrument) {
        String key = onlineCourseKey(courseId, completedOn);
        Survey survey = Survey.<Survey>find("triggerKey", key).firstResult();
        if (survey == null) {
            Course course = em.find(Course.class, courseId);
            survey = survey(key, instrument, Survey.Subject.ONLINE_COURSE, courseId);
            survey.subjectTitle = course.title;
            survey.subjectPeriod = quarter(completedOn);
            survey.courseId = courseId;
            survey.persist();
            em.flush();
        }
        invitations.invite(survey, em.find(Person.class, personId), SurveyInvitation.Role.PARTICIPANT);
        return 1;
    }

    private Survey survey(String key, Published instrument, Survey.Subject subject, long subjectId) {
        Survey survey = new Survey();
        survey.triggerKey = key;
        survey.instrumentVersionId = instrument.versionId();
        survey.level = instrument.instrument().level();
        survey.subject = subject;
        survey.subjectId = subjectId;
        survey.subjectTitle = Map.of();
        survey.anonymous = instrument.instrument().anonymous();
        survey.createdAt = Instant.now(clock);
        return survey;
    }

    /**
     * Opens one survey or invitation in its own transaction; another node that got there first is no error, and
     * any other failure is logged and left for the next run.
     */
    private int opening(java.util.concurrent.Callable<Integer> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException e) {
            LOG.debugf("A survey trigger was fired elsewhere first: %s", e.getMessage());
            return 0;
        } catch (RuntimeException e) {
            // One survey that cannot be sent must not hold up the others; it is tried again at the next run.
            LOG.errorf(e, "A survey could not be sent; it is retried at the next run");
            return 0;
        }
    }
}
