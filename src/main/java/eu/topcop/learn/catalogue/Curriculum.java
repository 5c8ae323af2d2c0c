package eu.topcop.learn.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A regional curriculum: per crime priority, 3 to 6 months, an ordered path of courses. */
@Entity
@Table(name = "curriculum")
public class Curriculum extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> aims;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_audience", nullable = false)
    public Map<String, String> targetAudience;

    @Column(name = "duration_months", nullable = false)
    public short durationMonths;

    /** Comma-separated language codes. */
    @Column(nullable = false)
    public String languages;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "source_file", nullable = false)
    public String sourceFile;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ManyToMany
    @JoinTable(
            name = "curriculum_priority",
            joinColumns = @JoinColumn(name = "curriculum_id"),
            inverseJoinColumns = @JoinColumn(name = "crime_priority_id"))
    public Set<CrimePriority> priorities = new HashSet<>();

    @OneToMany(mappedBy = "curriculum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<LearningOutcome> outcomes = new ArrayList<>();

    @OneToMany(mappedBy = "curriculum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Course> courses = new ArrayList<>();

    public boolean isUnchanged(String hash) {
        return hash.equals(contentHash);
    }
}
