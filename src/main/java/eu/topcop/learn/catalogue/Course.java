package eu.topcop.learn.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A course of a curriculum's path: online modules, a regional training, a train-the-trainer course, ... */
@Entity
@Table(name = "course")
public class Course extends PanacheEntityBase {

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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_type_code")
    public ActivityType activityType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> description;

    @Column(nullable = false)
    public short hours;

    /** The curriculum's and this course's texts in every language, for the catalogue's full-text search. */
    @Column(name = "search_text", nullable = false)
    public String searchText = "";

    /**
     * The feature that placed this course in its curriculum ({@code cmi5}), or null for a course of the curriculum's
     * file: a re-import of the file keeps the placed ones.
     */
    @Column(name = "placed_by")
    public String placedBy;

    @ManyToMany
    @JoinTable(
            name = "course_outcome",
            joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "outcome_id"))
    public Set<LearningOutcome> outcomes = new HashSet<>();

    /** Codes of the online modules of this course, in order (the content feature owns the modules). */
    @ElementCollection
    @CollectionTable(name = "course_module", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    @Column(name = "module_code", nullable = false)
    public List<String> modules = new ArrayList<>();

    /** Every word a reader might search for, in every language the texts have. */
    static String searchText(
            Map<String, String> curriculumTitle,
            Map<String, String> title,
            Map<String, String> description,
            List<String> modules) {
        java.util.StringJoiner text = new java.util.StringJoiner("\n");
        curriculumTitle.values().forEach(text::add);
        title.values().forEach(text::add);
        description.values().forEach(text::add);
        modules.forEach(text::add);
        return text.toString();
    }
}
