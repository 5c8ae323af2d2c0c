package eu.topcop.learn.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.jobs.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/** Retries what the outbox could not deliver right after its commit, and forgets old deliveries. */
@ApplicationScoped
public class OutboxJobs {

    static final String LOCK = "topcop.outbox";

    private static final Logger LOG = Logger.getLogger(OutboxJobs.class);

    @Inject
    ClusterLock locks;

    @Inject
    Outbox outbox;

    @Scheduled(
            identity = "outbox",
            every = "${lms.outbox.every:30s}",
            delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        locks.runExclusively(LOCK, () -> {
            int delivered = outbox.deliverDue();
            int purged = outbox.purgeDelivered();
            if (delivered > 0 || purged > 0) {
                LOG.infof("Outbox: %d delivered on retry, %d old deliveries forgotten", delivered, purged);
            }
        });
    }
}
