package eu.topcop.learn.learning;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A course a person has completed: online with its modules, face to face with one of its offerings. */
@Entity
@Table(name = "course_completion")
public class CourseCompletion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public Course course;

    /** The face-to-face offering completed; null for an online course. */
    @Column(name = "offering_id")
    public Long offeringId;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
