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

/** One change of an application's status: who, when, from, to, why. Written once, never changed. */
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
