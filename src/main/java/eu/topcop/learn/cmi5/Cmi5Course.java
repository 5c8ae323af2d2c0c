package eu.topcop.learn.cmi5;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A cmi5 course, known by the IRI of its cmi5.xml: its content lives in immutable versions, the current of which a
 * learner who starts now gets, while one who started earlier keeps theirs.
 */
@Entity
@Table(name = "cmi5_course")
public class Cmi5Course extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@code cmi5-} and the start of the IRI's hash: the catalogue's course and module code. */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String iri;

    @Column(name = "iri_hash", nullable = false, unique = true)
    public String iriHash;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "curriculum_code", nullable = false)
    public String curriculumCode;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The next version number, which becomes the current one as its content is stored. */
    int publishNewVersion(Instant at) {
        currentVersion++;
        updatedAt = at;
        return currentVersion;
    }
}
