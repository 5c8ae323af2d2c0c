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

import eu.topcop.learn.catalogue.Curriculum;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A curriculum a person has completed: its online courses and a face-to-face training for participants. */
@Entity
@Table(name = "curriculum_completion")
public class CurriculumCompletion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "curriculum_id")
    public Curriculum curriculum;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
