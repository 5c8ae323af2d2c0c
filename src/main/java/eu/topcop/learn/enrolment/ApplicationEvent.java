package eu.topcop.learn.enrolment;

import java.time.Instant;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Immutable;

/**
 * One change of an application: of its status (who, when, from, to, why), or of something else that the history
 * keeps, with the status as it was ({@link #change}). Written once, never changed.
 */
@Entity
@Immutable
@Table(name = "application_event")
public class ApplicationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public Application.Status from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public Application.Status to;

    public String reason;

    /** What changed when the status did not; null for a change of status. */
    public enum Change {
        SUPERVISOR_NAMED,
        SUPERVISOR_CHANGED,
        SUPERVISOR_REMOVED
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    public Change change;

    /** A change other than of the status: the status stays, the reason is empty. */
    static ApplicationEvent of(Application application, Change change, String actor, Instant at) {
        ApplicationEvent event = of(application, application.status, application.status, actor, null, at);
        event.change = change;
        return event;
    }

    static ApplicationEvent of(
            Application application,
            Application.Status from,
            Application.Status to,
            String actor,
            String reason,
            Instant at) {
        ApplicationEvent event = new ApplicationEvent();
        event.application = application;
        event.from = from;
        event.to = to;
        event.actor = actor;
        event.reason = reason == null || reason.isBlank() ? null : reason.strip();
        event.at = at;
        return event;
    }
}
