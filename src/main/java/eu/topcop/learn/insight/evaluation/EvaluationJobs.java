package eu.topcop.learn.insight.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.jobs.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Evaluation's clockwork: due surveys are sent and unanswered invitations reminded. Every node schedules it; the
 * cluster lock lets one node at a time do it, and each step is itself safe to repeat (see SurveyTriggers).
 */
@ApplicationScoped
public class EvaluationJobs {

    static final String LOCK = "topcop.evaluation-jobs";

    private static final Logger LOG = Logger.getLogger(EvaluationJobs.class);

    @Inject
    ClusterLock locks;

    @Inject
    SurveyTriggers triggers;

    @Inject
    SurveyInvitations invitations;

    @Inject
    FollowUps followUps;

    @Scheduled(
            identity = "evaluation-jobs",
            every = "${lms.evaluation.jobs-every:60s}",
            delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        runOnce();
    }

    /** One pass; false when another node holds the lock. */
    public boolean runOnce() {
        return locks.runExclusively(LOCK, () -> {
            int invited = triggers.fireDue() + followUps.fireDue();
            int reminded = invitations.remindDue();
            int escalated = followUps.escalateDue();
            if (invited + reminded + escalated > 0) {
                LOG.infof(
                        "Evaluation jobs: %d invited, %d reminded, %d told to coordinators",
                        invited, reminded, escalated);
            }
        });
    }
}
