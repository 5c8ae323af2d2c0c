package eu.topcop.learn.insight.results;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One act on an operational result, as its audit trail keeps it: never changed, only read. */
@Entity
@Table(name = "operational_result_change")
public class ResultChange extends PanacheEntityBase {

    public enum Action {
        RECORDED,
        EDITED,
        VALIDATED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "result_id", nullable = false)
    public long resultId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    public String reason;

    /** For an edit: each field changed, {before, after}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> changes;

    @Column(name = "by_person", nullable = false)
    public long by;

    @Column(nullable = false)
    public Instant at;

    static ResultChange of(OperationalResult result, Action action, long by, Instant at) {
        ResultChange change = new ResultChange();
        change.resultId = result.id;
        change.action = action;
        change.by = by;
        change.at = at;
        return change;
    }
}
