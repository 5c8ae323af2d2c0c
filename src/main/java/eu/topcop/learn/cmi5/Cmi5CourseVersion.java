package eu.topcop.learn.cmi5;

import java.time.Instant;
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

/** One imported, immutable version of a cmi5 course: its structure, its AUs and its package's files. */
@Entity
@Table(name = "cmi5_course_version")
public class Cmi5CourseVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public Cmi5Course course;

    @Column(nullable = false)
    public int version;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** A zip package; false for a bare cmi5.xml whose AUs are all remote. */
    @Column(nullable = false)
    public boolean zipped;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> description;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
