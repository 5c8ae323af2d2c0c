package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/**
 * A participant's pre-test or post-test in a face-to-face offering: the paper drawn from the knowledge test's
 * version, its deadline, and once submitted its score. One per offering, person and phase.
 */
@Entity
@Table(name = "knowledge_test_attempt")
public class KnowledgeTestAttempt extends PanacheEntityBase {

    /** Which of the two tests: at the start of the offering, or at its end. */
    public enum Phase {
        PRE("pre-test"),
        POST("post-test");

        private final String path;

        Phase(String path) {
            this.path = path;
        }

        /** How pages and the API name it: {@code pre-test}, {@code post-test}. */
        public String path() {
            return path;
        }

        public static Optional<Phase> ofPath(String path) {
            for (Phase phase : values()) {
                if (phase.path.equals(path)) {
                    return Optional.of(phase);
                }
            }
            return Optional.empty();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "offering_id", nullable = false)
    public long offeringId;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;

    /** The knowledge test's version the paper was drawn from, and is scored against. */
    @Column(name = "version_id", nullable = false)
    public long versionId;

    /** Question keys in the order drawn, each with its choices under ids drawn for this paper (QuizPapers). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Map<String, Object>> paper;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "deadline_at", nullable = false)
    public Instant deadlineAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, List<String>> answers;

    public BigDecimal score;

    @Column(nullable = false)
    public boolean late;

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Whether it counts in the knowledge gain: submitted in time. A late paper says nothing about knowledge. */
    public boolean counts() {
        return isSubmitted() && !late;
    }

    /** Past the deadline, with the same few seconds' grace for the network as a quiz attempt. */
    boolean isLate(Instant now) {
        return now.isAfter(deadlineAt.plusSeconds(15));
    }

    /** Submitted in time: the answers in the bank's terms and the exact score. */
    void grade(QuizPapers.Graded graded, Instant now) {
        answers = graded.answers();
        score = graded.percent();
        submittedAt = now;
    }

    /** Closed unanswered after its deadline: scored 0 and left out of the gain. */
    void closeLate(Instant now) {
        answers = Map.of();
        score = BigDecimal.ZERO.setScale(2);
        late = true;
        submittedAt = now;
    }
}
