package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How a participant of a train-the-trainer offering did: the assessment and the supervised practice session. */
@Entity
@Table(name = "trainer_assessment")
public class TrainerAssessment extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public Long applicationId;

    @Column(name = "assessment_passed")
    public Boolean assessmentPassed;

    @Column(name = "assessment_score")
    public BigDecimal assessmentScore;

    @Column(name = "practice_on")
    public LocalDate practiceOn;

    @Column(name = "practice_passed")
    public Boolean practicePassed;

    public String notes;

    @Column(name = "assessed_by", nullable = false)
    public String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    /** Both parts passed: with the attendance complete, this certifies. */
    public boolean isPassed() {
        return Boolean.TRUE.equals(assessmentPassed) && Boolean.TRUE.equals(practicePassed);
    }
}
