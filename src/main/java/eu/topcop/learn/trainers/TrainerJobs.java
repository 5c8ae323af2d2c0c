package eu.topcop.learn.trainers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.jobs.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * The trainers' clockwork: certifications that expired take the trainer role with them, and Keycloak is told
 * what it could not be told before. One node at a time (cluster lock); every step is safe to repeat.
 */
@ApplicationScoped
public class TrainerJobs {

    static final String LOCK = "topcop.trainer-jobs";

    private static final Logger LOG = Logger.getLogger(TrainerJobs.class);

    @Inject
    ClusterLock locks;

    @Inject
    TrainerRoles roles;

    @Scheduled(
            identity = "trainer-jobs",
            every = "${lms.trainers.jobs-every:10m}",
            delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        locks.runExclusively(LOCK, () -> {
            int expired = roles.expireDue();
            roles.syncPending();
            if (expired > 0) {
                LOG.infof("Trainer jobs: %d trainers lost the trainer role with their last certification", expired);
            }
        });
    }
}
