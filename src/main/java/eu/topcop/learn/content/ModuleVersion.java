package eu.topcop.learn.content;

import java.time.Instant;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One published, immutable version of a module: what a learner who starts it will read to the end. */
@Entity
@Table(name = "module_version")
public class ModuleVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    public ContentModule module;

    @Column(nullable = false)
    public int version;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> summary;

    @Column(name = "estimated_minutes", nullable = false)
    public short estimatedMinutes;

    /** Languages in which every lesson is translated, comma-separated. */
    @Column(nullable = false)
    public String languages;

    @Column(name = "crime_priorities", nullable = false)
    public String crimePriorities;

    @Column(nullable = false)
    public String outcomes;

    /** Links and files: [{title: {en: ...}, url: ...} | {title: ..., file: ...}]. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Map<String, Object>> material;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
