package eu.topcop.learn.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The transactional outbox. A change that must reach another system (a mail, a Keycloak account) enqueues a
 * message in its own transaction, so that the message exists exactly when the change does. Right after the commit
 * the message is delivered; what fails is retried by {@link OutboxJobs} with growing waits, and after the last
 * attempt it is failed and shown to administrators, who may ask for another attempt. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so that several nodes and the after-commit delivery never deliver one message
 * twice at the same time.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final int BATCH = 50;

    /** A message was written; deliver it once its transaction has committed. */
    record Enqueued(long id) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Enqueued> enqueued;

    @Inject
    @Any
    Instance<OutboxHandler> handlerBeans;

    @ConfigProperty(name = "lms.outbox.first-wait", defaultValue = "1m")
    Duration firstWait;

    @ConfigProperty(name = "lms.outbox.longest-wait", defaultValue = "6h")
    Duration longestWait;

    @ConfigProperty(name = "lms.outbox.max-attempts", defaultValue = "12")
    int maxAttempts;

    @ConfigProperty(name = "lms.outbox.keep-delivered", defaultValue = "30d")
    Duration keepDelivered;

    private volatile Map<String, OutboxHandler> handlers;

    /**
     * Writes a message in the caller's transaction (or a transaction of its own when there is none).
     *
     * @param kind the {@link OutboxHandler#kind()} that delivers it
     * @param summary what an administrator sees of it (no secrets)
     * @param payload what the handler needs, as JSON
     * @param personId whose personal data it carries, if anyone's, so that erasure finds it
     */
    @Transactional
    public long enqueue(String kind, String summary, String payload, Long personId) {
        OutboxMessage message = OutboxMessage.of(kind, summary, payload, personId, Instant.now(clock));
        message.persist();
        enqueued.fire(new Enqueued(message.id));
        return message.id;
    }

    /** Like {@link #enqueue(String, String, String, Long)}, with the kind as summary. */
    @Transactional
    public long enqueue(String kind, String payload, Long personId) {
        return enqueue(kind, kind, payload, personId);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Enqueued message) {
        try {
            deliver(message.id());
        } catch (RuntimeException e) {
            // The message is safe in the table; the job tries again.
            LOG.warnf(e, "Outbox message %d not delivered after its commit; the outbox job will retry", message.id());
        }
    }

    /**
     * Delivers every message that is due, oldest due first, each in a transaction of its own.
     *
     * @return how many were delivered
     */
    public int deliverDue() {
        int delivered = 0;
        List<Long> due;
        do {
            Instant now = Instant.now(clock);
            due = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery(
                                    "select m.id from OutboxMessage m where m.status = :pending"
                                            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id",
                                    Long.class)
                            .setParameter("pending", OutboxMessage.Status.PENDING)
                            .setParameter("now", now)
                            .setMaxResults(BATCH)
                            .getResultList());
            int before = delivered;
            for (long id : due) {
                if (deliver(id)) {
                    delivered++;
                }
            }
            // A batch in which nothing could be delivered waits for the next run rather than spinning.
            if (delivered == before) {
                break;
            }
        } while (due.size() == BATCH);
        return delivered;
    }

    /**
     * One attempt to deliver a pending message, unless another node or thread holds it right now.
     *
     * @return true if it was delivered by this call
     */
    public boolean deliver(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean claimed = !em.createNativeQuery("SELECT id FROM outbox_message WHERE id = :id"
                            + " AND status = 'PENDING' FOR UPDATE SKIP LOCKED")
                    .setParameter("id", id)
                    .getResultList()
                    .isEmpty();
            if (!claimed) {
                return false;
            }
            OutboxMessage message = em.find(OutboxMessage.class, id);
            OutboxHandler handler = handlers().get(message.kind);
            String payload = message.payload;
            try {
                if (handler == null) {
                    throw new IllegalStateException("No handler for outbox messages of kind " + message.kind);
                }
                // Outside this transaction (which keeps the row claimed), so that a handler that fails inside a
                // transaction of its own cannot make this one roll back and lose the record of the attempt.
                QuarkusTransaction.suspendingExisting().call(() -> {
                    handler.deliver(payload);
                    return null;
                });
            } catch (RuntimeException e) {
                Throwable cause =
                        e instanceof io.quarkus.narayana.jta.QuarkusTransactionException && e.getCause() != null
                                ? e.getCause()
                                : e;
                message.attemptFailed(
                        cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                        Instant.now(clock),
                        firstWait,
                        longestWait,
                        maxAttempts);
                LOG.warnf(
                        "Outbox message %d (%s) not delivered, attempt %d: %s",
                        id, message.kind, message.attempts, message.lastError);
                return false;
            }
            message.delivered(Instant.now(clock));
            return true;
        });
    }

    /** An administrator asks for one more attempt at a failed message, now. */
    public boolean retry(long id) {
        boolean retried = QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage message = em.find(OutboxMessage.class, id);
            return message != null && message.retry(Instant.now(clock));
        });
        if (retried) {
            deliver(id);
        }
        return retried;
    }

    /** Delivered messages past their keeping time go; failed ones stay until an administrator acts. */
    public int purgeDelivered() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("DELETE FROM outbox_message WHERE status = 'DELIVERED'"
                                + " AND delivered_at < :before LIMIT 1000")
                        .setParameter("before", Instant.now(clock).minus(keepDelivered))
                        .executeUpdate());
    }

    /** The messages an administrator should see: failed ones first, then those still waiting, newest first. */
    public List<OutboxMessage> undelivered(int limit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "from OutboxMessage m where m.status <> :delivered"
                                        + " order by case when m.status = :failed then 0 else 1 end, m.id desc",
                                OutboxMessage.class)
                        .setParameter("delivered", OutboxMessage.Status.DELIVERED)
                        .setParameter("failed", OutboxMessage.Status.FAILED)
                        .setMaxResults(limit)
                        .getResultList());
    }

    /** How many messages are in each state, for the administrators' page and the metrics. */
    public Map<OutboxMessage.Status, Long> counts() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createQuery("select m.status, count(m) from OutboxMessage m group by m.status", Object[].class)
                        .getResultList()
                        .stream()
                        .collect(Collectors.toMap(r -> (OutboxMessage.Status) r[0], r -> (Long) r[1])));
    }

    /** Erasure of a person: the messages that carry their data go, whatever their state (in the caller's tx). */
    @Transactional
    public int forget(long personId) {
        return em.createQuery("delete from OutboxMessage m where m.personId = :p")
                .setParameter("p", personId)
                .executeUpdate();
    }

    private Map<String, OutboxHandler> handlers() {
        if (handlers == null) {
            handlers = handlerBeans.stream().collect(Collectors.toMap(OutboxHandler::kind, Function.identity()));
        }
        return handlers;
    }
}
