package eu.topcop.learn.insight;

import java.util.ArrayList;
import java.util.List;
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

import eu.topcop.learn.catalogue.CrimePriority;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What officers must be able to do in a crime area, as a round's questionnaire asks about it. */
@Entity
@Table(name = "capability")
public class Capability extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public OtnaRound round;

    @Column(nullable = false)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "crime_priority_id")
    public CrimePriority priority;

    @Column(nullable = false)
    public short position;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> description;

    /** Codes of the round's target groups this capability concerns. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_groups", nullable = false)
    public List<String> targetGroups = new ArrayList<>();

    public static List<Capability> of(OtnaRound round) {
        return list("from Capability c join fetch c.priority where c.round = ?1 order by c.position", round);
    }
}
