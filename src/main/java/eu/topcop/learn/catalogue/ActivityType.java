package eu.topcop.learn.catalogue;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A kind of activity of the portfolio: online module, regional training, study visit, webinar, ... */
@Entity
@Table(name = "activity_type")
public class ActivityType extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false, unique = true)
    public short position;

    /** Delivered online (modules, webinars) rather than face to face. */
    @Column(nullable = false)
    public boolean online;

    @ElementCollection
    @CollectionTable(name = "activity_type_translation", joinColumns = @JoinColumn(name = "activity_type_code"))
    @MapKeyColumn(name = "language")
    @Column(name = "name", nullable = false)
    public Map<String, String> names = new HashMap<>();
}
