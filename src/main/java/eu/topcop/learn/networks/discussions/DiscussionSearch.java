package eu.topcop.learn.networks.discussions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.persistence.SqlValues;
import eu.topcop.learn.platform.web.DomainException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Full-text search over the threads of one network or of every network the viewer reads: the threads whose title
 * or one of whose posts holds every word typed (as a prefix), latest activity first, with a piece of the matching
 * post. The same rules as the thread page: a network one does not read (never joined, left, refused) is never
 * searched, and a hidden post is found only by its author and the network's moderators. Three statements a page,
 * however many hits.
 */
@ApplicationScoped
public class DiscussionSearch {

    /** The longest search accepted, as the API's {@code @Size} on {@code q}. */
    public static final int Q_MAX = 200;

    private static final int SNIPPET = 80;

    public record Hit(
            long threadId,
            String title,
            String network,
            String networkName,
            Instant lastActivityAt,

            @Schema(description = "the first matching post the viewer may read; absent when only the title matched")
            Long postId,

            @Schema(description = "a piece of that post's text around the first word found")
            String snippet) {}

    public record Results(
            String q,

            @Schema(description = "the network searched; absent when every network the viewer reads was")
            String network,

            List<Hit> hits,

            @Schema(description = "pass as 'after' for the next page; absent on the last")
            String next) {}

    @Inject
    NetworkAccess access;

    @Inject
    EntityManager em;

    /** Searches one network's threads; 403 for those who do not read it. */
    @Transactional
    public Results inNetwork(
            String code, NetworkAccess.Viewer viewer, String q, String after, int size, String readerLanguage) {
        NetworkAccess.Standing standing = access.reader(code, viewer);
        return search(standing.networkId(), code, viewer, q, after, size, readerLanguage);
    }

    /** The network's name in the reader's language, for its readers (403 for anyone else): a search page's title. */
    @Transactional
    public String networkName(String code, NetworkAccess.Viewer viewer, String readerLanguage) {
        Network network = Network.findById(access.reader(code, viewer).networkId());
        return network.name.getOrDefault(readerLanguage, network.name.getOrDefault("en", network.code));
    }

    /** Searches the threads of every network the viewer reads (all of them for those who run every network). */
    @Transactional
    public Results everywhere(NetworkAccess.Viewer viewer, String q, String after, int size, String readerLanguage) {
        return search(null, null, viewer, q, after, size, readerLanguage);
    }

    private Results search(
            Long networkId,
            String code,
            NetworkAccess.Viewer viewer,
            String q,
            String after,
            int size,
            String readerLanguage) {
        Words words = Words.of(q);
        Cursor cursor = Cursor.parse(after);
        int limit = Math.max(1, Math.min(Discussions.PAGE_MAX, size));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("words", words.query());
        parameters.put("p", viewer.personId());
        parameters.put("runs", viewer.runsNetworks());
        if (networkId != null) {
            parameters.put("n", networkId);
        }
        if (cursor != null) {
            parameters.put("at", java.sql.Timestamp.from(cursor.at()));
            parameters.put("id", cursor.id());
        }
        var query = em.createNativeQuery(sql(networkId != null, cursor != null, limit + 1));
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Object[]> shown = rows.subList(0, Math.min(limit, rows.size()));
        Map<Long, String> bodies = bodies(shown);
        Map<Long, Network> networks = networks(shown);
        List<Hit> hits = new ArrayList<>();
        for (Object[] r : shown) {
            Long postId = r[4] == null ? null : num(r[4]);
            Network network = networks.get(num(r[2]));
            hits.add(new Hit(
                    num(r[0]),
                    (String) r[1],
                    network.code,
                    network.name.getOrDefault(readerLanguage, network.name.getOrDefault("en", network.code)),
                    SqlValues.instant(r[3]),
                    postId,
                    postId == null ? null : words.snippet(bodies.get(postId))));
        }
        String next = null;
        if (rows.size() > limit) {
            Hit last = hits.get(hits.size() - 1);
            next = last.lastActivityAt().toEpochMilli() + "." + last.threadId();
        }
        return new Results(q.strip(), code, hits, next);
    }

