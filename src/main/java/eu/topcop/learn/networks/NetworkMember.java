package eu.topcop.learn.networks;

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
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A person's place in a network, from the invitation or request to its end: one row per network and person, so a
 * second request after a refusal or a return after leaving reuses it. The organisation and country they take part
 * for are on the membership (an officer of a partner country, an EU Member State's expert, an EU agency's or an
 * international organisation's staff).
 */
@Entity
@Table(name = "network_member")
public class NetworkMember extends PanacheEntityBase {

    public enum Role {
        MEMBER,
        MODERATOR
    }

    public enum Status {
        INVITED,
        REQUESTED,
        ACTIVE,
        REFUSED,
        LEFT
    }

    public enum OrganisationKind {
        PARTNER_COUNTRY,
        EU_MEMBER_STATE,
        EU_AGENCY,
        INTERNATIONAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    public Network network;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role = Role.MEMBER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind")
    public OrganisationKind organisationKind;

    @Column(name = "country_code")
    public String country;

    @Column(name = "invited_by")
    public Long invitedBy;

    @Column(name = "decided_by")
    public Long decidedBy;

    public String reason;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "muted_until")
    public Instant mutedUntil;

    @Version
    public int revision;

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public boolean moderates() {
        return active() && role == Role.MODERATOR;
    }

    /** Whether a moderator's mute keeps them from posting at {@code now}. */
    public boolean mutedAt(Instant now) {
        return mutedUntil != null && now.isBefore(mutedUntil);
    }
}
