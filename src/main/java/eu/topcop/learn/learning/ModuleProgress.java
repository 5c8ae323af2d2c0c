package eu.topcop.learn.learning;

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
 * Where a person is in an online module: the version they started (kept to the end, whatever is published
 * meanwhile), the lesson to resume at, and when all lessons were read.
 */
@Entity
@Table(name = "module_progress")
public class ModuleProgress extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The xAPI registration that ties this attempt's statements together. */
    @Column(nullable = false)
    public String registration;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(name = "module_code", nullable = false)
    public String moduleCode;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public short lessons;

    @Column(name = "current_lesson", nullable = false)
    public short currentLesson;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "lessons_completed_at")
    public Instant lessonsCompletedAt;

    @Column(name = "quiz_passed_at")
    public Instant quizPassedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** Complete when every lesson is read and the quiz is passed; returns true the moment it becomes so. */
    boolean completeIfDone(Instant now) {
        if (completedAt == null && lessonsCompletedAt != null && quizPassedAt != null) {
            completedAt = now;
            return true;
        }
        return false;
    }

    /** A lesson was read: resume after it; returns true when this completes the lessons. */
    boolean experienced(int position, int experiencedCount, Instant now) {
        currentLesson = (short) Math.min(position + 1, lessons);
        updatedAt = now;
        if (lessonsCompletedAt == null && experiencedCount >= lessons) {
            lessonsCompletedAt = now;
            return true;
        }
        return false;
    }

    public boolean lessonsCompleted() {
        return lessonsCompletedAt != null;
    }
}
