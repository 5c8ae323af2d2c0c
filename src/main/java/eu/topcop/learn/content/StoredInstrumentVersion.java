package eu.topcop.learn.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One immutable version of a survey instrument: the checked instrument as JSON. */
@Entity
@Table(name = "survey_instrument_version")
public class StoredInstrumentVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "instrument_id")
    public StoredInstrument instrument;

    @Column(nullable = false)
    public int version;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** SurveyInstrument as JSON text; a String, so that it is stored as written. */
    @Column(nullable = false)
    public String definition;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
