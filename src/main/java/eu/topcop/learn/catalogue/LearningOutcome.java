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

    /** Codes of the needs analysis's capabilities this outcome addresses, as the content declares them. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(
            name = "learning_outcome_capability",
            joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "capability_code", nullable = false)
    public java.util.Set<String> capabilities = new java.util.HashSet<>();
}
