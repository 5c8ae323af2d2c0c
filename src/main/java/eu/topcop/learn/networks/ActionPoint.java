package eu.topcop.learn.networks;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A conclusion of a meeting or a discussion as something to do: who does it, by when, and whether it is done. */
@Entity
@Table(name = "network_action_point")
public class ActionPoint extends PanacheEntityBase {

    public enum Status {
        OPEN,
        DONE,
        DROPPED
    }

    /** Column limits, for the edge's checks. */
    public static final int TITLE = 300;

    public static final int DETAILS = 4000;

    public static final int SOURCE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "network_id", nullable = false)
    public Long networkId;

    @Column(nullable = false)
    public String title;

    public String details;

    public String source;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(name = "created_by", nullable = false)
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Version
    public int revision;

    /** Closes or reopens it; an open point can be reminded again if its day moved. */
    public void move(Status to, Instant now) {
        status = to;
        closedAt = to == Status.OPEN ? null : now;
        updatedAt = now;
    }
}
