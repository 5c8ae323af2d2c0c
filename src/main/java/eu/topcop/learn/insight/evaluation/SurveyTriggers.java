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
        Published instrument = reaction.get();
        return offeringsEnded(instrument)
                + onlineCoursesCompleted(instrument)
                + multiplicationCoursesReported(instrument)
                + exchangesEnded(instrument)
                + networkEventsHeld(instrument);
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

    /** A multiplication course reported: its participants with an account who attended are asked. */
    private int multiplicationCoursesReported(Published instrument) {
        List<Number> due = ids("SELECT m.id FROM multiplication_course m WHERE m.status IN ('REPORTED', 'VALIDATED')"
                + " AND m.reported_at >= :since AND NOT EXISTS (SELECT 1 FROM survey s WHERE s.trigger_key ="
                + " CONCAT('multiplication-reported:', m.id)) ORDER BY m.reported_at, m.id");
        int sent = 0;
        for (Number id : due) {
            sent += opening(() -> {
                Object[] m = (Object[]) em.createNativeQuery("SELECT m.course_id, m.starts_on, m.ends_on, p.username"
                                + " FROM multiplication_course m JOIN person p ON p.id = m.trainer_id WHERE m.id = :m")
                        .setParameter("m", id)
                        .getSingleResult();
                Survey survey = survey(
                        "multiplication-reported:" + id,
                        instrument,
                        Survey.Subject.MULTIPLICATION_COURSE,
                        id.longValue());
                long courseId = ((Number) m[0]).longValue();
                survey.subjectTitle = em.find(Course.class, courseId).title;
                survey.subjectPeriod = m[1] + " – " + m[2];
                survey.courseId = courseId;
                // The trainer who ran it reads its results as an offering's course manager does.
                survey.organiser = (String) m[3];
                survey.persist();
                em.flush();
                return inviteAll(
                        survey,
                        "SELECT person_id FROM multiplication_participant WHERE course_id = :s AND"
                                + " person_id IS NOT NULL AND attended = TRUE ORDER BY person_id",
                        id,
                        SurveyInvitation.Role.PARTICIPANT);
            });
        }
        return sent;
    }

    /**
     * An exchange placement ended: its matched guests are asked (they have accounts), and so are the host-side
     * mentors, through a signed link, when the matching named one with an e-mail.
     */
    private int exchangesEnded(Published instrument) {
        List<Number> due = ids("SELECT o.id FROM exchange_offer o WHERE o.status = 'OPEN' AND o.ends_on < CURDATE()"
                + " AND o.ends_on >= DATE(:since) AND EXISTS (SELECT 1 FROM exchange_application a WHERE a.offer_id ="
                + " o.id AND a.status IN ('MATCHED', 'REPORTED')) AND NOT EXISTS (SELECT 1 FROM survey s WHERE"
                + " s.trigger_key = CONCAT('exchange-ended:', o.id)) ORDER BY o.ends_on, o.id");
        int sent = 0;
        for (Number id : due) {
            sent += opening(() -> {
                Object[] o = (Object[]) em.createNativeQuery("SELECT topic, starts_on, ends_on, published_by, language,"
                                + " host_country FROM exchange_offer WHERE id = :o")
                        .setParameter("o", id)
                        .getSingleResult();
                Survey survey =
                        survey("exchange-ended:" + id, instrument, Survey.Subject.EXCHANGE_PLACEMENT, id.longValue());
                survey.subjectTitle = Map.of("en", (String) o[0]);
                survey.subjectPeriod = o[1] + " – " + o[2];
                survey.organiser = (String) o[3];
                survey.persist();
                em.flush();
                String matched = " FROM exchange_application WHERE offer_id = :s AND status IN ('MATCHED', 'REPORTED')";
                int invited = inviteAll(
                        survey, "SELECT person_id" + matched + " ORDER BY person_id", id, SurveyInvitation.Role.GUEST);
                @SuppressWarnings("unchecked")
                List<Object[]> mentors = em.createNativeQuery("SELECT MIN(mentor), mentor_email" + matched
                                + " AND mentor_email IS NOT NULL GROUP BY mentor_email ORDER BY mentor_email")
                        .setParameter("s", id)
                        .getResultList();
                String language = eu.topcop.learn.platform.i18n.Language.of((String) o[4])
                        .orElse(eu.topcop.learn.platform.i18n.Language.ENGLISH)
                        .code();
                for (Object[] mentor : mentors) {
                    String email = (String) mentor[1];
                    invitations.inviteByLink(
                            survey,
                            "host:"
                                    + java.util.HexFormat.of()
                                            .formatHex(sha256(email))
                                            .substring(0, 32),
                            SurveyInvitation.Role.HOST,
                            mentor[0] == null ? email : (String) mentor[0],
                            email,
                            language,
                            (String) o[5],
                            null);
                }
                return invited + mentors.size();
            });
        }
        return sent;
    }

    /** A network event held: those who attended are asked. */
    private int networkEventsHeld(Published instrument) {
        List<Number> due = ids("SELECT e.id FROM network_event e WHERE e.status = 'SCHEDULED' AND e.ends_at < NOW(3)"
                + " AND e.ends_at >= :since AND NOT EXISTS (SELECT 1 FROM survey s WHERE s.trigger_key ="
                + " CONCAT('network-event:', e.id)) ORDER BY e.ends_at, e.id");
        int sent = 0;
        for (Number id : due) {
            sent += opening(() -> {
                Object[] e = (Object[]) em.createNativeQuery(
                                "SELECT title, DATE(starts_at), organiser FROM network_event WHERE id = :e")
                        .setParameter("e", id)
                        .getSingleResult();
                Survey survey = survey("network-event:" + id, instrument, Survey.Subject.NETWORK_EVENT, id.longValue());
                survey.subjectTitle = Map.of("en", (String) e[0]);
                survey.subjectPeriod = String.valueOf(e[1]);
                survey.organiser = (String) e[2];
                survey.persist();
                em.flush();
                return inviteAll(
                        survey,
                        "SELECT person_id FROM network_event_registration WHERE event_id = :s AND"
                                + " attended = TRUE ORDER BY person_id",
                        id,
                        SurveyInvitation.Role.PARTICIPANT);
            });
        }
        return sent;
    }

    /** The ids a scan finds, from {@code since} (the look-back) on. */
    private List<Number> ids(String sql) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(sql)
                .setParameter("since", Instant.now(clock).minus(java.time.Duration.ofDays(settings.lookbackDays())))
                .setMaxResults(BATCH)
                .getResultList();
        return ids;
    }

    /** Invites everyone whose person id the query lists for the subject {@code :s}. */
    private int inviteAll(Survey survey, String sql, Number subject, SurveyInvitation.Role role) {
        @SuppressWarnings("unchecked")
        List<Number> people =
                em.createNativeQuery(sql).setParameter("s", subject).getResultList();
        for (Number person : people) {
            invitations.invite(survey, em.find(Person.class, person.longValue()), role);
        }
        return people.size();
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Survey survey(String key, Published instrument, Survey.Subject subject, long subjectId) {
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
    int opening(java.util.concurrent.Callable<Integer> work) {
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
