package eu.topcop.learn.networks.subscriptions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.discussions.DiscussionThread;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a person follows in the networks' discussions and how they are told (Discourse's watching, simplified):
 * following a network brings its new threads, following a thread its replies. A thread's author and every replier
 * follow it by themselves ({@link Notices}); anyone unfollows. Only readers of a network may follow what is in it.
 */
@ApplicationScoped
public class Subscriptions {

    @Schema(description = "A network whose new threads the caller follows")
    public record FollowedNetwork(String code, String name) {}

    @Schema(description = "A thread whose replies the caller follows")
    public record FollowedThread(long id, String network, String title) {}

    @Schema(description = "What the caller follows and how they are told of new posts")
    public record Mine(Delivery delivery, List<FollowedNetwork> networks, List<FollowedThread> threads) {}

    @Schema(description = "How to be told of new posts: IMMEDIATE (e-mail), DAILY (digest) or IN_APP")
    public record Choice(
            @jakarta.validation.constraints.Size(max = 10) String delivery) {}

    @Inject
    NetworkAccess access;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Follows the network's new threads; its readers only (403), an unknown network is a 404. Idempotent. */
    @Transactional
    public void followNetwork(String code, NetworkAccess.Viewer viewer) {
        NetworkAccess.Standing standing = access.reader(code, viewer);
        em.createNativeQuery("INSERT INTO discussion_network_follow (person_id, network_id, by_role, followed_at)"
                        + " VALUES (:p, :n, :role, :at) ON DUPLICATE KEY UPDATE by_role = :role")
                .setParameter("p", viewer.personId())
                .setParameter("n", standing.networkId())
                .setParameter("role", !standing.member())
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
    }

    /** Stops following the network's new threads; anyone who knows the network may, member or not any more. */
    @Transactional
    public void unfollowNetwork(String code, NetworkAccess.Viewer viewer) {
        NetworkAccess.Standing standing = access.standing(code, viewer);
        em.createNativeQuery("DELETE FROM discussion_network_follow WHERE person_id = :p AND network_id = :n")
                .setParameter("p", viewer.personId())
                .setParameter("n", standing.networkId())
                .executeUpdate();
    }

    /** Follows the thread's replies; readers of its network only (403), an unknown thread is a 404. */
    @Transactional
    public String followThread(long threadId, NetworkAccess.Viewer viewer) {
        String code = networkOf(threadId);
        NetworkAccess.Standing standing = access.reader(code, viewer);
        em.createNativeQuery("INSERT INTO discussion_thread_follow (person_id, thread_id, following, by_role,"
                        + " followed_at) VALUES (:p, :t, TRUE, :role, :at)"
                        + " ON DUPLICATE KEY UPDATE following = TRUE, by_role = :role, followed_at = :at")
                .setParameter("p", viewer.personId())
                .setParameter("t", threadId)
                .setParameter("role", !standing.member())
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        return code;
    }

    /**
     * Stops following the thread. The unfollow is kept, so that replying again does not follow it again behind the
     * person's back; someone who left the network may still unfollow.
     */
    @Transactional
    public String unfollowThread(long threadId, NetworkAccess.Viewer viewer) {
        String code = networkOf(threadId);
        access.standing(code, viewer);
        em.createNativeQuery("INSERT INTO discussion_thread_follow (person_id, thread_id, following, followed_at)"
                        + " VALUES (:p, :t, FALSE, :at) ON DUPLICATE KEY UPDATE following = FALSE")
                .setParameter("p", viewer.personId())
                .setParameter("t", threadId)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        return code;
    }

    /** Whether the viewer follows the network's new threads (for the follow button). */
    @Transactional
    public boolean followsNetwork(String code, NetworkAccess.Viewer viewer) {
        return !em.createNativeQuery("SELECT 1 FROM discussion_network_follow f JOIN network n ON n.id = f.network_id"
                        + " WHERE f.person_id = :p AND n.code = :code")
                .setParameter("p", viewer.personId())
                .setParameter("code", code)
                .getResultList()
                .isEmpty();
    }

