package eu.topcop.learn.trainers;

import java.time.Instant;

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

/** An officer registered on a multiplication course: a user of the LMS, or recorded with name and agency only. */
@Entity
@Table(name = "multiplication_participant")
public class MultiplicationParticipant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public MultiplicationCourse course;

    /** The user, when the officer has one; null for an officer recorded by name only. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String agency;

    public String email;

    /** Recorded with the delivery: present, absent, or not recorded yet. */
    public Boolean attended;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
