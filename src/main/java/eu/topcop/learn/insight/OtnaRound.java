package eu.topcop.learn.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.topcop.learn.catalogue.CrimePriority;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An operational training needs analysis round: which crime priorities and countries it covers, the scales its
 * questionnaire uses (they differ between rounds, so they are the round's data), and where it stands.
 */
@Entity
@Table(name = "otna_round")
public class OtnaRound extends PanacheEntityBase {

    /** Answers are collected, then consolidated into gaps, which experts validate; a closed round is history. */
    public enum Status {
        COLLECTING,
        CONSOLIDATED,
        VALIDATED,
        CLOSED
    }

    /** One step of an ordered scale, or a target group: a code for files and the API, labels for people. */
    public record Level(String code, Map<String, String> labels) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public short year;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.COLLECTING;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proficiency_scale", nullable = false)
    public List<Level> proficiencyScale = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "urgency_scale", nullable = false)
    public List<Level> urgencyScale = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_groups", nullable = false)
    public List<Level> targetGroups = new ArrayList<>();

    @Column(nullable = false)
    public boolean fictitious;

    @ManyToMany
    @JoinTable(
            name = "otna_round_priority",
            joinColumns = @JoinColumn(name = "round_id"),
            inverseJoinColumns = @JoinColumn(name = "crime_priority_id"))
    public Set<CrimePriority> priorities = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "otna_round_country", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "country_code", nullable = false)
    public Set<String> countries = new HashSet<>();

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int revision;

    public static Optional<OtnaRound> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Answers may come in until the gaps are validated; consolidating again takes the new ones in. */
    public void checkAcceptsAnswers() {
        checkAnswersOpen("refused_closed");
    }

    /** The answers are consolidated (again) until the gaps are validated. */
    public void checkConsolidates() {
        checkAnswersOpen("refused_consolidation");
    }

    private void checkAnswersOpen(String reason) {
        if (status == Status.VALIDATED || status == Status.CLOSED) {
            throw new DomainException.Conflict("Round " + code + " is "
                            + status.name().toLowerCase() + ": its answers can no longer change")
                    .because("", InsightMessages.class, reason);
        }
    }

    public void consolidated(Instant at) {
        checkConsolidates();
        status = Status.CONSOLIDATED;
        updatedAt = at;
    }

    /** Experts have looked at every gap: the round's figures stand, and answers no longer change them. */
    public void validated(long undecidedGaps, Instant at) {
        if (status != Status.CONSOLIDATED) {
            throw new DomainException.Conflict("Round " + code + " is "
                            + status.name().toLowerCase() + ": only a consolidated round is validated")
                    .because("", InsightMessages.class, "refused_validation");
        }
        if (undecidedGaps > 0) {
            throw new DomainException.Conflict(
                            undecidedGaps + " gaps of round " + code + " are neither validated nor discarded yet")
                    .because("", InsightMessages.class, "refused_validation");
        }
        status = Status.VALIDATED;
        updatedAt = at;
    }

    /** The round is history: a newer round measures the needs now. */
    public void closed(Instant at) {
        if (status != Status.VALIDATED) {
            throw new DomainException.Conflict("Round " + code + " is "
                            + status.name().toLowerCase() + ": only a validated round is closed")
                    .because("", InsightMessages.class, "refused_closure");
        }
        status = Status.CLOSED;
        updatedAt = at;
    }

    /** The position of a level on the proficiency scale, or -1. */
    public int proficiencyRank(String level) {
        return rank(proficiencyScale, level);
    }

    /** The position of a level on the urgency scale (least urgent first), or -1. */
    public int urgencyRank(String level) {
        return rank(urgencyScale, level);
    }

    public boolean hasTargetGroup(String group) {
        return rank(targetGroups, group) >= 0;
    }

    private static int rank(List<Level> scale, String code) {
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
