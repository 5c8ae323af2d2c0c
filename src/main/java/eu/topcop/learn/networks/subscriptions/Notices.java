package eu.topcop.learn.networks.subscriptions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.NoticeText;
import eu.topcop.learn.enrolment.Notifier;
import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.discussions.PostWritten;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.mail.Mails;
import eu.topcop.learn.platform.persistence.InList;
import io.quarkus.qute.i18n.MessageBundles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the followers of a new thread or reply, in the transaction that wrote it: an in-app notification for each,
 * and an e-mail (through the outbox, after commit) for those who chose {@link Delivery#IMMEDIATE}; the others read
 * it in their daily digest ({@link Digests}) or in the application. Its author follows the thread from now on and is
 * never told of their own post; only people who still read the network are told. The statements are the same
 * however many follow, but for one outbox row per e-mail.
 */
@ApplicationScoped
public class Notices {

    static final String KIND = "discussion";

    /** A follower to tell: their person and delivery choice. */
    record Follower(long personId, Delivery delivery) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    People people;

    @Inject
    Notifier notifier;

    @Inject
    Mails mails;

    @ConfigProperty(name = "lms.public-url")
    String publicUrl;

    void written(@Observes PostWritten post) {
        // Posting follows the thread (Discourse's "watching on reply"), unless the person unfollowed it before.
        em.createNativeQuery("INSERT IGNORE INTO discussion_thread_follow (person_id, thread_id, following, by_role,"
                        + " followed_at) SELECT :p, :t, TRUE, NOT EXISTS (SELECT 1 FROM network_member m"
                        + " WHERE m.network_id = :n AND m.person_id = :p AND m.status = 'ACTIVE') AND NOT "
                        + offeringPerson(":n", ":p") + ", :at")
                .setParameter("p", post.authorId())
                .setParameter("n", post.networkId())
                .setParameter("t", post.threadId())
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        List<Follower> followers = followers(post);
        if (followers.isEmpty()) {
            return;
        }
        Map<Long, Person> persons = new HashMap<>();
        InList ids = InList.of("ids", followers.stream().map(Follower::personId).toList());
        Person.<Person>list("id in " + ids, ids.parameters()).forEach(p -> persons.put(p.id, p));
        Map<Long, Language> languages = people.languagesOf(persons.values());
        Map<Long, java.time.ZoneId> zones = people.zonesOf(persons.values());
        Network network = Network.findById(post.networkId());
        Person author = Person.findById(post.authorId());
        String path = "/networks/" + network.code + "/discussions/" + post.threadId();
        String link = publicUrl + path;
        // The texts as message keys, so that each follower's list reads them in the language of the day.
        NoticeText text = post.opening()
                ? NoticeText.in(SubscriptionMessages.class)
                        .subject("notice_thread_subject", network.name, post.threadTitle())
                        .body("notice_thread_body", author.name, post.threadTitle(), network.name, link)
                : NoticeText.in(SubscriptionMessages.class)
                        .subject("notice_reply_subject", post.threadTitle())
                        .body("notice_reply_body", author.name, post.threadTitle(), network.name, link);
        List<Notifier.InApp> notes = new ArrayList<>();
        List<Runnable> mailsToSend = new ArrayList<>();
        for (Follower follower : followers) {
            Person person = persons.get(follower.personId());
            Language language = languages.get(person.id);
            String subject = text.subjectIn(language, zones.get(person.id));
            String body = text.bodyIn(language, zones.get(person.id));
            notes.add(new Notifier.InApp(person.id, language.code(), subject, body, path, text));
            if (follower.delivery() == Delivery.IMMEDIATE && person.email != null) {
                mailsToSend.add(() -> mails.send(person.id, person.email, subject, body));
            }
        }
        notifier.tellInApp(KIND, notes);
        mailsToSend.forEach(Runnable::run);
    }

    /**
     * The people to tell, in one statement: those who follow the thread, and for a new thread those who follow its
     * network; never its author; and only those who still read the network: its active members (for an offering's
     * space its approved participants and trainers), and those who
     * followed as people who run every network and hold no membership in it (a membership that ended stops the
     * notices, and so does a thread's move to a network its follower is not in).
     */
    private List<Follower> followers(PostWritten post) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.person_id, COALESCE(d.delivery, 'DAILY') FROM ("
                        + "SELECT u.person_id, MAX(u.by_role) AS by_role FROM ("
                        + "SELECT person_id, by_role FROM discussion_thread_follow WHERE thread_id = :thread AND following"
                        + " UNION ALL SELECT person_id, by_role FROM discussion_network_follow"
                        + " WHERE network_id = :network AND :opening) u GROUP BY u.person_id) f"
                        + " LEFT JOIN discussion_delivery d ON d.person_id = f.person_id"
                        + " LEFT JOIN network_member m ON m.network_id = :network AND m.person_id = f.person_id"
                        + " WHERE f.person_id <> :author AND (m.status = 'ACTIVE' OR (m.person_id IS NULL AND f.by_role)"
                        + " OR " + offeringPerson(":network", "f.person_id") + ")"
                        + " ORDER BY f.person_id")
                .setParameter("thread", post.threadId())
                .setParameter("network", post.networkId())
                .setParameter("opening", post.opening())
                .setParameter("author", post.authorId())
                .getResultList();
        return rows.stream()
                .map(r -> new Follower(((Number) r[0]).longValue(), Delivery.valueOf((String) r[1])))
                .toList();
    }

    /**
     * Whether the person is one of the people of an offering's discussion space (it has no memberships): approved on
     * the offering, or one of its trainers. For any other network, false.
     */
    static String offeringPerson(String networkId, String personId) {
        return "(EXISTS (SELECT 1 FROM network sn JOIN application sa ON sa.offering_id = sn.offering_id"
                + " WHERE sn.id = " + networkId + " AND sa.person_id = " + personId + " AND sa.status = 'APPROVED')"
                + " OR EXISTS (SELECT 1 FROM network sn JOIN offering_trainer st ON st.offering_id = sn.offering_id"
                + " JOIN person sp ON sp.username = st.username WHERE sn.id = " + networkId + " AND sp.id = "
                + personId + "))";
    }

    static SubscriptionMessages messages(Language language) {
        return MessageBundles.get(
                SubscriptionMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(language.code()));
    }
}
