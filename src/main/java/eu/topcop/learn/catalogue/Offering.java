package eu.topcop.learn.catalogue;

import java.time.Instant;
import java.time.LocalDate;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A dated instance of a course that a course manager publishes: when, where (online, or a venue in a
 * country), for how many, in which working language, and when people may apply.
 */
@Entity
@Table(name = "offering")
public class Offering extends PanacheEntityBase {

    public enum Status {
        SCHEDULED,
        CANCELLED
    }

    /** Fired in the transaction that changes an offering: more places may seat people who wait. */
    public record Changed(long offeringId) {}

    /** Fired in the transaction that cancels an offering, for enrolment to tell the people in it. */
    public record Cancelled(long offeringId, String reason, String by) {}

    /** Where the application window stands on a given day. */
    public enum Window {
        NOT_YET_OPEN,
        OPEN,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public Course course;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.SCHEDULED;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false)
    public boolean online;

    public String venue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_code")
    public Country country;

    @Column(nullable = false)
    public short capacity;

    @Column(name = "working_language", nullable = false)
    public String workingLanguage;

    @Column(name = "applications_open_on", nullable = false)
    public LocalDate applicationsOpenOn;

    @Column(name = "applications_close_on", nullable = false)
    public LocalDate applicationsCloseOn;

    /** Keycloak username of the course manager in charge: the one who may change or cancel it. */
    @Column(name = "course_manager", nullable = false)
    public String courseManager;

    @Column(name = "course_manager_name", nullable = false)
    public String courseManagerName;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Comma-separated agency types that may take part (enrolment decides what they mean); null: all. */
    @Column(name = "agency_types")
    public String agencyTypes;

    /** The online phase must be complete by this day, or the seat goes to the waiting list. */
    @Column(name = "gate_deadline")
    public LocalDate gateDeadline;

    /** When the online-phase gate released the seats of those who had not completed it (once). */
    @Column(name = "gate_checked_at")
    public Instant gateCheckedAt;

    @Version
    public int version;

    public Window window(LocalDate today) {
        return window(applicationsOpenOn, applicationsCloseOn, today);
    }

    /** Where an application window from {@code opens} to {@code closes}, both days included, stands on a day. */
    public static Window window(LocalDate opens, LocalDate closes, LocalDate today) {
        if (today.isBefore(opens)) {
            return Window.NOT_YET_OPEN;
        }
        return today.isAfter(closes) ? Window.CLOSED : Window.OPEN;
    }

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    public boolean isManagedBy(String username) {
        return courseManager.equals(username);
    }

    /** Number of days, both ends counted: a training from Monday to Friday lasts five days. */
    public int days() {
        return (int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 1;
    }

    void cancel(String reason, Instant now) {
        status = Status.CANCELLED;
        cancellationReason = reason;
        updatedAt = now;
    }
}
