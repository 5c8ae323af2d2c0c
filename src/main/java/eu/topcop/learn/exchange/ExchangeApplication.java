package eu.topcop.learn.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
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

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An officer's application for an exchange placement, from submission through endorsement by the coordinator
 * of their country, matching with a host and mentor, to the report and the sharing of what was learned.
 */
@Entity
@Table(name = "exchange_application")
public class ExchangeApplication extends PanacheEntityBase {

    public enum Status {
        SUBMITTED,
        ENDORSED,
        DECLINED,
        MATCHED,
        REPORTED,
        WITHDRAWN;

        private static final Map<Status, Set<Status>> NEXT = Map.of(
                SUBMITTED, Set.of(ENDORSED, DECLINED, WITHDRAWN),
                ENDORSED, Set.of(MATCHED, WITHDRAWN),
                MATCHED, Set.of(REPORTED),
                DECLINED, Set.of(),
                REPORTED, Set.of(),
                WITHDRAWN, Set.of());

        public boolean mayBecome(Status next) {
            return NEXT.get(this).contains(next);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    public ExchangeOffer offer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(name = "guest_country", nullable = false)
    public String guestCountry;

    @Column(name = "guest_agency", nullable = false)
    public String guestAgency;

    /** Comma-separated language codes. */
    @Column(nullable = false)
    public String languages;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String motivation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String reason;

    @Column(name = "endorsed_by")
    public String endorsedBy;

    @Column(name = "endorsed_at")
    public Instant endorsedAt;

    public String mentor;

    @Column(name = "mentor_email")
    public String mentorEmail;

    @Column(name = "learning_agreement", columnDefinition = "TEXT")
    public String learningAgreement;

    @Column(name = "matched_by")
    public String matchedBy;

    @Column(name = "matched_at")
    public Instant matchedAt;

    @Column(columnDefinition = "TEXT")
    public String report;

    @Column(columnDefinition = "TEXT")
    public String commitment;

    @Column(name = "share_by")
    public LocalDate shareBy;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "shared_on")
    public LocalDate sharedOn;

    @Column(name = "shared_with")
    public Integer sharedWith;

    @Column(name = "shared_how", columnDefinition = "TEXT")
    public String sharedHow;

    @Column(name = "share_reminded_at")
    public Instant shareRemindedAt;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    void moveTo(Status next, Instant at) {
        if (!status.mayBecome(next)) {
            throw new DomainException.Conflict("The application is " + status + "; it cannot become " + next);
        }
        status = next;
        updatedAt = at;
    }

    public boolean isOf(Person someone) {
        return someone.id != null && person.id.equals(someone.id);
    }
}
