package eu.topcop.learn.learning;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.topcop.learn.enrolment.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Where a person is in an online module: the version they started (kept to the end, whatever is published
 * meanwhile), the lesson to resume at, and when all lessons were read and the quiz passed.
 *
 * <p>Two facts complete a module, and they arrive from different requests (the last lesson read, a passing
 * quiz submitted) that may run at the same time. Every writer therefore takes the row with {@link #locked}
 * first, so the second writer waits and then sees the first one's fact; the {@link #revision} makes any
 * writer that did not lock fail loudly instead of overwriting a fact with the stale copy it read.
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

    @Version
    @Column(nullable = false)
    public int revision;

    /**
     * The learner's progress in a module, locked for the rest of the transaction (SELECT ... FOR UPDATE) and
     * read fresh: the way in for every writer, so writers of the same progress take turns.
     */
    static Optional<ModuleProgress> locked(Long personId, String module) {
        return find("person.id = ?1 and moduleCode = ?2", personId, module)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

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
