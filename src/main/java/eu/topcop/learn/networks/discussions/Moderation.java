package eu.topcop.learn.networks.discussions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.NetworkMember;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Moderation of a network's discussions: members report posts; the network's moderators (and those who run every
 * network) see open reports, hide and unhide posts, lock, pin and move threads, mute members for a time, and read
 * the audit trail of all of it. Every action writes one entry of {@code discussion_moderation} in its transaction.
 */
@ApplicationScoped
public class Moderation {

    public static final int REASON_MAX = 500;

    /** Open reports and members a page: the moderators' lists grow with the network, their pages do not. */
    public static final int PAGE = 50;

    /** A report with its post, thread and people, for the moderators' list and a report's own page. */
    private static final String REPORT_COLUMNS = "SELECT r.id, t.id, t.title, p.id, a.name, p.body, rp.name, r.reason,"
            + " r.created_at, r.reporter_id, p.hidden_at, r.closed_at, p.author_id FROM discussion_report r"
            + " JOIN discussion_post p ON p.id = r.post_id JOIN discussion_thread t ON t.id = p.thread_id"
            + " JOIN person a ON a.id = p.author_id JOIN person rp ON rp.id = r.reporter_id";

    /** The longest a mute may last. */
    public static final int MUTE_MAX_DAYS = 366;

    @Schema(description = "Why: required to report or hide a post, optional elsewhere")
    public record Reason(@Size(max = REASON_MAX) String reason) {}

    @Schema(description = "Move a thread to another network that the moderator also moderates")
    public record Move(
            @NotNull @Size(max = 60) String network,
            @Size(max = REASON_MAX) String reason) {}

    @Schema(description = "Mute a member of the network until a date (they read but do not post until then)")
    public record Mute(
            @NotNull Long personId,

            @NotNull @Schema(description = "the day they may post again, at most 366 days ahead")
            LocalDate until,

            @Size(max = REASON_MAX) String reason) {}

    public record ReportView(
            long id,
            long threadId,
            String threadTitle,
            long postId,
            String postAuthor,
            String excerpt,
            String reporter,
            String reason,
            Instant at) {}

    public record Reports(
            String network,
            List<ReportView> reports,

            @Schema(description = "pass as 'after' for the next page; absent on the last")
            Long next) {}

    @Schema(description = "One report, for its reporter and the network's moderators")
    public record ReportDetail(
            ReportView report,
            boolean open,

            @Schema(description = "when a moderator dismissed it or hid the post")
            Instant closedAt) {}

    public record Entry(
            long id,
            String moderator,
            String action,
            Long threadId,
            Long postId,
            String member,
            String detail,
            String reason,
            Instant at) {}

    public record Log(
            String network,
            List<Entry> entries,

            @Schema(description = "pass as 'before' for the next page; absent on the last")
            Long next) {}

    @Schema(description = "A network a thread may be moved to: one the moderator also moderates")
    public record NetworkChoice(String code, String name) {}

    public record Member(long personId, String name, Instant mutedUntil) {}

    public record Members(
            String network,
            List<Member> members,

            @Schema(description = "pass as 'after' for the next page; absent on the last")
            Long next) {}

    @Inject
    NetworkAccess access;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Refuses (403) anyone but the network's moderators and those who run every network. */
    public void moderator(String code, NetworkAccess.Viewer viewer) {
        access.moderator(code, viewer);
    }

    /** Any reader reports a post with a reason; one open report per person and post (409 for a second). */
    @Transactional
    public DiscussionReport report(
            String code, long threadId, long postId, NetworkAccess.Viewer viewer, String reason) {
        NetworkAccess.Standing standing = access.reader(code, viewer);
        DiscussionPost post = postOf(standing, threadId, postId);
        String why = required(reason);
        if (DiscussionReport.count("postId = ?1 AND reporterId = ?2 AND closedAt IS NULL", post.id, viewer.personId())
                > 0) {
            throw new DomainException.Conflict("You have already reported this post; a moderator will look at it");
        }
        DiscussionReport report = new DiscussionReport();
        report.postId = post.id;
        report.reporterId = viewer.personId();
        report.reason = why;
        report.createdAt = now();
        report.persist();
        return report;
    }

