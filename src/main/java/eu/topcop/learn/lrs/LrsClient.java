package eu.topcop.learn.lrs;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.topcop.learn.enrolment.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A system allowed to speak xAPI to the LRS, with HTTP Basic: its key, its secret's hash and its scopes. */
@Entity
@Table(name = "lrs_client")
public class LrsClient extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "client_key", nullable = false)
    public String key;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(nullable = false)
    public String scopes;

    /** The administrator who created it: a person, never a username, which can change hands. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public Person createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public Set<Scope> scopeSet() {
        Set<Scope> set = EnumSet.noneOf(Scope.class);
        Arrays.stream(scopes.split(",")).map(Scope::of).forEach(s -> s.ifPresent(set::add));
        return set;
    }

    void grant(Set<Scope> granted) {
        scopes = granted.stream().map(s -> s.value).sorted().collect(Collectors.joining(","));
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Revoking is final: a client that should speak again gets a new key and secret. */
    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    static LrsClient byKey(String key) {
        return find("key", key).firstResult();
    }
}
