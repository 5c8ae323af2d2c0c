package eu.topcop.learn.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A material of a network event: slides, a recording, a guideline, by its address. */
@Entity
@Table(name = "network_event_material")
public class NetworkEventMaterial extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String url;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