    /** The network's open reports, oldest first, a page after the report {@code after}; one statement a page. */
    @Transactional
    public Reports reports(String code, NetworkAccess.Viewer viewer, Long after) {
        NetworkAccess.Standing standing = access.moderator(code, viewer);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(REPORT_COLUMNS
                        + " WHERE t.network_id = :n AND r.closed_at IS NULL AND r.id > :after ORDER BY r.id LIMIT "
                        + (PAGE + 1))
                .setParameter("n", standing.networkId())
                .setParameter("after", after == null ? 0L : after)
                .getResultList();
        List<Object[]> shown = rows.subList(0, Math.min(PAGE, rows.size()));
        return new Reports(
                code,
                shown.stream().map(r -> reportView(r, true)).toList(),
                rows.size() > PAGE ? num(shown.get(shown.size() - 1)[0]) : null);
    }

    /**
     * One report of this network, open or closed, for its reporter and the network's moderators; 404 for other
     * readers, so that who reported what stays between them (403 for those who do not read the network).
     */
    @Transactional
    public ReportDetail reportOf(String code, long reportId, NetworkAccess.Viewer viewer) {
        NetworkAccess.Standing standing = access.reader(code, viewer);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(REPORT_COLUMNS + " WHERE r.id = :id AND t.network_id = :n")
                .setParameter("id", reportId)
                .setParameter("n", standing.networkId())
                .getResultList();
        if (rows.isEmpty() || (!standing.moderator() && num(rows.get(0)[9]) != viewer.personId())) {
            throw new DomainException.NotFound("No such report of yours in this network");
        }
        Object[] r = rows.get(0);
        // A post hidden since shows its text only to its author and the moderators, here as on the thread page.
        boolean textShown = r[10] == null || standing.moderator() || num(r[12]) == viewer.personId();
        Instant closedAt = instant(r[11]);
        return new ReportDetail(reportView(r, textShown), closedAt == null, closedAt);
    }

    private static ReportView reportView(Object[] r, boolean textShown) {
        return new ReportView(
                num(r[0]),
                num(r[1]),
                (String) r[2],
                num(r[3]),
                (String) r[4],
                textShown ? excerpt((String) r[5]) : null,
                (String) r[6],
                (String) r[7],
                instant(r[8]));
    }

    /** A moderator dismisses a report without hiding the post. */
    @Transactional
    public void dismiss(String code, long reportId, NetworkAccess.Viewer viewer, String reason) {
        NetworkAccess.Standing standing = access.moderator(code, viewer);
        DiscussionReport report = DiscussionReport.findById(reportId);
        DiscussionPost post = report == null ? null : DiscussionPost.findById(report.postId);
        DiscussionThread thread = post == null ? null : DiscussionThread.findById(post.threadId);
        if (thread == null || !thread.networkId.equals(standing.networkId()) || !report.open()) {
            throw new DomainException.NotFound("No such open report in this network");
        }
        Instant now = now();
        report.close(viewer.personId(), now);
        audit(
                standing,
                viewer,
                DiscussionModeration.Action.DISMISS,
                thread.id,
                post.id,
                null,
                null,
                optional(reason),
                now);
    }

    /** A moderator hides a post, with a reason its author sees; its open reports are closed. */
    @Transactional
    public void hide(String code, long threadId, long postId, NetworkAccess.Viewer viewer, String reason) {
        NetworkAccess.Standing standing = access.moderator(code, viewer);
        DiscussionPost post = postOf(standing, threadId, postId);
        String why = required(reason);
        Instant now = now();
        post.hide(viewer.personId(), why, now);
        em.createQuery("UPDATE DiscussionReport r SET r.closedAt = :at, r.closedBy = :by"
                        + " WHERE r.postId = :post AND r.closedAt IS NULL")
                .setParameter("at", now)
                .setParameter("by", viewer.personId())
                .setParameter("post", post.id)
                .executeUpdate();
        audit(standing, viewer, DiscussionModeration.Action.HIDE, threadId, post.id, null, null, why, now);
    }

    @Transactional
    public void unhide(String code, long threadId, long postId, NetworkAccess.Viewer viewer, String reason) {
        NetworkAccess.Standing standing = access.moderator(code, viewer);
        DiscussionPost post = postOf(standing, threadId, postId);
        post.unhide();
        audit(
                standing,
                viewer,
                DiscussionModeration.Action.UNHIDE,
                threadId,
                post.id,
                null,
                null,
                optional(reason),
                now());
    }

