package eu.topcop.learn.platform.privacy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.i18n.RememberedPreferences;
import eu.topcop.learn.platform.outbox.Outbox;

import static eu.topcop.learn.platform.privacy.Declaration.holding;

/**
 * The platform's own personal data: the language a person chose (by their Keycloak subject), the messages waiting
 * in or delivered through the outbox (e-mails to them), and the erasures an administrator carried out (by their
 * username).
 */
@ApplicationScoped
public class PlatformPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "platform",
                List.of(
                        holding(Kind.PREFERENCE, Fate.DELETED, "user_preference"),
                        holding(Kind.MESSAGE, Fate.DELETED, "outbox_message"),
                        holding(Kind.ERASURE, Fate.PSEUDONYMISED, "privacy_erasure")),
                List.of("flyway_schema_history"));
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("platform");
        if (person.subject() != null) {
            section.rows(
                    Kind.PREFERENCE,
                    em.createNativeQuery(
                                    "SELECT language, time_zone, updated_at FROM user_preference WHERE subject = :s")
                            .setParameter("s", person.subject())
                            .getResultList(),
                    Field.LANGUAGE,
                    Field.TIME_ZONE,
                    Field.UPDATED);
        }
        if (person.personId() != null) {
            section.rows(
                    Kind.MESSAGE,
                    em.createNativeQuery("SELECT summary, status, created_at, delivered_at FROM outbox_message"
                                    + " WHERE person_id = :p ORDER BY created_at, id")
                            .setParameter("p", person.personId())
                            .getResultList(),
                    Field.TITLE,
                    Field.STATUS,
                    Field.CREATED,
                    Field.SENT);
        }
        if (person.username() != null) {
            section.rows(
                    Kind.ERASURE,
                    em.createNativeQuery("SELECT reference, erased_at, reason FROM privacy_erasure"
                                    + " WHERE erased_by = :u ORDER BY erased_at")
                            .setParameter("u", person.username())
                            .getResultList(),
                    Field.REFERENCE,
                    Field.AT,
                    Field.REASON);
        }
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        int changed = 0;
        if (person.subject() != null) {
            changed += em.createNativeQuery("DELETE FROM user_preference WHERE subject = :s")
                    .setParameter("s", person.subject())
                    .executeUpdate();
            RememberedPreferences.changed(person.subject());
        }
        if (person.personId() != null) {
            changed += outbox.forget(person.personId());
        }
        // Messages to others that name the person (a coordinator told of their application) are still sent,
        // naming the pseudonym.
        for (String column : List.of("summary", "payload", "last_error")) {
            changed += Scrub.mentions(em, "outbox_message", column, person, erasure.pseudonym());
        }
        changed += Scrub.value(em, "privacy_erasure", "erased_by", person.username(), erasure.pseudonym());
        changed += Scrub.mentions(em, "privacy_erasure", "reason", person, erasure.pseudonym());
        return changed;
    }
}
