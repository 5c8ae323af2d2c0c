package eu.topcop.learn.insight;

import java.time.Instant;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One act on a capability gap, as the audit trail keeps it. */
@Entity
@Table(name = "capability_gap_change")
public class GapChange extends PanacheEntityBase {

    public enum Action {
        RAISED,
        VALIDATED,
        CHANGED,
        DISCARDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gap_id")
    public CapabilityGap gap;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_figures")
    public Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_figures")
    public Map<String, Object> after;

    @Column(name = "by_person", nullable = false)
    public long by;

    @Column(nullable = false)
    public Instant at;
}
