package eu.topcop.learn.exchange;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.privacy.Declaration;
import eu.topcop.learn.platform.privacy.Erasure;
import eu.topcop.learn.platform.privacy.Fate;
import eu.topcop.learn.platform.privacy.Field;
import eu.topcop.learn.platform.privacy.Kind;
import eu.topcop.learn.platform.privacy.PersonRef;
import eu.topcop.learn.platform.privacy.PersonalData;
import eu.topcop.learn.platform.privacy.Scrub;
import eu.topcop.learn.platform.privacy.Section;

import static eu.topcop.learn.platform.privacy.Declaration.holding;

/**
 * The exchange programme's personal data: a guest's applications with their reports and sharing, registrations
 * for network events, offers and events a person published, and their endorsements, matches and mentoring. On
 * erasure an exchange stays counted (status, country, officers reached by sharing) with its texts removed.
 */
@ApplicationScoped
public class ExchangePersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "exchange",
                List.of(
                        holding(Kind.EXCHANGE_APPLICATION, Fate.CLEARED, "exchange_application"),
                        holding(Kind.EVENT_REGISTRATION, Fate.PSEUDONYMISED, "network_event_registration"),
                        holding(Kind.PUBLICATION, Fate.PSEUDONYMISED, "exchange_offer", "network_event"),
                        holding(Kind.ACTION, Fate.PSEUDONYMISED, "exchange_application"),
                        holding(
                                Kind.MENTION,
                                Fate.PSEUDONYMISED,
                                "exchange_application",
                                "exchange_offer",
                                "network_event")),
                List.of("network_event_material"));
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("exchange");
        if (person.personId() != null) {
            long p = person.personId();
            section.rows(
                    Kind.EXCHANGE_APPLICATION,
                    list(
                            "SELECT o.code, a.status, a.guest_country, a.guest_agency, a.languages, a.motivation,"
                                    + " a.reason, a.learning_agreement, a.report, a.commitment, a.share_by, a.shared_on,"
                                    + " a.shared_with, a.shared_how, a.submitted_at FROM exchange_application a"
                                    + " JOIN exchange_offer o ON o.id = a.offer_id WHERE a.person_id = :p ORDER BY a.submitted_at",
                            p),
                    Field.OFFER,
                    Field.STATUS,
                    Field.COUNTRY,
                    Field.AGENCY,
                    Field.LANGUAGES,
                    Field.MOTIVATION,
                    Field.REASON,
                    Field.LEARNING_AGREEMENT,
                    Field.REPORT,
                    Field.COMMITMENT,
                    Field.SHARE_BY,
                    Field.SHARED,
                    Field.SHARED_WITH,
                    Field.SHARED_HOW,
                    Field.SUBMITTED);
            section.rows(
                    Kind.EVENT_REGISTRATION,
                    list(
                            "SELECT e.code, r.registered_at, r.attended FROM network_event_registration r"
                                    + " JOIN network_event e ON e.id = r.event_id WHERE r.person_id = :p ORDER BY e.starts_at",
                            p),
                    Field.EVENT,
                    Field.REGISTERED,
                    Field.ATTENDED);
        }
        if (person.username() != null) {
            section.rows(
                    Kind.PUBLICATION,
                    em.createNativeQuery("SELECT 'exchange-offer', code, created_at FROM exchange_offer"
                                    + " WHERE published_by = :u UNION ALL SELECT 'network-event', code, created_at"
                                    + " FROM network_event WHERE organiser = :u ORDER BY 3")
                            .setParameter("u", person.username())
                            .getResultList(),
                    Field.TYPE,
                    Field.CODE,
                    Field.CREATED);
        }
        section.rows(
                Kind.ACTION,
                em.createNativeQuery(
                                "SELECT 'exchange-endorsed', endorsed_at, CAST(id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci FROM exchange_application"
                                        + " WHERE endorsed_by = :u UNION ALL SELECT 'exchange-matched', matched_at, CAST(id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci"
                                        + " FROM exchange_application WHERE matched_by = :u UNION ALL SELECT 'exchange-mentor',"
                                        + " matched_at, CAST(id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci FROM exchange_application WHERE mentor_email = :e ORDER BY 2")
                        .setParameter("u", person.username() == null ? "" : person.username())
                        .setParameter("e", person.email() == null ? "" : person.email())
                        .getResultList(),
                Field.WHAT,
                Field.AT,
                Field.REFERENCE);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        String pseudonym = erasure.pseudonym();
        int changed = 0;
        if (person.personId() != null) {
            // Status, country, dates and the officers reached by sharing stay: the cascade counts them.
            changed += em.createNativeQuery("UPDATE exchange_application SET guest_agency = '', languages = '',"
                            + " motivation = '', reason = NULL, learning_agreement = NULL, report = NULL,"
                            + " commitment = NULL, shared_how = NULL WHERE person_id = :p")
                    .setParameter("p", person.personId())
                    .executeUpdate();
        }
        if (person.email() != null) {
            changed += em.createNativeQuery(
                            "UPDATE exchange_application SET mentor = NULL, mentor_email = NULL WHERE mentor_email = :e")
                    .setParameter("e", person.email())
                    .executeUpdate();
        }
        changed += Scrub.value(em, "exchange_application", "endorsed_by", person.username(), pseudonym);
        changed += Scrub.value(em, "exchange_application", "matched_by", person.username(), pseudonym);
        changed += Scrub.value(em, "exchange_offer", "published_by", person.username(), pseudonym);
        changed += Scrub.value(em, "network_event", "organiser", person.username(), pseudonym);
        for (String text :
                List.of("mentor", "motivation", "reason", "learning_agreement", "report", "commitment", "shared_how")) {
            changed += Scrub.mentions(em, "exchange_application", text, person, pseudonym);
        }
        changed += Scrub.mentions(em, "exchange_offer", "description", person, pseudonym);
        changed += Scrub.mentions(em, "network_event", "agenda", person, pseudonym);
        changed += Scrub.mentions(em, "network_event", "outcomes", person, pseudonym);
        return changed;
    }

    private List<?> list(String sql, long person) {
        return em.createNativeQuery(sql).setParameter("p", person).getResultList();
    }
}
