package eu.topcop.learn.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A survey instrument's code and current version; its content lives in {@link StoredInstrumentVersion}. */
@Entity
@Table(name = "survey_instrument")
public class StoredInstrument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