    /** Whether the viewer follows the thread's replies (for the follow button). */
    @Transactional
    public boolean followsThread(long threadId, NetworkAccess.Viewer viewer) {
        return !em.createNativeQuery("SELECT 1 FROM discussion_thread_follow"
                        + " WHERE person_id = :p AND thread_id = :t AND following")
                .setParameter("p", viewer.personId())
                .setParameter("t", threadId)
                .getResultList()
                .isEmpty();
    }

    /** What the viewer follows and their delivery choice, in three statements however much they follow. */
    @Transactional
    public Mine mine(NetworkAccess.Viewer viewer, String readerLanguage) {
        List<Long> ids = em.createNativeQuery(
                        "SELECT network_id FROM discussion_network_follow WHERE person_id = :p", Long.class)
                .setParameter("p", viewer.personId())
                .getResultList();
        List<Network> networks = networks(em, ids).values().stream()
                .sorted(java.util.Comparator.comparing((Network n) -> n.code))
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> threads = em.createNativeQuery("SELECT t.id, n.code, t.title FROM discussion_thread_follow f"
                        + " JOIN discussion_thread t ON t.id = f.thread_id JOIN network n ON n.id = t.network_id"
                        + " WHERE f.person_id = :p AND f.following ORDER BY t.last_activity_at DESC, t.id DESC")
                .setParameter("p", viewer.personId())
                .getResultList();
        var language = eu.topcop.learn.platform.i18n.Language.of(readerLanguage)
                .orElse(eu.topcop.learn.platform.i18n.Language.ENGLISH);
        List<FollowedNetwork> followed = new ArrayList<>();
        for (Network n : networks) {
            followed.add(
                    new FollowedNetwork(n.code, Localized.pick(n.name, language).text()));
        }
        return new Mine(
                delivery(viewer.personId()),
                followed,
                threads.stream()
                        .map(r -> new FollowedThread(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                        .toList());
    }

    /** The person's choice, DAILY when they never chose. */
    @Transactional
    public Delivery delivery(long personId) {
        List<?> chosen = em.createNativeQuery("SELECT delivery FROM discussion_delivery WHERE person_id = :p")
                .setParameter("p", personId)
                .getResultList();
        return chosen.isEmpty() ? Delivery.DAILY : Delivery.valueOf((String) chosen.get(0));
    }

    /** Records how the viewer is told; a value other than the three is a 422 naming {@code delivery}. */
    @Transactional
    public Delivery choose(NetworkAccess.Viewer viewer, String delivery) {
        Delivery chosen = Delivery.parse(delivery)
                .orElseThrow(() -> new DomainException.RuleViolation("delivery", "is IMMEDIATE, DAILY or IN_APP")
                        .because("delivery", SubscriptionMessages.class, "err_delivery"));
        em.createNativeQuery("INSERT INTO discussion_delivery (person_id, delivery, chosen_at) VALUES (:p, :d, :at)"
                        + " ON DUPLICATE KEY UPDATE delivery = :d, chosen_at = :at")
                .setParameter("p", viewer.personId())
                .setParameter("d", chosen.name())
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        return chosen;
    }

    private String networkOf(long threadId) {
        DiscussionThread thread = DiscussionThread.findById(threadId);
        if (thread == null) {
            throw new DomainException.NotFound("No such thread");
        }
        Network network = Network.findById(thread.networkId);
        return network.code;
    }

    static Map<Long, Network> networks(EntityManager em, java.util.Collection<Long> ids) {
        Map<Long, Network> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            InList idsIn = InList.of("ids", ids);
            InList.bind(em.createQuery("SELECT n FROM Network n WHERE n.id IN " + idsIn, Network.class), idsIn)
                    .getResultList()
                    .forEach(n -> found.put(n.id, n));
        }
        return found;
    }
}
