package eu.topcop.learn.insight.evaluation;

import java.time.Instant;
import java.util.Map;

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
 * A survey sent once for one thing evaluated (an offering that ended, an online course in a quarter, ...) with
 * one version of an instrument. Its trigger key is unique, so a trigger fires once whatever node runs the job.
 */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase {

    /** What a survey evaluates. */
    public enum Subject {
        OFFERING,
        ONLINE_COURSE,
        MULTIPLICATION_COURSE,
        EXCHANGE_PLACEMENT,
        NETWORK_EVENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trigger_key", nullable = false, unique = true)
    public String triggerKey;

    @Column(name = "instrument_version_id", nullable = false)
    public long instrumentVersionId;

    @Column(nullable = false)
    public String level;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public Subject subject;

    @Column(name = "subject_id", nullable = false)
    public long subjectId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "subject_title", nullable = false)
    public Map<String, String> subjectTitle;

    @Column(name = "subject_period", nullable = false)
    public String subjectPeriod;

    @Column(name = "course_id")
    public Long courseId;

    @Column(name = "offering_id")
    public Long offeringId;

    /** Username of the offering's course manager, who reads the free text with the offering's trainers. */
    @Column
    public String organiser;

    @Column(nullable = false)
    public boolean anonymous;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
