package eu.topcop.learn.platform.privacy;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The audit trail of erasures: when, by which administrator, why, and how many records each feature changed. It
 * names the erased person only by the pseudonym their kept records carry, never by who they were.
 */
@Entity
@Table(name = "privacy_erasure")
public class PrivacyErasure extends PanacheEntityBase {

    /** What became of the person's Keycloak account. */
    public enum Account {
        /** They had none (an officer nominated who never signed in). */
        NONE,
        /** The outbox deletes it (see the outbox page while Keycloak is away). */
        QUEUED,
        /** The LMS does not manage accounts here: an administrator deletes it in Keycloak. */
        BY_HAND
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The pseudonym: random, unique, and what the erased person's kept records now say instead of their name. */
    @Column(nullable = false)
    public String reference;

    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;

    @Column(name = "erased_by", nullable = false)
    public String erasedBy;

    @Column(nullable = false)
    public String reason;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Account account;

    /** Rows deleted or changed, per feature. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> records;
}