    /** Locks or unlocks, pins or unpins a thread. */
    @Transactional
    public void thread(
            String code,
            long threadId,
            NetworkAccess.Viewer viewer,
            DiscussionModeration.Action action,
            String reason) {
        NetworkAccess.Standing standing = access.moderator(code, viewer);
        DiscussionThread thread = threadOf(standing, threadId);
        switch (action) {
            case LOCK -> thread.locked = true;
            case UNLOCK -> thread.locked = false;
            case PIN -> thread.pinned = true;
            case UNPIN -> thread.pinned = false;
            default -> throw new IllegalArgumentException(action.name());
        }
        audit(standing, viewer, action, thread.id, null, null, null, optional(reason), now());
    }

    /** Moves a thread to another network the moderator also moderates; written in both networks' trails. */
    @Transactional
    public void move(String code, long threadId, NetworkAccess.Viewer viewer, Move move) {
        NetworkAccess.Standing standing = access.moderator(code, viewer);
        DiscussionThread thread = threadOf(standing, threadId);
        stayingInOfferingSpaces(standing);
        if (move == null || move.network() == null || move.network().isBlank()) {
            throw new DomainException.RuleViolation("network", "Choose the network to move the thread to")
                    .because("network", DiscussionMessages.class, "err_network");
        }
        NetworkAccess.Standing target;
        try {
            target = access.moderator(move.network().strip(), viewer);
        } catch (DomainException.NotFound e) {
            throw new DomainException.RuleViolation("network", "is not a network")
                    .because("network", DiscussionMessages.class, "err_network");
        }
        if (target.networkId() == standing.networkId()) {
            throw new DomainException.RuleViolation("network", "is the network the thread is in")
                    .because("network", DiscussionMessages.class, "err_network");
        }
        stayingInOfferingSpaces(target);
        String reason = optional(move.reason());
        Instant now = now();
        thread.networkId = target.networkId();
        audit(
                standing,
                viewer,
                DiscussionModeration.Action.MOVE,
                thread.id,
                null,
                null,
                "to " + target.code(),
                reason,
                now);
        audit(target, viewer, DiscussionModeration.Action.MOVE, thread.id, null, null, "from " + code, reason, now);
    }

    /** Mutes an active member of this network until a day (they read but do not post); scoped to this network. */
    @Transactional
    public void mute(String code, NetworkAccess.Viewer viewer, Mute mute) {
        NetworkAccess.Standing standing = access.moderator(code, viewer);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (mute.until() == null
                || !mute.until().isAfter(today)
                || mute.until().isAfter(today.plusDays(MUTE_MAX_DAYS))) {
            throw new DomainException.RuleViolation("until", "must be a day after today, at most 366 days ahead")
                    .because("until", DiscussionMessages.class, "err_until");
        }
        Instant until = mute.until().atStartOfDay(ZoneOffset.UTC).toInstant();
        setMutedUntil(standing, mute.personId(), until);
        audit(
                standing,
                viewer,
                DiscussionModeration.Action.MUTE,
                null,
                null,
                mute.personId(),
                "until " + mute.until(),
                optional(mute.reason()),
                now());
    }

    @Transactional
    public void unmute(String code, NetworkAccess.Viewer viewer, long personId, String reason) {
        NetworkAccess.Standing standing = access.moderator(code, viewer);
        setMutedUntil(standing, personId, null);
        audit(
                standing,
                viewer,
                DiscussionModeration.Action.UNMUTE,
                null,
                null,
                personId,
                null,
                optional(reason),
                now());
    }