    /**
     * The hits, newest activity first. Each FULLTEXT index is asked in its own SELECT of a UNION ALL: `MATCH (post)
     * OR MATCH (title)` across the two tables would use neither index. The network rule and the hidden-post rule are
     * the thread page's, applied to the union. Parameters: words, p, runs; n for one network; at and id after a cursor.
     */
    static String sql(boolean oneNetwork, boolean afterCursor, int limit) {
        return "SELECT t.id, t.title, t.network_id, t.last_activity_at, MIN(h.post_id) FROM ("
                + " SELECT p.thread_id AS thread_id, p.id AS post_id, p.hidden_at, p.author_id FROM discussion_post p"
                + " WHERE MATCH (p.body) AGAINST (:words IN BOOLEAN MODE)"
                + " UNION ALL SELECT d.id, NULL, NULL, NULL FROM discussion_thread d"
                + " WHERE MATCH (d.title) AGAINST (:words IN BOOLEAN MODE)) h"
                + " JOIN discussion_thread t ON t.id = h.thread_id"
                + " LEFT JOIN network_member m ON m.network_id = t.network_id AND m.person_id = :p"
                + " AND m.status = 'ACTIVE'"
                // An offering's space has no memberships: its approved participants and its trainers read it.
                + " JOIN network n ON n.id = t.network_id"
                + " LEFT JOIN application a ON a.offering_id = n.offering_id AND a.person_id = :p"
                + " AND a.status = 'APPROVED'"
                + " LEFT JOIN person me ON me.id = :p AND n.offering_id IS NOT NULL"
                + " LEFT JOIN offering_trainer ot ON ot.offering_id = n.offering_id AND ot.username = me.username"
                + " WHERE (:runs OR m.id IS NOT NULL OR a.id IS NOT NULL OR ot.offering_id IS NOT NULL)"
                + " AND (h.post_id IS NULL OR h.hidden_at IS NULL OR h.author_id = :p OR :runs"
                + " OR m.role = 'MODERATOR' OR ot.offering_id IS NOT NULL)"
                + (oneNetwork ? " AND t.network_id = :n" : "")
                + (afterCursor ? " AND (t.last_activity_at < :at OR (t.last_activity_at = :at AND t.id < :id))" : "")
                + " GROUP BY t.id, t.title, t.network_id, t.last_activity_at"
                + " ORDER BY t.last_activity_at DESC, t.id DESC LIMIT " + limit;
    }

    /** The text of the matching posts, in one statement. */
    private Map<Long, String> bodies(List<Object[]> rows) {
        Set<Long> ids =
                rows.stream().filter(r -> r[4] != null).map(r -> num(r[4])).collect(Collectors.toSet());
        Map<Long, String> bodies = new HashMap<>();
        if (!ids.isEmpty()) {
            InList idsIn = InList.of("ids", ids);
            InList.bind(
                            em.createQuery(
                                    "SELECT p.id, p.body FROM DiscussionPost p WHERE p.id IN " + idsIn, Object[].class),
                            idsIn)
                    .getResultList()
                    .forEach(r -> bodies.put((Long) r[0], (String) r[1]));
        }
        return bodies;
    }

    /** The networks of the hits, with their names, in one statement. */
    private Map<Long, Network> networks(List<Object[]> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(num(r[2])));
        Map<Long, Network> networks = new HashMap<>();
        if (!ids.isEmpty()) {
            InList idsIn = InList.of("ids", ids);
            InList.bind(em.createQuery("SELECT n FROM Network n WHERE n.id IN " + idsIn, Network.class), idsIn)
                    .getResultList()
                    .forEach(n -> networks.put(n.id, n));
        }
        return networks;
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    /**
     * What the reader typed, made safe for MariaDB as the catalogue and the library do: every word of three letters
     * or more (innodb_ft_min_token_size) must match as a prefix; operators typed are dropped, never passed on. InnoDB's
     * default stopwords are dropped too: the index does not hold them, so a required one would find nothing. Unlike
     * the library, there is no substring fallback for short words: over every post it would read the whole table.
     */
    record Words(List<String> words) {

        private static final int MIN_WORD = 3;

        private static final int MAX_WORDS = 8;

        /** INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD of three letters or more. */
        private static final Set<String> STOPWORDS = Set.of(
                "about", "are", "com", "for", "from", "how", "that", "the", "this", "was", "what", "when", "where",
                "who", "will", "with", "und", "www");

        static Words of(String text) {
            if (text == null || text.isBlank()) {
                throw new DomainException.RuleViolation("q", "Give a word to search for")
                        .because("q", DiscussionMessages.class, "err_q_missing");
            }
            if (text.length() > Q_MAX) {
                throw new DomainException.RuleViolation("q", "is too long: at most " + Q_MAX + " characters")
                        .because("q", DiscussionMessages.class, "err_q_long");
            }
            List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+"))
                    .filter(w -> w.codePointCount(0, w.length()) >= MIN_WORD && !STOPWORDS.contains(w))
                    .distinct()
                    .limit(MAX_WORDS)
                    .toList();
            if (words.isEmpty()) {
                throw new DomainException.RuleViolation("q", "needs a word of at least 3 letters")
                        .because("q", DiscussionMessages.class, "err_q_short");
            }
            return new Words(words);
        }

        String query() {
            return String.join(" ", words.stream().map(w -> "+" + w + "*").toList());
        }

        /** About {@value #SNIPPET} characters either side of the first word found, Markdown marks left out. */
        String snippet(String body) {
            if (body == null) {
                return null;
            }
            String text = body.replaceAll("[`*_#>\\[\\]|~]+", " ")
                    .replaceAll("\\s+", " ")
                    .strip();
            Matcher found = Pattern.compile(
                            words.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text);
            int at = found.find() ? found.start() : 0;
            int from = Math.max(0, at - SNIPPET);
            int to = Math.min(text.length(), at + SNIPPET);
            return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
        }
    }

    /** Where a page of hits ends: the thread's last activity and id. */
    record Cursor(Instant at, long id) {

        static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String[] parts = text.strip().split("\\.");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new DomainException.RuleViolation("after", "is not a cursor this search gave")
                        .because("after", DiscussionMessages.class, "err_other");
            }
        }
    }
}
