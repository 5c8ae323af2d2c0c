package eu.topcop.learn.networks.subscriptions;

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
 * Subscriptions' personal data: what a person follows, how they are told, and the digests sent to them. None of it
 * counts in a figure or reads in anyone else's discussion, so erasure deletes it all.
 */
@ApplicationScoped
public class SubscriptionsPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Declaration declaration() {
        return new Declaration(
                "subscriptions",
                List.of(
                        holding(
                                Kind.DISCUSSION_FOLLOW,
                                Fate.DELETED,
                                "discussion_network_follow",
                                "discussion_thread_follow"),
                        holding(Kind.DISCUSSION_DELIVERY, Fate.DELETED, "discussion_delivery"),
                        holding(Kind.DISCUSSION_DIGEST, Fate.DELETED, "discussion_digest")),
                List.of());
    }

    @Override
    public Section export(PersonRef person) {
        Section.Builder section = Section.of("subscriptions");
        if (person.personId() == null) {
            return section.build();
        }
        section.rows(
                Kind.DISCUSSION_FOLLOW,
                em.createNativeQuery("SELECT n.code, NULL, 'NETWORK', 'FOLLOWING', f.followed_at"
                                + " FROM discussion_network_follow f JOIN network n ON n.id = f.network_id"
                                + " WHERE f.person_id = :p UNION ALL SELECT n.code, t.title, 'THREAD',"
                                + " IF(f.following, 'FOLLOWING', 'UNFOLLOWED'), f.followed_at"
                                + " FROM discussion_thread_follow f JOIN discussion_thread t ON t.id = f.thread_id"
                                + " JOIN network n ON n.id = t.network_id WHERE f.person_id = :p ORDER BY 5, 3")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.CODE,
                Field.TITLE,
                Field.WHAT,
                Field.STATUS,
                Field.AT);
        section.rows(
                Kind.DISCUSSION_DELIVERY,
                em.createNativeQuery("SELECT delivery, chosen_at FROM discussion_delivery WHERE person_id = :p")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.WHAT,
                Field.AT);
        section.rows(
                Kind.DISCUSSION_DIGEST,
                em.createNativeQuery("SELECT digest_day, posts, sent_at FROM discussion_digest WHERE person_id = :p"
                                + " ORDER BY digest_day")
                        .setParameter("p", person.personId())
                        .getResultList(),
                Field.DAY,
                Field.NUMBER,
                Field.SENT);
        return section.build();
    }

    @Override
    public int erase(PersonRef person, Erasure erasure) {
        if (person.personId() == null) {
            return 0;
        }
        int changed = 0;
        for (String table : List.of(
                "discussion_network_follow", "discussion_thread_follow", "discussion_delivery", "discussion_digest")) {
            changed += em.createNativeQuery("DELETE FROM " + table + " WHERE person_id = :p")
                    .setParameter("p", person.personId())
                    .executeUpdate();
        }
        return changed;
    }
}
