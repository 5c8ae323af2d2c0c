package eu.topcop.learn.cmi5;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.cmi5.Cmi5Attempts.Attempt;
import eu.topcop.learn.cmi5.Cmi5Attempts.Session;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Sessions that end without {@code terminated} are abandoned (cmi5 9.3.7): found when the learner launches the same AU
 * again, and by this job once a session has been silent for {@code lms.cmi5.session-timeout}. Ending a session is a
 * conditional update, so two nodes running the job state each abandonment once.
 */
@ApplicationScoped
public class Cmi5Sessions {

    private static final Logger LOG = Logger.getLogger(Cmi5Sessions.class);

    @Inject
    Cmi5Attempts attempts;

    @Inject
    Cmi5LmsStatements statements;

    @Inject
    Cmi5Settings settings;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Abandons the attempt's open sessions of the AU (in the caller's transaction, before a new launch). */
    void abandonOpen(Attempt attempt, Cmi5Au au, Instant now) {
        for (Session session : attempts.open(attempt.id(), au.id)) {
            abandon(attempt, au, session, now);
        }
    }

    /** Abandons the sessions silent for longer than the timeout; returns how many. */
    @Transactional
    public int abandonIdle() {
        Instant now = Instant.now(clock);
        List<Session> idle = attempts.idle(now.minus(settings.sessionTimeout()), 500);
        for (Session session : idle) {
            Attempt attempt =
                    attempts.byRegistrationId(session.registrationId()).orElseThrow();
            abandon(attempt, Cmi5Au.findById(session.auId()), session, now);
        }
        return idle.size();
    }

    private void abandon(Attempt attempt, Cmi5Au au, Session session, Instant now) {
        if (attempts.end(session.id(), "abandoned", now)) {
            statements.abandoned(
                    em.find(Person.class, attempt.personId()),
                    attempt,
                    au,
                    session.sessionId(),
                    session.launchedAt(),
                    session.lastAt());
        }
    }

    @Scheduled(
            identity = "cmi5-abandoned-sessions",
            every = "${lms.cmi5.abandon-every:10m}",
            delayed = "90s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void abandonIdleSessions() {
        int abandoned = abandonIdle();
        if (abandoned > 0) {
            LOG.debugf("cmi5: %d idle sessions abandoned", abandoned);
        }
    }
}
