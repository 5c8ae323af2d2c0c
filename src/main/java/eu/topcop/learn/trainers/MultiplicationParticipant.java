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

/**
 * An officer registered on a multiplication course, with the name and agency the trainer typed; linked to a person
 * of the LMS when one of the course's country has the e-mail the trainer typed, and then told of it.
 */
@Entity
@Table(name = "multiplication_participant")
public class MultiplicationParticipant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public MultiplicationCourse course;

    /** The person of the course's country with the typed e-mail; null for an officer recorded by name only. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String agency;

    /** As the trainer typed it, normalised (People.normalisedEmail). */
    public String email;

    /** When the linked person was told of the registration; without it, validation certifies nobody. */
    @Column(name = "told_at")
    public Instant toldAt;

    /** Recorded with the delivery: present, absent, or not recorded yet. */
    public Boolean attended;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
