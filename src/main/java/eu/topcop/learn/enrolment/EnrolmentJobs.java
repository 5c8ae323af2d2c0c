package eu.topcop.learn.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.jobs.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Enrolment's clockwork: lapsed offers pass to the next person, and passed gate deadlines release seats.
 * Every node schedules it; the cluster lock lets one node at a time do it, and each step is itself safe to
 * repeat.
 */
@ApplicationScoped
public class EnrolmentJobs {

    static final String LOCK = "topcop.enrolment-jobs";

    private static final Logger LOG = Logger.getLogger(EnrolmentJobs.class);

    @Inject
    ClusterLock locks;

    @Inject
    EnrolmentService enrolment;

    @Inject
    OnlinePhaseGate gate;

    @Inject
    AccountProvisioning accounts;

    @org.eclipse.microprofile.config.inject.ConfigProperty(
            name = "lms.enrolment.gate-reminder-days",
            defaultValue = "7")
    int reminderDays;

    @Scheduled(
            identity = "enrolment-jobs",
            every = "${lms.enrolment.jobs-every:60s}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        boolean ran = locks.runExclusively(LOCK, () -> {
            int lapsed = enrolment.expireOffers();
            int released = gate.releaseDue();
            gate.remindDue(reminderDays);
            accounts.provisionPending();
            if (lapsed + released > 0) {
                LOG.infof("Enrolment jobs: %d offers lapsed, %d seats released at the gate", lapsed, released);
            }
        });
        if (!ran) {
            LOG.debug("Enrolment jobs run on another node now");
        }
    }
}
