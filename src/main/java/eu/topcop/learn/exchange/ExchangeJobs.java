package eu.topcop.learn.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.jobs.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/** The exchange programme's follow-up: reminders of commitments to share, once, on one node at a time. */
@ApplicationScoped
public class ExchangeJobs {

    static final String LOCK = "topcop.exchange-jobs";

    private static final Logger LOG = Logger.getLogger(ExchangeJobs.class);

    @Inject
    ClusterLock locks;

    @Inject
    ExchangeService exchange;

    @Scheduled(
            identity = "exchange-jobs",
            every = "${lms.exchange.jobs-every:1h}",
            delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        locks.runExclusively(LOCK, () -> {
            int reminded = exchange.remindSharing();
            if (reminded > 0) {
                LOG.infof("Exchange jobs: %d guests reminded to record how they shared what they learned", reminded);
            }
        });
    }
}
