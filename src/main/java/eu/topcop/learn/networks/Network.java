package eu.topcop.learn.networks;

import java.time.Instant;
import java.util.HashSet;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.topcop.learn.catalogue.CrimePriority;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A network of the project's first component: the Strategic Cooperation Forum, the EMPACT Support Network, an
 * expert network of a crime priority, or the national contact points. Its space holds its discussions, library,
 * meetings, action points and members.
 */
@Entity
@Table(name = "network")
public class Network extends PanacheEntityBase {

    public enum Kind {
        STRATEGIC_FORUM,
        SUPPORT_NETWORK,
        EXPERT_NETWORK,
        CONTACT_POINTS,
        /** An offering's own discussion space: its people come from the offering, never from joining. */
        OFFERING_SPACE
    }

    /** How people come in: invited by a moderator, by a request a moderator approves, or by holding a role. */
    public enum Joining {
        INVITATION,
        REQUEST,
        ROLE,
        /** Nobody joins: the offering's approved participants and trainers are in (see {@link NetworkAccess}). */
        OFFERING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Joining joining;

    /** The realm role whose holders join at once, when {@link #joining} is ROLE. */
    @Column(name = "open_to_role")
    public String openToRole;

    /** The offering whose discussion space this is, when {@link #kind} is OFFERING_SPACE. */
    @Column(name = "offering_id")
    public Long offeringId;

    /** The portfolio and EMPACT priorities it serves. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "network_priority",
            joinColumns = @JoinColumn(name = "network_id"),
            inverseJoinColumns = @JoinColumn(name = "crime_priority_id"))
    public Set<CrimePriority> priorities = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int revision;

    /** An offering's space is entered by taking part in the offering, never by joining, invitation or role. */
    public boolean isOfferingSpace() {
        return kind == Kind.OFFERING_SPACE;
    }

    /** Whether a holder of these roles may join without anyone's approval. */
    public boolean openTo(Set<String> roles) {
        return joining == Joining.ROLE && roles.contains(openToRole);
    }
}
