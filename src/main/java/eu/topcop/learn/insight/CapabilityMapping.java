package eu.topcop.learn.insight;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A course manager's statement that a learning outcome, or a whole course, addresses a capability of the needs
 * analysis (at a proficiency level or none), next to what the content declares. Removing it keeps the row with who
 * removed it, when and why: coverage counts live mappings only, and the audit keeps both.
 */
@Entity
@Table(name = "capability_mapping")
public class CapabilityMapping extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The learning outcome mapped, or null when a whole course is. */
    @Column(name = "outcome_id")
    public Long outcomeId;

    /** The course mapped, or null when an outcome is. */
    @Column(name = "course_id")
    public Long courseId;

    @Column(name = "capability_code", nullable = false)
    public String capability;

    @Column(name = "level_code")
    public String level;

    @Column(nullable = false)
    public String reason;

    @Column(name = "added_by", nullable = false)
    public long addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "removed_by")
    public Long removedBy;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "removal_reason")
    public String removalReason;

    public boolean live() {
        return removedAt == null;
    }

    /** Takes the mapping out of coverage; the row stays as the audit of who added and removed it. */
    void remove(long by, Instant at, String why) {
        if (!live()) {
            throw new DomainException.Conflict("Mapping " + id + " was removed already")
                    .because("", InsightMessages.class, "error_mapping_removed");
        }
        removedBy = by;
        removedAt = at;
        removalReason = why;
    }
}
