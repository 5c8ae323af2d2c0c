package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An officer's place in an offering: applied by themselves or nominated by their national coordinator,
 * endorsed, then seated, waiting, offered a freed seat, or out. Every change goes through {@link #moveTo},
 * which refuses what the life cycle does not allow and returns the audit entry to keep.
 *
 * <p>The endorsement rule: an officer's own application from a country with a national coordinator is
 * reviewed by that coordinator first; a course manager decides on it (approves, puts it on the waiting list or
 * rejects it) only once it is endorsed. Whether that holds is settled when the application is received and
 * kept with it ({@link #endorsementRequired}), so that the applicant is told the rule that is then enforced.
 * A nomination is endorsed by being made; an application from a country without a coordinator goes to the
 * course manager directly.
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    public enum Kind {
        APPLICATION,
        NOMINATION
    }

    public enum Status {
        SUBMITTED,
        ENDORSED,
        DECLINED,
        APPROVED,
        WAITING,
        OFFERED,
        REJECTED,
        WITHDRAWN,
        EXPIRED,
        RELEASED,
        CANCELLED;

        /** Approved, or offered a freed seat that is kept for them until the offer lapses. */
        public boolean holdsSeat() {
            return this == APPROVED || this == OFFERED;
        }

        public boolean isFinal() {
            return NEXT.get(this).isEmpty();
        }

        /** Whether an application in this status may move to {@code next} at all. */
        public boolean leadsTo(Status next) {
            return NEXT.get(this).contains(next);
        }

        /** Still in the running: counts against a coordinator's nomination quota. */
        public boolean isActive() {
            return !isFinal();
        }
    }

    private static final Map<Status, Set<Status>> NEXT = Map.ofEntries(
            Map.entry(
                    Status.SUBMITTED,
                    // A course manager decides before an endorsement only where none is required: see can().
                    EnumSet.of(
                            Status.ENDORSED,
                            Status.DECLINED,
                            Status.APPROVED,
                            Status.WAITING,
                            Status.REJECTED,
                            Status.WITHDRAWN,
                            Status.CANCELLED)),
            Map.entry(
                    Status.ENDORSED,
                    EnumSet.of(Status.APPROVED, Status.WAITING, Status.REJECTED, Status.WITHDRAWN, Status.CANCELLED)),
            Map.entry(
                    Status.WAITING,
                    EnumSet.of(Status.OFFERED, Status.APPROVED, Status.REJECTED, Status.WITHDRAWN, Status.CANCELLED)),
            Map.entry(
                    Status.OFFERED,
                    EnumSet.of(
                            Status.APPROVED,
                            Status.EXPIRED,
                            Status.RELEASED,
                            Status.WITHDRAWN,
                            Status.REJECTED,
                            Status.CANCELLED)),
            Map.entry(
                    Status.APPROVED, EnumSet.of(Status.WITHDRAWN, Status.RELEASED, Status.REJECTED, Status.CANCELLED)),
            Map.entry(Status.DECLINED, EnumSet.noneOf(Status.class)),
            Map.entry(Status.REJECTED, EnumSet.noneOf(Status.class)),
            Map.entry(Status.WITHDRAWN, EnumSet.noneOf(Status.class)),
            Map.entry(Status.EXPIRED, EnumSet.noneOf(Status.class)),
            Map.entry(Status.RELEASED, EnumSet.noneOf(Status.class)),
            Map.entry(Status.CANCELLED, EnumSet.noneOf(Status.class)));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id")
    public Offering offering;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    /** The person's country when they applied: quotas count it even if their account changes later. */
    @Column(name = "country_code")
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String motivation;

    /** The lengths of the columns, which pages and the API check before a service is asked. */
    public static final int MOTIVATION_MAX = 2000;

    public static final int REASON_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "nominated_by")
    public Person nominatedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "waiting_since")
    public Instant waitingSince;

    @Column(name = "offer_expires_at")
    public Instant offerExpiresAt;

    /**
     * Whether the coordinator of the applicant's country must endorse it before a course manager decides on it;
     * settled when the application is received.
     */
    @Column(name = "endorsement_required", nullable = false)
    public boolean endorsementRequired;

    /** When the participant was reminded that the online-phase deadline is near (once). */
    @Column(name = "gate_reminded_at")
    public Instant gateRemindedAt;

    /** Why it was rejected, declined or released: the applicant reads it. */
    public String reason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The participant's supervisor, for the follow-up after the training: all four, or none ({@link #supervisor}). */
    @Column(name = "supervisor_name")
    public String supervisorName;

    /** As {@link People#normalisedEmail} gives it; never the applicant's own. */
    @Column(name = "supervisor_email")
    public String supervisorEmail;

    @Column(name = "supervisor_position")
    public String supervisorPosition;

    /** The interface language the supervisor is written to. */
    @Column(name = "supervisor_language")
    public String supervisorLanguage;

    @Version
    public int version;

    /** What a course manager decides; before a required endorsement none of it is open to them. */
    private static final Set<Status> DECISIONS = EnumSet.of(Status.APPROVED, Status.WAITING, Status.REJECTED);

    public boolean can(Status next) {
        return NEXT.get(status).contains(next) && !(awaitsEndorsement() && DECISIONS.contains(next));
    }

    /** Still waiting for the endorsement its applicant's coordinator must give before a course manager decides. */
    public boolean awaitsEndorsement() {
        return awaitsEndorsement(endorsementRequired, status);
    }

    /** {@link #awaitsEndorsement()} from the two columns, for views read as columns. */
    static boolean awaitsEndorsement(boolean endorsementRequired, Status status) {
        return endorsementRequired && status == Status.SUBMITTED;
    }

    /** Moves to {@code next}, or refuses with a message saying why; returns what the audit trail keeps. */
    ApplicationEvent moveTo(Status next, String actor, String why, Instant now) {
        if (awaitsEndorsement() && DECISIONS.contains(next)) {
            throw new AwaitingEndorsement(id, country);
        }
        if (!can(next)) {
            throw new DomainException.Conflict(
                    "An application that is " + status.name().toLowerCase() + " cannot become "
                            + next.name().toLowerCase());
        }
        ApplicationEvent event = ApplicationEvent.of(this, status, next, actor, why, now);
        status = next;
        updatedAt = now;
        if (why != null && !why.isBlank()) {
            reason = why.strip();
        }
        waitingSince = next == Status.WAITING ? (waitingSince == null ? now : waitingSince) : null;
        if (next != Status.OFFERED) {
            offerExpiresAt = null;
        }
        return event;
    }

    /** The supervisor named, if any. */
    public Optional<Supervisor> supervisor() {
        return supervisorName == null
                ? Optional.empty()
                : Optional.of(new Supervisor(supervisorName, supervisorEmail, supervisorPosition, supervisorLanguage));
    }

    /**
     * Names the supervisor (or, with {@code null}, none), checked and normalised by the caller; returns what the
     * audit trail keeps, or nothing when the supervisor is the one named already. The history says that the
     * supervisor changed and who changed it, never their details: the application holds those.
     */
    Optional<ApplicationEvent> nameSupervisor(Supervisor supervisor, String actor, Instant now) {
        Optional<Supervisor> before = supervisor();
        if (before.equals(Optional.ofNullable(supervisor))) {
            return Optional.empty();
        }
        supervisedBy(supervisor);
        updatedAt = now;
        ApplicationEvent.Change change = supervisor == null
                ? ApplicationEvent.Change.SUPERVISOR_REMOVED
                : before.isEmpty()
                        ? ApplicationEvent.Change.SUPERVISOR_NAMED
                        : ApplicationEvent.Change.SUPERVISOR_CHANGED;
        return Optional.of(ApplicationEvent.of(this, change, actor, now));
    }

    /**
     * Sets the supervisor without an audit entry: when the application is received (its first entry records it).
     * Either none, or a name and an e-mail that is not the applicant's own: a person cannot vouch for themselves.
     */
    void supervisedBy(Supervisor supervisor) {
        if (supervisor != null) {
            List<SupervisorRefused.Reason> wrong = new ArrayList<>();
            if (supervisor.name() == null || supervisor.name().isBlank()) {
                wrong.add(SupervisorRefused.Reason.NAME_MISSING);
            }
            if (supervisor.email() == null || supervisor.email().isBlank()) {
                wrong.add(SupervisorRefused.Reason.EMAIL_MISSING);
            } else if (supervisor.email().equals(person.email)) {
                wrong.add(SupervisorRefused.Reason.EMAIL_OWN);
            }
            if (supervisor.language() == null) {
                wrong.add(SupervisorRefused.Reason.LANGUAGE_UNKNOWN);
            }
            if (!wrong.isEmpty()) {
                throw new SupervisorRefused(wrong);
            }
        }
        supervisorName = supervisor == null ? null : supervisor.name();
        supervisorEmail = supervisor == null ? null : supervisor.email();
        supervisorPosition = supervisor == null ? null : supervisor.position();
        supervisorLanguage = supervisor == null ? null : supervisor.language();
    }

    /** The first entry of the trail: the application or nomination as received. */
    ApplicationEvent received(String actor, Instant now) {
        return ApplicationEvent.of(this, null, status, actor, null, now);
    }
}