    /**
     * The network's active members with their mutes, by name, a page after the member {@code after} (a person id:
     * the keyset is name and id, the name read from the person, so the cursor stays a number).
     */
    @Transactional
    public Members members(String code, NetworkAccess.Viewer viewer, Long after) {
        NetworkAccess.Standing standing = access.moderator(code, viewer);
        String keyset = after == null
                ? ""
                : " AND (p.name > (SELECT x.name FROM person x WHERE x.id = :after)"
                        + " OR (p.name = (SELECT x.name FROM person x WHERE x.id = :after) AND p.id > :after))";
        // An offering space's members are the offering's approved participants (its trainers moderate it).
        String from = standing.offeringSpace()
                ? "SELECT p.id, p.name, om.muted_until FROM network n JOIN application a ON a.offering_id = n.offering_id"
                        + " AND a.status = 'APPROVED' JOIN person p ON p.id = a.person_id"
                        + " LEFT JOIN offering_space_mute om ON om.network_id = n.id AND om.person_id = p.id"
                        + " WHERE n.id = :n"
                : "SELECT p.id, p.name, m.muted_until FROM network_member m"
                        + " JOIN person p ON p.id = m.person_id WHERE m.network_id = :n AND m.status = 'ACTIVE'";
        var query = em.createNativeQuery(from + keyset + " ORDER BY p.name, p.id LIMIT " + (PAGE + 1))
                .setParameter("n", standing.networkId());
        if (after != null) {
            query.setParameter("after", after);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Object[]> shown = rows.subList(0, Math.min(PAGE, rows.size()));
        Instant now = Instant.now(clock);
        return new Members(
                code,
                shown.stream()
                        .map(r -> {
                            Instant until = instant(r[2]);
                            return new Member(
                                    num(r[0]), (String) r[1], until != null && until.isAfter(now) ? until : null);
                        })
                        .toList(),
                rows.size() > PAGE ? num(shown.get(shown.size() - 1)[0]) : null);
    }

    /** The network's audit trail, newest first, for its moderators; {@code before} is an entry id. */
    @Transactional
    public Log log(String code, NetworkAccess.Viewer viewer, Long before, int size) {
        NetworkAccess.Standing standing = access.moderator(code, viewer);
        int limit = Math.max(1, Math.min(Discussions.PAGE_MAX, size));
        List<DiscussionModeration> found = em.createQuery(
                        "SELECT e FROM DiscussionModeration e WHERE e.networkId = :n AND e.id < :before ORDER BY e.id DESC",
                        DiscussionModeration.class)
                .setParameter("n", standing.networkId())
                .setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(limit + 1)
                .getResultList();
        List<DiscussionModeration> shown = found.subList(0, Math.min(limit, found.size()));
        List<Long> people = new ArrayList<>();
        shown.forEach(e -> {
            people.add(e.moderatorId);
            if (e.memberId != null) {
                people.add(e.memberId);
            }
        });
        Map<Long, String> names = names(people);
        return new Log(
                code,
                shown.stream()
                        .map(e -> new Entry(
                                e.id,
                                names.get(e.moderatorId),
                                e.action.name(),
                                e.threadId,
                                e.postId,
                                e.memberId == null ? null : names.get(e.memberId),
                                e.detail,
                                e.reason,
                                e.at))
                        .toList(),
                found.size() > limit ? shown.get(shown.size() - 1).id : null);
    }

    /**
     * The networks other than this one that the viewer moderates (every other one for those who run every network),
     * by code: where a thread of this network may be moved. One statement.
     */
    List<NetworkChoice> moveTargets(NetworkAccess.Standing standing, NetworkAccess.Viewer viewer, String language) {
        if (standing.offeringSpace()) {
            return List.of();
        }
        String moderated = viewer.runsNetworks()
                ? ""
                : " AND n.id IN (SELECT m.network.id FROM NetworkMember m WHERE m.personId = :p"
                        + " AND m.status = :active AND m.role = :moderates)";
        var query = em.createQuery(
                        "SELECT n FROM Network n WHERE n.id <> :here AND n.kind <> :offeringSpace" + moderated
                                + " ORDER BY n.code",
                        Network.class)
                .setParameter("here", standing.networkId())
                .setParameter("offeringSpace", Network.Kind.OFFERING_SPACE);
        if (!viewer.runsNetworks()) {
            query.setParameter("p", viewer.personId())
                    .setParameter("active", NetworkMember.Status.ACTIVE)
                    .setParameter("moderates", NetworkMember.Role.MODERATOR);
        }
        return query.getResultList().stream()
                .map(n -> new NetworkChoice(n.code, n.name.getOrDefault(language, n.name.getOrDefault("en", n.code))))
                .toList();
    }

    /** How many open reports each of these posts has, in one statement (for moderators' view of a thread). */
    Map<Long, Integer> openReports(java.util.Collection<Long> postIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (postIds.isEmpty()) {
            return counts;
        }
        InList postsIn = InList.of("posts", new HashSet<>(postIds));
        InList.bind(
                        em.createQuery(
                                "SELECT r.postId, COUNT(r) FROM DiscussionReport r WHERE r.postId IN " + postsIn
                                        + " AND r.closedAt IS NULL" + " GROUP BY r.postId",
                                Object[].class),
                        postsIn)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    /**
     * An offering's space is read by the offering's people only, and a network's by its members: a thread moved
     * between them would be shown to people it was not written for.
     */
    private static void stayingInOfferingSpaces(NetworkAccess.Standing standing) {
        if (standing.offeringSpace()) {
            throw new DomainException.Conflict("Threads do not move into or out of an offering's discussion space");
        }
    }

    private void setMutedUntil(NetworkAccess.Standing standing, Long personId, Instant until) {
        if (personId == null) {
            throw new DomainException.RuleViolation("personId", "Choose a member of the network")
                    .because("personId", DiscussionMessages.class, "err_member");
        }
        if (standing.offeringSpace()) {
            muteInOfferingSpace(standing, personId, until);
            return;
        }
        int changed = em.createNativeQuery("UPDATE network_member SET muted_until = :until"
                        + " WHERE network_id = :n AND person_id = :p AND status = 'ACTIVE'")
                .setParameter("until", until == null ? null : java.sql.Timestamp.from(until))
                .setParameter("n", standing.networkId())
                .setParameter("p", personId)
                .executeUpdate();
        if (changed == 0) {
            throw new DomainException.NotFound("No such member of this network");
        }
    }

    /** An offering space's participant (an approved applicant) is muted in the space's own table. */
    private void muteInOfferingSpace(NetworkAccess.Standing standing, long personId, Instant until) {
        long participants = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM network n JOIN application a"
                                + " ON a.offering_id = n.offering_id AND a.status = 'APPROVED'"
                                + " WHERE n.id = :n AND a.person_id = :p")
                        .setParameter("n", standing.networkId())
                        .setParameter("p", personId)
                        .getSingleResult())
                .longValue();
        if (participants == 0) {
            throw new DomainException.NotFound("No such member of this network");
        }
        if (until == null) {
            em.createNativeQuery("DELETE FROM offering_space_mute WHERE network_id = :n AND person_id = :p")
                    .setParameter("n", standing.networkId())
                    .setParameter("p", personId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("INSERT INTO offering_space_mute (network_id, person_id, muted_until)"
                            + " VALUES (:n, :p, :until) ON DUPLICATE KEY UPDATE muted_until = :until")
                    .setParameter("n", standing.networkId())
                    .setParameter("p", personId)
                    .setParameter("until", java.sql.Timestamp.from(until))
                    .executeUpdate();
        }
    }

    private void audit(
            NetworkAccess.Standing standing,
            NetworkAccess.Viewer viewer,
            DiscussionModeration.Action action,
            Long threadId,
            Long postId,
            Long memberId,
            String detail,
            String reason,
            Instant at) {
        DiscussionModeration entry =
                DiscussionModeration.of(standing.networkId(), viewer.personId(), action, reason, at);
        entry.threadId = threadId;
        entry.postId = postId;
        entry.memberId = memberId;
        entry.detail = detail;
        entry.persist();
    }

    private static DiscussionThread threadOf(NetworkAccess.Standing standing, long threadId) {
        DiscussionThread thread = DiscussionThread.findById(threadId);
        if (thread == null || !thread.networkId.equals(standing.networkId())) {
            throw new DomainException.NotFound("No such thread in this network");
        }
        return thread;
    }

    private static DiscussionPost postOf(NetworkAccess.Standing standing, long threadId, long postId) {
        DiscussionThread thread = threadOf(standing, threadId);
        DiscussionPost post = DiscussionPost.findById(postId);
        if (post == null || !post.threadId.equals(thread.id)) {
            throw new DomainException.NotFound("No such post in this thread");
        }
        return post;
    }

    /** A reason that must be given: 422 naming {@code reason} when blank or too long. */
    static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException.Invalid(
                            "The reason is missing", List.of(new Problem.FieldError("reason", "Give a reason")))
                    .because("reason", DiscussionMessages.class, "err_reason_missing");
        }
        return optional(reason);
    }

    static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String why = reason.strip();
        if (why.length() > REASON_MAX) {
            throw new DomainException.Invalid(
                            "The reason is too long",
                            List.of(new Problem.FieldError(
                                    "reason", "is too long: at most " + REASON_MAX + " characters")))
                    .because("reason", DiscussionMessages.class, "err_reason_long");
        }
        return why;
    }

    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM person WHERE id IN (:ids)")
                .setParameter("ids", new HashSet<>(ids))
                .getResultList();
        rows.forEach(r -> names.put(num(r[0]), (String) r[1]));
        return names;
    }

    private static String excerpt(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return eu.topcop.learn.platform.persistence.SqlValues.instant(value);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
