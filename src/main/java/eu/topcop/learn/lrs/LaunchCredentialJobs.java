package eu.topcop.learn.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Expired launch credentials are refused at once (the gate compares the expiry); this job only keeps their table
 * small. Deleting what expired is idempotent, so nodes need not take turns.
 */
@ApplicationScoped
public class LaunchCredentialJobs {

    private static final Logger LOG = Logger.getLogger(LaunchCredentialJobs.class);

    @Inject
    LaunchCredentials credentials;

    @Scheduled(
            identity = "lrs-launch-credential-purge",
            every = "${lms.xapi.launch-credential-purge-every:15m}",
            delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        int purged = credentials.purgeExpired();
        if (purged > 0) {
            LOG.debugf("LRS: %d expired launch credentials purged", purged);
        }
    }
}
