package eu.topcop.learn.content;

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

/** One published, immutable version of a knowledge test: what a paper drawn from it shows and is scored against. */
@Entity
@Table(name = "knowledge_test_version")
public class KnowledgeTestVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "test_id")
    public StoredKnowledgeTest test;

    @Column(nullable = false)
    public int version;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @Column(name = "curriculum_code", nullable = false)
    public String curriculumCode;

    @Column(nullable = false)
    public short draw;

    @Column(name = "time_limit_minutes")
    public Short timeLimitMinutes;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
