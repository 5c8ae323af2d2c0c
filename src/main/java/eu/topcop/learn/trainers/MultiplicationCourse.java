package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

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
import jakarta.persistence.Version;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A national multiplication course: planned by a certified trainer, approved by the national coordinator,
 * delivered, reported, and validated by the coordinator. Its life cycle is in {@link Status}.
 */
@Entity
@Table(name = "multiplication_course")
public class MultiplicationCourse extends PanacheEntityBase {

    /** Where a multiplication course stands; {@link #next} says what may follow what. */
    public enum Status {
        PLANNED,
        APPROVED,
        REJECTED,
        REPORTED,
        VALIDATED,
        CANCELLED;

        /** A report returned to the trainer goes back to APPROVED, to be corrected and sent again. */
        private static final Map<Status, Set<Status>> NEXT = Map.of(
                PLANNED, Set.of(APPROVED, REJECTED, CANCELLED),
                APPROVED, Set.of(REPORTED, CANCELLED),
                REPORTED, Set.of(VALIDATED, APPROVED),
                REJECTED, Set.of(),
                VALIDATED, Set.of(),
                CANCELLED, Set.of());

        public boolean mayBecome(Status next) {
            return NEXT.get(this).contains(next);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainer_id")
    public Person trainer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public Course course;

    @Column(name = "country_code", nullable = false)
    public String country;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false)
    public String place;

    @Column(nullable = false)
    public String language;

    @Column(name = "expected_participants", nullable = false)
    public short expectedParticipants;

    @Column(nullable = false)
    public String material;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "material_used")
    public String materialUsed;

    @Column(name = "evaluation_summary")
    public String evaluationSummary;

    @Column(name = "evaluation_score")
    public BigDecimal evaluationScore;

    public String report;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "validated_by")
    public String validatedBy;

    @Column(name = "validated_at")
    public Instant validatedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Moves to the next status, or refuses with what the course is now. */
    void moveTo(Status next, Instant at) {
        if (!status.mayBecome(next)) {
            throw new DomainException.Conflict(
                    "Multiplication course " + code + " is " + status + "; it cannot become " + next);
        }
        status = next;
        updatedAt = at;
    }

    /** Only while approved and not yet reported are participants registered and the delivery recorded. */
    void checkOpenForDelivery() {
        if (status != Status.APPROVED) {
            throw new DomainException.Conflict("Multiplication course " + code + " is " + status
                    + ": participants and delivery are recorded once" + " it is approved and until the report is sent");
        }
    }

    public boolean isRunBy(Person person) {
        return person.id != null && trainer.id.equals(person.id);
    }
}
