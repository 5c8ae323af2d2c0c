package eu.topcop.learn.content;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of the importer: its progress while it runs, its report afterwards. */
@Entity
@Table(name = "content_import")
public class ContentImport extends PanacheEntityBase {

    public enum Status {
        RUNNING,
        FINISHED,
        FAILED
    }

    /** What happened to one module or curriculum. */
    public record Entry(String kind, String code, String outcome, Integer version, List<String> problems) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    /** The content directory's hash, for an import at start-up (ContentStartup); none for others. */
    @Column(name = "content_hash", length = 64)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int published;

    @Column(nullable = false)
    public int unchanged;

    @Column(nullable = false)
    public int refused;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Entry> report;

    public int done() {
        return published + unchanged + refused;
    }
}
