package eu.topcop.learn.platform.i18n;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What the platform remembers of a signed-in person between sessions and devices: their language and their time
 * zone. Either may be unset: no language means the one of the request, no zone means their country's.
 */
@Entity
@Table(name = "user_preference")
public class UserPreference extends PanacheEntityBase {

    @Id
    public String subject;

    public String language;

    /** An IANA zone id; null while the person keeps their country's zone. */
    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static UserPreference of(String subject) {
        UserPreference preference = findById(subject);
        if (preference == null) {
            preference = new UserPreference();
            preference.subject = subject;
        }
        return preference;
    }

    public void chooseLanguage(Language chosen, Instant at) {
        this.language = chosen.code();
        this.updatedAt = at;
    }

    /** Null goes back to the zone of the person's country. */
    public void chooseTimeZone(String zoneId, Instant at) {
        this.timeZone = zoneId;
        this.updatedAt = at;
    }
}
