package eu.topcop.learn.learning;

import java.math.BigDecimal;
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

/** One attempt at a module's quiz: the paper drawn for it, its deadline, and once submitted its score. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "progress_id")
    public ModuleProgress progress;

    @Column(nullable = false)
    public short number;

    /** Question keys in the order drawn, each with the order its choices are shown in. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Map<String, Object>> paper;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "deadline_at")
    public Instant deadlineAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, List<String>> answers;

    public BigDecimal score;

    public Boolean passed;

    @Column(nullable = false)
    public boolean late;

    /** Attempt 0 is the pre-test, taken before the lessons; it is neither passed nor failed. */
    public boolean isPreTest() {
        return number == 0;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Past the deadline, with a few seconds' grace for the network. */
    boolean isLate(Instant now) {
        return deadlineAt != null && now.isAfter(deadlineAt.plusSeconds(15));
    }
}
