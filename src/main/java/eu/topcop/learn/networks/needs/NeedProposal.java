package eu.topcop.learn.networks.needs;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An emerging training need a network proposes: what a published library document or a discussion's conclusion
 * shows officers must learn, for a crime priority and a country when the proposer names them. A course manager
 * links it to the OTNA capability gap it adds to, or declines it with a note; either way once.
 */
@Entity
@Table(name = "need_proposal")
public class NeedProposal extends PanacheEntityBase {

    public enum Status {
        NEW,
        LINKED,
        DECLINED
    }

    /** Column limits, for the edge's checks. */
    public static final int NEED = 2000;

    public static final int NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id")
    public Long documentId;

    @Column(name = "thread_id")
    public Long threadId;

    @Column(name = "proposed_by", nullable = false)
    public Long proposedBy;

    @Column(nullable = false)
    public String need;

    @Column(name = "crime_priority_id")
    public Long priorityId;

    @Column(name = "country_code")
    public String country;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.NEW;

    @Column(name = "capability_gap_id")
    public Long gapId;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String note;

    @Version
    public int revision;

    /** The manager's decision that it adds to this gap. */
    public void link(long gap, long by, String note, Instant at) {
        undecided();
        this.status = Status.LINKED;
        this.gapId = gap;
        decided(by, note, at);
    }

    /** The manager's decision that no gap needs it, with the reason the proposer reads. */
    public void decline(long by, String note, Instant at) {
        undecided();
        this.status = Status.DECLINED;
        decided(by, note, at);
    }

    private void undecided() {
        // A decision is final: a second manager acting on the same stale list must not overwrite the first.
        if (status != Status.NEW) {
            throw new DomainException.Conflict("This proposal was decided already");
        }
    }

    private void decided(long by, String note, Instant at) {
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = note;
    }
}
