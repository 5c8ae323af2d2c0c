package eu.topcop.learn.platform.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A side effect waiting to happen outside the database, with the story of its attempts. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    static final int SUMMARY_LENGTH = 300;
    static final int ERROR_LENGTH = 1000;

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String summary;

    public String payload;

    @Column(name = "person_id")
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    static OutboxMessage of(String kind, String summary, String payload, Long personId, Instant now) {
        OutboxMessage message = new OutboxMessage();
        message.kind = kind;
        message.summary = cut(summary, SUMMARY_LENGTH);
        message.payload = payload;
        message.personId = personId;
        message.status = Status.PENDING;
        message.nextAttemptAt = now;
        message.createdAt = now;
        return message;
    }

    /** Delivered: the payload goes, since it may carry secrets (an invitation's temporary password). */
    void delivered(Instant now) {
        attempts++;
        status = Status.DELIVERED;
        deliveredAt = now;
        lastError = null;
        payload = null;
    }

    /**
     * Not delivered this time: the wait before the next attempt doubles from {@code firstWait} up to
     * {@code longestWait}; after {@code maxAttempts} the message is failed, for an administrator to see.
     */
    void attemptFailed(String error, Instant now, Duration firstWait, Duration longestWait, int maxAttempts) {
        attempts++;
        lastError = cut(error == null ? "unknown error" : error, ERROR_LENGTH);
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            return;
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }

    /** An administrator asks for one more attempt now. */
    boolean retry(Instant now) {
        if (status != Status.FAILED) {
            return false;
        }
        status = Status.PENDING;
        nextAttemptAt = now;
        return true;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
