package eu.topcop.learn.insight.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An operational result of a country, with the officers who took part. Its state machine: proposed by an officer,
 * then validated or rejected (with a reason) by the country's coordinator or a course manager; recorded by a
 * coordinator or a manager, it is validated at once. Each act returns the audit record the caller persists.
 */
@Entity
@Table(name = "operational_result")
public class OperationalResult extends PanacheEntityBase {

    public enum Status {
        PROPOSED,
        VALIDATED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResultKind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "country_code", nullable = false)
    public String country;

    @Column(name = "crime_priority_id", nullable = false)
    public long priorityId;

    @Column(name = "empact_priority_id")
    public Long empactPriorityId;

    @Column(name = "oap_action_code")
    public String oapActionCode;

    @Column(nullable = false)
    public String description;

    @Column(name = "evidence_reference", nullable = false)
    public String evidenceReference;

    /** Arrests or cases; the column is {@code quantity} because COUNT is an SQL function. */
    @Column(name = "quantity")
    public Integer count;

    @Column(name = "amount_eur", precision = 15, scale = 2)
    public BigDecimal amountEur;

    @Column(nullable = false)
    public boolean restricted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PROPOSED;

    @ElementCollection
    @CollectionTable(name = "operational_result_officer", joinColumns = @JoinColumn(name = "result_id"))
    @Column(name = "person_id", nullable = false)
    public Set<Long> officers = new LinkedHashSet<>();

    @Column(name = "recorded_by", nullable = false)
    public long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int revision;

    /** What a result says, checked by {@link ResultService} before it reaches the entity. */
    record Facts(
            ResultKind kind,
            LocalDate day,
            String country,
            long priorityId,
            Long empactPriorityId,
            String oapActionCode,
            String description,
            String evidenceReference,
            Integer count,
            BigDecimal amountEur,
            boolean restricted,
            Set<Long> officers) {}

    /** A new result: proposed, or validated at once when its recorder may validate it. */
    static OperationalResult record(Facts facts, long by, boolean validatedAtOnce, Instant at) {
        OperationalResult result = new OperationalResult();
        result.take(facts);
        result.recordedBy = by;
        result.recordedAt = at;
        result.updatedAt = at;
        if (validatedAtOnce) {
            result.status = Status.VALIDATED;
            result.decidedBy = by;
            result.decidedAt = at;
        }
        return result;
    }

    /**
     * The audit records of the recording, made once the result has its id: RECORDED, and VALIDATED beside it when
     * its recorder validated it as they recorded it.
     */
    List<ResultChange> recorded() {
        ResultChange recorded = ResultChange.of(this, ResultChange.Action.RECORDED, recordedBy, recordedAt);
        return status == Status.VALIDATED
                ? List.of(recorded, ResultChange.of(this, ResultChange.Action.VALIDATED, recordedBy, recordedAt))
                : List.of(recorded);
    }

    /**
     * An edit: the facts replaced, and each field that changed kept with its value before and after. An edit that
     * changes nothing is no edit (empty).
     */
    java.util.Optional<ResultChange> edit(Facts facts, long by, Instant at) {
        Map<String, Object> before = snapshot();
        take(facts);
        Map<String, Object> after = snapshot();
        Map<String, Object> changed = new LinkedHashMap<>();
        before.forEach((field, old) -> {
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("before", old);
                pair.put("after", now);
                changed.put(field, pair);
            }
        });
        if (changed.isEmpty()) {
            return java.util.Optional.empty();
        }
        updatedAt = at;
        ResultChange change = ResultChange.of(this, ResultChange.Action.EDITED, by, at);
        change.changes = changed;
        return java.util.Optional.of(change);
    }

    /** The coordinator's (or a manager's) decision on a proposal; a rejection needs a reason. */
    ResultChange decide(boolean validate, String reason, long by, Instant at) {
        if (status != Status.PROPOSED) {
            throw new DomainException.Conflict(
                            "Result " + id + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                                    + " already: only a proposed result is validated or rejected")
                    .because("", ResultsMessages.class, "error_state");
        }
        if (!validate && (reason == null || reason.isBlank())) {
            throw new DomainException.RuleViolation("reason", "Say why the result is rejected")
                    .because("reason", ResultsMessages.class, "error_reason");
        }
        status = validate ? Status.VALIDATED : Status.REJECTED;
        rejectionReason = validate ? null : reason.strip();
        decidedBy = by;
        decidedAt = at;
        updatedAt = at;
        ResultChange change =
                ResultChange.of(this, validate ? ResultChange.Action.VALIDATED : ResultChange.Action.REJECTED, by, at);
        change.reason = validate || reason == null ? null : reason.strip();
        return change;
    }

    private void take(Facts facts) {
        kind = facts.kind();
        occurredOn = facts.day();
        country = facts.country();
        priorityId = facts.priorityId();
        empactPriorityId = facts.empactPriorityId();
        oapActionCode = facts.oapActionCode();
        description = facts.description();
        evidenceReference = facts.evidenceReference();
        count = facts.count();
        amountEur = facts.amountEur();
        restricted = facts.restricted();
        officers.retainAll(facts.officers());
        officers.addAll(facts.officers());
    }

    /** The fields an edit may change, as the audit trail keeps them (ids for priorities and officers). */
    private Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", kind.name());
        values.put("date", occurredOn.toString());
        values.put("priority", priorityId);
        values.put("empactPriority", empactPriorityId);
        values.put("oapActionCode", oapActionCode);
        values.put("description", description);
        values.put("evidenceReference", evidenceReference);
        values.put("count", count);
        values.put("amountEur", amountEur == null ? null : amountEur.toPlainString());
        values.put("restricted", restricted);
        values.put("officers", List.copyOf(new java.util.TreeSet<>(officers)));
        return values;
    }
}
