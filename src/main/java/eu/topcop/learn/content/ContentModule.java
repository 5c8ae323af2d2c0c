package eu.topcop.learn.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An online module; its content lives in immutable versions, the newest of which new learners get. */
@Entity
@Table(name = "content_module")
public class ContentModule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The next version number, which becomes the current one once its content is stored. */
    int publishNewVersion(Instant at) {
        currentVersion++;
        updatedAt = at;
        return currentVersion;
    }
}
