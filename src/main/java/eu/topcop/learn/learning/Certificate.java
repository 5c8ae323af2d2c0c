package eu.topcop.learn.learning;

import java.time.Instant;
import java.time.LocalDate;
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

import eu.topcop.learn.enrolment.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A certificate of a completed course or curriculum: what it says, its signature, and whether it was revoked. */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    /** What was completed: a course, or a whole curriculum (whose code is then in {@link #courseCode}). */
    public enum Kind {
        COURSE,
        CURRICULUM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Kind kind = Kind.COURSE;

    @Column(nullable = false)
    public String holder;

    @Column(name = "course_code", nullable = false)
    public String courseCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "course_title", nullable = false)
    public Map<String, String> courseTitle;

    @Column(name = "crime_priorities", nullable = false)
    public String crimePriorities;

    @Column(nullable = false)
    public short hours;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(nullable = false)
    public String signature;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    /** When the holder was erased: the certificate stays counted, but certifies nobody. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /**
     * The content the signature covers, in a fixed form. A curriculum certificate also signs its kind, so that it
     * cannot pass for a course's; course certificates keep the form they were first signed in.
     */
    String signedContent() {
        return String.join(
                "|",
                kind == Kind.COURSE ? code : code + "|" + kind,
                holder,
                courseCode,
                courseTitle.getOrDefault("en", ""),
                crimePriorities,
                String.valueOf(hours),
                startedOn.toString(),
                completedOn.toString());
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}
