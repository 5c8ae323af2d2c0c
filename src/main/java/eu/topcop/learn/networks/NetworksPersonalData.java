package eu.topcop.learn.networks;

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
import eu.topcop.learn.platform.privacy.Section;

import static eu.topcop.learn.platform.privacy.Declaration.holding;

/**
 * The networks' personal data: a person's memberships (invitations, requests, their role, the organisation and
 * country they take part for, when they joined and left). Erasure ends active memberships and clears the
 * organisation and the reasons; the rows stay on the pseudonymous record so that a moderator's history reads right.
 */
@ApplicationScoped
public class NetworksPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "networks",
                List.of(
                        holding(Kind.NETWORK_MEMBERSHIP, Fate.PSEUDONYMISED, "network_member"),
                        holding(Kind.ACTION_POINT, Fate.PSEUDONYMISED, "network_action_point")),
                List.of("network", "network_priority"));
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("networks");
        if (person.personId() == null) {
            return section.build();
        }
        section.rows(
                Kind.NETWORK_MEMBERSHIP,
                em.createNativeQuery("SELECT n.code, m.role, m.status, m.organisation, m.country_code, m.reason,"
                                + " m.asked_at, m.joined_at, m.left_at FROM network_member m JOIN network n"
                                + " ON n.id = m.network_id WHERE m.person_id = :p ORDER BY m.asked_at, m.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.CODE,
                Field.ROLE,
                Field.STATUS,
                Field.AGENCY,
                Field.COUNTRY,
                Field.REASON,
                Field.SENT,
                Field.STARTED,
                Field.ENDS);
        section.rows(
                Kind.ACTION_POINT,
                em.createNativeQuery("SELECT n.code, a.title, a.source, a.due_on, a.status, a.created_at FROM"
                                + " network_action_point a JOIN network n ON n.id = a.network_id WHERE a.owner_id = :p"
                                + " OR a.created_by = :p ORDER BY a.created_at, a.id")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.CODE,
                Field.TITLE,
                Field.FROM,
                Field.DAY,
                Field.STATUS,
                Field.CREATED);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        if (person.personId() == null) {
            return 0;
        }
        int scrubbed = eu.topcop.learn.platform.privacy.Scrub.mentions(
                        em, "network_action_point", "title", person, erasure.pseudonym())
                + eu.topcop.learn.platform.privacy.Scrub.mentions(
                        em, "network_action_point", "details", person, erasure.pseudonym());
        // MariaDB assigns left to right: left_at reads the status before it changes.
        return em.createNativeQuery("UPDATE network_member SET left_at = IF(status = 'ACTIVE', CURRENT_TIMESTAMP(3),"
                                + " left_at), status = IF(status = 'ACTIVE', 'LEFT', status), organisation = NULL,"
                                + " reason = NULL, revision = revision + 1 WHERE person_id = :p")
                        .setParameter("p", person.personId())
                        .executeUpdate()
                + scrubbed;
    }
}
