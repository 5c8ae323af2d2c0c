package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Someone who applies, is nominated or decides. A person is bound to one Keycloak account by its subject, once
 * and for all; an officer nominated without an account is known by e-mail until they get one ({@link People}
 * says who may claim such a record).
 */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Keycloak subject, once the person has an account; never changes after that ({@link #bindTo}). */
    public String subject;

    /** Keycloak user name at the last sign-in: shown to people, never used to tell who someone is. */
    public String username;

    /** As {@link People#normalisedEmail} gives it; of a signed-in person, only an address Keycloak verified. */
    public String email;

    @Column(nullable = false)
    public String name;

    /** ISO code; quotas and coordinators' rights go by it. */
    @Column(name = "country_code")
    public String country;

    public String agency;

    public String position;

    @Column(name = "agency_type")
    public String agencyType;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Binds the record to a Keycloak account. A record bound to one account never passes to another: its
     * applications, progress and certificates are that account's.
     */
    public void bindTo(String accountSubject) {
        if (accountSubject == null || accountSubject.isBlank()) {
            throw new IllegalArgumentException("A Keycloak subject is needed");
        }
        if (subject != null && !subject.equals(accountSubject)) {
            throw new IllegalStateException("Person " + id + " belongs to another account");
        }
        subject = accountSubject;
    }

    /** What the person said about their work when they last applied or were nominated. */
    void describe(String agency, String position, AgencyType type, Instant now) {
        if (agency != null && !agency.isBlank()) {
            this.agency = agency.strip();
        }
        if (position != null && !position.isBlank()) {
            this.position = position.strip();
        }
        if (type != null) {
            this.agencyType = type.code;
        }
        updatedAt = now;
    }

    /** The kinds of agency officers come from; an offering may be open to some of them only. */
    public enum AgencyType {
        POLICE("police"),
        BORDER_GUARD("border-guard"),
        CUSTOMS("customs"),
        PROSECUTION("prosecution"),
        JUDICIARY("judiciary"),
        OTHER("other");

        public final String code;

        AgencyType(String code) {
            this.code = code;
        }

        public static java.util.Optional<AgencyType> of(String code) {
            return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
        }

        public static List<String> codes() {
            return Arrays.stream(values()).map(t -> t.code).toList();
        }
    }
}
