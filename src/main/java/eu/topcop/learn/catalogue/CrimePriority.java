package eu.topcop.learn.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A crime priority: either an EU EMPACT priority of one cycle, or one of the training portfolio's own
 * priorities, which name the EMPACT priorities they serve. Data, never an enum: each cycle brings new ones.
 */
@Entity
@Table(name = "crime_priority")
public class CrimePriority extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cycle_id")
    public EmpactCycle cycle;

    @Column(nullable = false)
    public boolean portfolio;

    @Column(name = "horizontal_goal", nullable = false)
    public boolean horizontalGoal;

    @Column(nullable = false)
    public short position;

    /** Name per language code; English is always there and is the fallback. */
    @ElementCollection
    @CollectionTable(name = "crime_priority_translation", joinColumns = @JoinColumn(name = "crime_priority_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "name", nullable = false)
    public Map<String, String> names = new HashMap<>();

    /** For a portfolio priority: the EMPACT priorities (of any cycle) it serves. */
    @ManyToMany
    @JoinTable(
            name = "crime_priority_link",
            joinColumns = @JoinColumn(name = "portfolio_priority_id"),
            inverseJoinColumns = @JoinColumn(name = "empact_priority_id"))
    public Set<CrimePriority> serves = new HashSet<>();
}
