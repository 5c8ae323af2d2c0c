package eu.topcop.learn.networks.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.People;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.jobs.ClusterLock;
import eu.topcop.learn.platform.mail.Mails;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily digest: one e-mail a day (UTC) to each person who chose {@link Delivery#DAILY}, in their language,
 * listing the threads with posts they have not been sent yet. The job runs on one node at a time (the cluster lock);
 * and each digest is a {@code discussion_digest} row, unique per person and day, written in the transaction that
 * queues its mail: a second node that runs it anyway, or a rerun, finds the row and sends nothing.
 */
@ApplicationScoped
public class Digests {

    static final String LOCK = "discussion-digest";

    /** A thread with new posts for one person. */
    record Line(long threadId, String title, long networkId, String networkCode, int posts) {}

    /** One person's digest: its lines, and where the next one starts. */
    record Digest(long personId, List<Line> lines, Instant until) {

        int posts() {
            return lines.stream().mapToInt(Line::posts).sum();
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClusterLock locks;

    @Inject
    People people;

    @Inject
    Mails mails;

    @ConfigProperty(name = "lms.public-url")
    String publicUrl;

    @Scheduled(
            identity = "discussion-digest",
            cron = "${lms.discussions.digest-cron:0 0 6 * * ?}",
            timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        send();
    }

    /** Sends today's digests that are due; returns how many this call sent (none when another node runs). */
    public int send() {
        int[] sent = {0};
        locks.runExclusively(LOCK, () -> {
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
            List<Digest> due = QuarkusTransaction.requiringNew().call(() -> due(now));
            Map<Long, Network> networks = QuarkusTransaction.requiringNew()
                    .call(() -> Subscriptions.networks(
                            em,
                            due.stream()
                                    .flatMap(d -> d.lines().stream())
                                    .map(Line::networkId)
                                    .collect(java.util.stream.Collectors.toSet())));
            for (Digest digest : due) {
                if (QuarkusTransaction.requiringNew().call(() -> deliver(digest, networks, now))) {
                    sent[0]++;
                }
            }
        });
        return sent[0];
    }

    /**
     * Every digest due today, in one statement: for each person who chose the daily digest (or never chose) and has
     * none today, the visible posts of the last day, not their own, not sent before, in what they follow (a thread's
     * replies; a network's new threads) and in networks they still read (see {@link Notices}).
     */
    List<Digest> due(Instant now) {
        Instant from = now.minus(Duration.ofDays(1));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.person_id, t.id, t.title, n.id, n.code, COUNT(*) FROM ("
                        + "SELECT person_id, thread_id, NULL AS network_id, by_role FROM discussion_thread_follow"
                        + " WHERE following UNION ALL SELECT person_id, NULL, network_id, by_role"
                        + " FROM discussion_network_follow) f"
                        + " JOIN discussion_thread t ON (t.id = f.thread_id OR t.network_id = f.network_id)"
                        + " JOIN discussion_post p ON p.thread_id = t.id AND p.created_at > :from AND p.created_at <= :now"
                        + " JOIN network n ON n.id = t.network_id"
                        + " JOIN person x ON x.id = f.person_id AND x.email IS NOT NULL"
                        + " LEFT JOIN discussion_delivery d ON d.person_id = f.person_id"
                        + " LEFT JOIN network_member m ON m.network_id = t.network_id AND m.person_id = f.person_id"
                        + " WHERE p.author_id <> f.person_id AND p.hidden_at IS NULL"
                        + " AND COALESCE(d.delivery, 'DAILY') = 'DAILY'"
                        + " AND (m.status = 'ACTIVE' OR (m.person_id IS NULL AND f.by_role)"
                        + " OR " + Notices.offeringPerson("t.network_id", "f.person_id") + ")"
                        // A network's follower is sent its new threads: the opening post, not the replies.
                        + " AND (f.network_id IS NULL OR p.id = (SELECT MIN(o.id) FROM discussion_post o"
                        + " WHERE o.thread_id = t.id))"
                        + " AND p.created_at > COALESCE((SELECT MAX(g.covered_until) FROM discussion_digest g"
                        + " WHERE g.person_id = f.person_id), :from)"
                        + " AND NOT EXISTS (SELECT 1 FROM discussion_digest g WHERE g.person_id = f.person_id"
                        + " AND g.digest_day = :today)"
                        // One line per thread even when it is followed both ways (a post counted once).
                        + " AND (f.network_id IS NULL OR NOT EXISTS (SELECT 1 FROM discussion_thread_follow tf"
                        + " WHERE tf.person_id = f.person_id AND tf.thread_id = t.id AND tf.following))"
                        + " GROUP BY f.person_id, t.id, t.title, n.id, n.code"
                        + " ORDER BY f.person_id, n.code, t.last_activity_at DESC, t.id")
                .setParameter("from", from)
                .setParameter("now", now)
                .setParameter("today", today(now))
                .getResultList();
        Map<Long, List<Line>> lines = new LinkedHashMap<>();
        for (Object[] r : rows) {
            lines.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Line(
                            ((Number) r[1]).longValue(),
                            (String) r[2],
                            ((Number) r[3]).longValue(),
                            (String) r[4],
                            ((Number) r[5]).intValue()));
        }
        List<Digest> digests = new ArrayList<>();
        lines.forEach((person, list) -> digests.add(new Digest(person, list, now)));
        return digests;
    }

    /**
     * Sends one person's digest unless they have had one today: the ledger row first, in this transaction, so that
     * whoever inserts it second (another node, a rerun) sends nothing. A constant number of statements each.
     */
    boolean deliver(Digest digest, Map<Long, Network> networks, Instant now) {
        int won = em.createNativeQuery("INSERT IGNORE INTO discussion_digest (person_id, digest_day, covered_until,"
                        + " posts, sent_at) VALUES (:p, :day, :until, :posts, :at)")
                .setParameter("p", digest.personId())
                .setParameter("day", today(now))
                .setParameter("until", digest.until())
                .setParameter("posts", digest.posts())
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        if (won == 0) {
            return false;
        }
        Person person = Person.findById(digest.personId());
        Language language = people.languageOf(person);
        SubscriptionMessages msg = Notices.messages(language);
        StringBuilder text = new StringBuilder(msg.digest_intro()).append("\n\n");
        Set<String> seen = new TreeSet<>();
        for (Line line : digest.lines()) {
            Network network = networks.get(line.networkId());
            String name = network == null
                    ? line.networkCode()
                    : Localized.pick(network.name, language).text();
            String link = publicUrl + "/networks/" + line.networkCode() + "/discussions/" + line.threadId();
            if (seen.add(link)) {
                text.append(msg.digest_line(line.title(), name, line.posts(), link))
                        .append('\n');
            }
        }
        text.append('\n').append(msg.digest_footer(publicUrl + "/networks/subscriptions"));
        mails.send(person.id, person.email, msg.digest_subject(digest.posts()), text.toString());
        return true;
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
