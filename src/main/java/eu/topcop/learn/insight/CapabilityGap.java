package eu.topcop.learn.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A country's need for one capability and target group: officers to train per proficiency level, urgency. */
@Entity
@Table(name = "capability_gap")
public class CapabilityGap extends PanacheEntityBase {

    public enum Status {
        /** As consolidated; not yet looked at by a course manager. */
        PROPOSED,
        VALIDATED,
        DISCARDED
    }

    public enum Origin {
        ROUND,
        EMERGING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public OtnaRound round;

    @Column(name = "country_code", nullable = false)
    public String country;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "capability_id")
    public Capability capability;

    @Column(name = "target_group", nullable = false)
    public String targetGroup;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> officers = new LinkedHashMap<>();

    @Column(nullable = false)
    public String urgency;

    @Column(nullable = false)
    public BigDecimal relevance;

    @Column(nullable = false)
    public int respondents;

    @Column(nullable = false)
    public int agencies;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PROPOSED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin = Origin.ROUND;

    @Column(name = "consolidated_at", nullable = false)
    public Instant consolidatedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int revision;

    /** A gap a course manager has decided on keeps their decision when the round is consolidated again. */
    boolean decided() {
        return status != Status.PROPOSED;
    }

    /** The figures a decision may change, as the audit trail keeps them. */
    Map<String, Object> figures() {
        return Map.of("officers", new LinkedHashMap<>(officers), "urgency", urgency);
    }

    /**
     * A course manager's decision: validated as it stands, validated with other figures (a reason is needed), or
     * discarded (a reason is needed). Returns the audit record; the caller persists it.
     */
    GapChange decide(
            GapChange.Action action,
            Map<String, Integer> newOfficers,
            String newUrgency,
            String reason,
            long by,
            Instant at) {
        GapChange change = new GapChange();
        change.gap = this;
        change.action = action;
        change.reason = reason;
        change.before = figures();
        switch (action) {
            case VALIDATED -> status = Status.VALIDATED;
            case CHANGED -> {
                officers = new LinkedHashMap<>(newOfficers);
                urgency = newUrgency;
                status = Status.VALIDATED;
            }
            case DISCARDED -> status = Status.DISCARDED;
            case RAISED -> throw new IllegalArgumentException("A gap is raised once, when it is made");
        }
        change.after = figures();
        change.by = by;
        change.at = at;
        updatedAt = at;
        return change;
    }

    void take(Consolidation.Figures figures, Instant at) {
        officers = new LinkedHashMap<>(figures.officers());
        urgency = figures.urgency();
        relevance = figures.relevance();
        respondents = figures.respondents();
        agencies = figures.agencies();
        consolidatedAt = at;
        updatedAt = at;
    }
}
