package eu.topcop.learn.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A partner country of the Eastern Partnership or an EU Member State. */
@Entity
@Table(name = "country")
public class Country extends PanacheEntityBase {

    /** ISO 3166-1 alpha-2. */
    @Id
    public String code;

    /** English name; pages name the country in the reader's language. */
    @Column(nullable = false)
    public String name;

    @Column(name = "eap_partner", nullable = false)
    public boolean eapPartner;

    @Column(name = "eu_member", nullable = false)
    public boolean euMember;
}
