package eu.topcop.learn.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** One questionnaire file as it was received: refused with every problem named, or imported whole. */
@Entity
@Table(name = "otna_import")
public class OtnaImport extends PanacheEntityBase {

    public enum Status {
        /** Something in the file is wrong: nothing of it was taken. */
        REFUSED,
        /** Its agencies' answers are now the file's. */
        IMPORTED,
        /** The same file was imported before: nothing changed. */
        UNCHANGED
    }

    /** An agency whose answers a file replaced. */
    public record Agency(String country, String agency) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public OtnaRound round;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(nullable = false)
    public String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "data_rows", nullable = false)
    public int dataRows;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> problems = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Agency> agencies = new ArrayList<>();

    @Column(name = "imported_by")
    public Long importedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static boolean importedBefore(OtnaRound round, String sha256) {
        return count("round = ?1 and sha256 = ?2 and status = ?3", round, sha256, Status.IMPORTED) > 0;
    }
}
