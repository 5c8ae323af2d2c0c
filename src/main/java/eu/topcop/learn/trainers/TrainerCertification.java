package eu.topcop.learn.trainers;

import java.time.Instant;
import java.time.LocalDate;

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
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A trainer certified for one crime priority by a train-the-trainer offering, for a period, unless withdrawn. */
@Entity
@Table(name = "trainer_certification")
public class TrainerCertification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "crime_priority_id")
    public CrimePriority priority;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id")
    public Offering offering;

    @Column(name = "certified_on", nullable = false)
    public LocalDate certifiedOn;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** Valid on that day: not withdrawn, not expired (the expiry day is the last valid one). */
    public boolean isActiveOn(LocalDate day) {
        return withdrawnAt == null && !day.isAfter(expiresOn);
    }

    void withdraw(String reason, String by, Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
            withdrawnBy = by;
            withdrawalReason = reason;
        }
    }
}
