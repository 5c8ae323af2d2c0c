package eu.topcop.learn.exchange;

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

import eu.topcop.learn.catalogue.CrimePriority;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A thematic workshop or webinar of the support network: agenda, registrations, attendance, outcomes. */
@Entity
@Table(name = "network_event")
public class NetworkEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    /** The network whose meeting it is (networks.Network), if any. */
    @Column(name = "network_id")
    public Long networkId;

    /** WORKSHOP (face to face) or WEBINAR (online). */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "crime_priority_id")
    public CrimePriority priority;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String place;

    public String link;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public short capacity;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String agenda;

    @Column(columnDefinition = "TEXT")
    public String outcomes;

    @Column(nullable = false)
    public String organiser;

    /** SCHEDULED or CANCELLED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
