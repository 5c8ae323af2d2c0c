package eu.topcop.learn.exchange;

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

import eu.topcop.learn.catalogue.CrimePriority;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A host institution's offer: places for guests from partner agencies on a topic, for a period. */
@Entity
@Table(name = "exchange_offer")
public class ExchangeOffer extends PanacheEntityBase {

    /** Short-term placements last up to two weeks; a study visit places a group. */
    public enum Kind {
        SHORT_TERM,
        LONG_TERM,
        STUDY_VISIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "host_country", nullable = false)
    public String hostCountry;

    @Column(name = "host_agency", nullable = false)
    public String hostAgency;

    @Column(nullable = false)
    public String topic;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "crime_priority_id")
    public CrimePriority priority;

    @Column(nullable = false)
    public short places;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String description;

    /** OPEN or CANCELLED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
