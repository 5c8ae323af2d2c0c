package eu.topcop.learn.catalogue;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** What a participant can do after a curriculum; training-needs gaps are mapped to outcomes. */
@Entity
@Table(name = "learning_outcome")
public class LearningOutcome extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "curriculum_id")
    public Curriculum curriculum;

    @Column(nullable = false)
    public short position;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> text;

    /**
     * The needs analysis's capabilities this outcome addresses, as the content declares them, each with the
     * proficiency level it trains to when the content says.
     */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(
            name = "learning_outcome_capability",
            joinColumns = @JoinColumn(name = "outcome_id"))
    public java.util.Set<Addressed> capabilities = new java.util.HashSet<>();

    /** A capability code and, when the content names one, the proficiency level code (else null). */
    @jakarta.persistence.Embeddable
    public record Addressed(
            @Column(name = "capability_code", nullable = false)
            String code,

            @Column(name = "level_code") String level) {}

    /**
     * Takes the capabilities the content now declares. The set is replaced, not edited, when it changes: the
     * collection is then deleted by outcome and written again, which a nullable level column needs (a row with a
     * null level cannot be deleted by its values).
     */
    public void address(java.util.Collection<CurriculumDraft.CapabilityRef> declared) {
        java.util.Set<Addressed> now = new java.util.HashSet<>();
        declared.forEach(c -> now.add(new Addressed(c.code(), c.level())));
        if (!now.equals(new java.util.HashSet<>(capabilities))) {
            capabilities = now;
        }
    }
}
