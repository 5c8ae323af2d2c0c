package eu.topcop.learn.networks.discussions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.content.MarkdownRenderer;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.persistence.SqlValues;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Mistakes;
import io.quarkus.security.ForbiddenException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A network's discussions: threads and replies in Markdown, each in a recorded language, every version of a post
 * kept, quotes of one post by reference. Members read and write ({@link NetworkAccess}); every read is a constant
 * number of statements, however many threads or posts a page shows.
 */
@ApplicationScoped
public class Discussions {

    public static final int PAGE_MAX = 100;

    @Schema(description = "A new thread: its title and opening post")
    public record NewThread(
            @jakarta.validation.constraints.Size(max = DiscussionText.TITLE_MAX)
            String title,

            @jakarta.validation.constraints.Size(max = DiscussionText.BODY_MAX)
            String body,

            @Schema(description = "en, ru, uk, ka, hy, az or ro; the reader's language when absent")
            @jakarta.validation.constraints.Size(max = 5)
            String language) {}

    @Schema(description = "A reply, or an edit of a post (quotedPostId is ignored on an edit)")
    public record NewPost(
            @jakarta.validation.constraints.Size(max = DiscussionText.BODY_MAX)
            String body,

            @jakarta.validation.constraints.Size(max = 5) String language,

            @Schema(description = "a post of the same thread that this reply quotes")
            Long quotedPostId) {}

    public record ThreadSummary(
            long id,
            String title,
            String author,
            Instant createdAt,
            Instant lastActivityAt,
            int posts,
            boolean pinned,
            boolean locked) {}

    public record ThreadList(
            String network,
            String networkName,
            List<ThreadSummary> threads,

            @Schema(description = "pass as 'after' for the next page; absent on the last")
            String next,

            boolean canPost,
            boolean moderator,

            @Schema(description = "present in an offering's discussion space")
            OfferingHeader offering) {}

    @Schema(description = "The offering whose space it is: its days, and the first day it no longer takes posts")
    public record OfferingHeader(String offering, LocalDate startsOn, LocalDate endsOn, LocalDate closedSince) {}

    public record Quote(long postId, String author, String html) {}

    public record PostView(
            long id,
            long authorId,
            String author,
            String language,
            String languageName,
            String body,
            String html,
            Quote quote,
            Instant createdAt,
            Instant editedAt,
            int edits,
            boolean editable,
            boolean revisionsVisible,
            List<AttachmentView> attachments,

            @Schema(description = "hidden by a moderator: others see neither its text nor its files")
            boolean hidden,

            @Schema(description = "why it was hidden: for its author and the moderators")
            String hiddenReason,

            @Schema(description = "its open reports: for the moderators")
            int openReports) {}

    @Schema(description = "A file attached to a post; download it at its thread's attachments/{id}")
    public record AttachmentView(long id, String fileName, String mediaType, long size) {}

    /** A file to download: its cleaned name, the media type detected when it was uploaded, its bytes. */
    public record Download(String fileName, String mediaType, byte[] bytes) {}

    public record ThreadPage(
            String network,
            String networkName,
            ThreadSummary thread,
            List<PostView> posts,

            @Schema(description = "pass as 'after' for the next page; absent on the last")
            Long next,

            boolean canReply,
            boolean moderator,

            @Schema(description = "present in an offering's discussion space")
            OfferingHeader offering,

            @Schema(description = "for moderators: the other networks they moderate, where the thread may move")
            List<Moderation.NetworkChoice> moveTargets) {}

    public record RevisionView(
            int number, String language, String languageName, String body, String html, String by, Instant at) {}

    public record Revisions(String network, long threadId, PostView post, List<RevisionView> revisions) {}

    @Inject
    NetworkAccess access;

    @Inject
    EntityManager em;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Clock clock;

    @Inject
    AttachmentRules attachmentRules;

    @Inject
    Moderation moderation;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    jakarta.enterprise.event.Event<PostWritten> written;

    /** A page of the network's threads, pinned first, then by latest activity; {@code after} is a cursor. */
    @Transactional
    public ThreadList threads(String code, NetworkAccess.Viewer viewer, String after, int size, String readerLanguage) {
        NetworkAccess.Standing standing = access.reader(code, viewer);
        Cursor cursor = Cursor.parse(after);
        int limit = Math.max(1, Math.min(PAGE_MAX, size));
        String keyset = cursor == null
                ? ""
                : " AND (t.pinned < :pinned OR (t.pinned = :pinned AND (t.lastActivityAt < :at"
                        + " OR (t.lastActivityAt = :at AND t.id < :id))))";
        var query = em.createQuery(
                        "SELECT t FROM DiscussionThread t WHERE t.networkId = :network" + keyset
                                + " ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id DESC",
                        DiscussionThread.class)
                .setParameter("network", standing.networkId())
                .setMaxResults(limit + 1);
        if (cursor != null) {
            query.setParameter("pinned", cursor.pinned())
                    .setParameter("at", cursor.at())
                    .setParameter("id", cursor.id());
        }
        List<DiscussionThread> found = query.getResultList();
        List<DiscussionThread> shown = found.subList(0, Math.min(limit, found.size()));
        Map<Long, String> names = names(shown.stream().map(t -> t.authorId).toList());
        String next = found.size() > limit ? Cursor.of(shown.get(shown.size() - 1)) : null;
        Heading heading = heading(standing, readerLanguage);
        return new ThreadList(
                code,
                heading.name(),
                shown.stream().map(t -> summary(t, names)).toList(),
                next,
                standing.writes(),
                standing.moderator(),
                heading.offering());
    }

    /** Starts a thread with its opening post, all or nothing. */
    @Transactional
    public DiscussionThread start(String code, NetworkAccess.Viewer viewer, NewThread form, String readerLanguage) {
        return start(code, viewer, form, List.of(), readerLanguage);
    }

    /** Starts a thread with its opening post and its files, all or nothing: one refused file saves nothing. */
    @Transactional
    public DiscussionThread start(
            String code,
            NetworkAccess.Viewer viewer,
            NewThread form,
            List<AttachmentRules.Upload> uploads,
            String readerLanguage) {
        NetworkAccess.Standing standing = access.writer(code, viewer);
        Mistakes problems = new Mistakes(DiscussionMessages.class);
        DiscussionText.title(form.title(), problems);
        DiscussionText.body(form.body(), problems);
        String language = DiscussionText.language(form.language(), readerLanguage, problems);
        List<AttachmentRules.Accepted> files = attachmentRules.check(uploads, problems);
        problems.refuse("The post cannot be saved");
        Instant now = now();
        DiscussionThread thread = new DiscussionThread();
        thread.networkId = standing.networkId();
        thread.title = form.title().strip();
        thread.authorId = viewer.personId();
        thread.createdAt = now;
        thread.lastActivityAt = now;
        thread.persist();
        DiscussionPost opening = post(thread, viewer.personId(), form.body(), language, null, files, now);
        written.fire(new PostWritten(thread.networkId, thread.id, thread.title, opening.id, viewer.personId(), true));
        return thread;
    }

    /** A page of a thread's posts in the order they were written; {@code after} is the last post id seen. */
    @Transactional
    public ThreadPage thread(
            String code, long threadId, NetworkAccess.Viewer viewer, Long after, int size, String readerLanguage) {
        NetworkAccess.Standing standing = access.reader(code, viewer);
        DiscussionThread thread = threadOf(standing, threadId);
        int limit = Math.max(1, Math.min(PAGE_MAX, size));
        List<DiscussionPost> found = em.createQuery(
                        "SELECT p FROM DiscussionPost p WHERE p.threadId = :thread AND p.id > :after ORDER BY p.id",
                        DiscussionPost.class)
                .setParameter("thread", thread.id)
                .setParameter("after", after == null ? 0L : after)
                .setMaxResults(limit + 1)
                .getResultList();
        List<DiscussionPost> shown = found.subList(0, Math.min(limit, found.size()));
        List<PostView> posts = views(shown, standing, viewer, thread);
        Map<Long, String> names = names(List.of(thread.authorId));
        Heading heading = heading(standing, readerLanguage);
        return new ThreadPage(
                code,
                heading.name(),
                summary(thread, names),
                posts,
                found.size() > limit ? shown.get(shown.size() - 1).id : null,
                standing.writes() && !thread.locked,
                standing.moderator(),
                heading.offering(),
                standing.moderator() ? moderation.moveTargets(standing, viewer, readerLanguage) : List.of());
    }

    /** Replies to a thread, quoting one of its posts when asked. */
    @Transactional
    public DiscussionPost reply(
            String code, long threadId, NetworkAccess.Viewer viewer, NewPost form, String readerLanguage) {
        return reply(code, threadId, viewer, form, List.of(), readerLanguage);
    }

    /** Replies with files, all or nothing: one refused file saves nothing. */
    @Transactional
    public DiscussionPost reply(
            String code,
            long threadId,
            NetworkAccess.Viewer viewer,
            NewPost form,
            List<AttachmentRules.Upload> uploads,
            String readerLanguage) {
        NetworkAccess.Standing standing = access.writer(code, viewer);
        DiscussionThread thread = threadOf(standing, threadId);
        if (thread.locked) {
            throw new DomainException.Conflict("The thread is locked: no more replies");
        }
        Mistakes problems = new Mistakes(DiscussionMessages.class);
        DiscussionText.body(form.body(), problems);
        String language = DiscussionText.language(form.language(), readerLanguage, problems);
        if (form.quotedPostId() != null) {
            DiscussionPost quoted = DiscussionPost.findById(form.quotedPostId());
            if (quoted == null || !quoted.threadId.equals(thread.id)) {
                problems.add("quotedPostId", "Quote a post of this thread", "err_quote");
            }
        }
        List<AttachmentRules.Accepted> files = attachmentRules.check(uploads, problems);
        problems.refuse("The post cannot be saved");
        DiscussionPost post = post(thread, viewer.personId(), form.body(), language, form.quotedPostId(), files, now());
        written.fire(new PostWritten(thread.networkId, thread.id, thread.title, post.id, viewer.personId(), false));
        return post;
    }

    /** The post as it stands, for its edit form; only its author edits it. */
    @Transactional
    public PostView post(String code, long threadId, long postId, NetworkAccess.Viewer viewer) {
        NetworkAccess.Standing standing = access.reader(code, viewer);
        DiscussionThread thread = threadOf(standing, threadId);
        DiscussionPost post = postOf(thread, postId);
        return views(List.of(post), standing, viewer, thread).get(0);
    }

    /** Its author changes a post; the new text becomes a new revision, the earlier ones stay. */
    @Transactional
    public DiscussionPost edit(
            String code, long threadId, long postId, NetworkAccess.Viewer viewer, NewPost form, String readerLanguage) {
        NetworkAccess.Standing standing = access.writer(code, viewer);
        DiscussionThread thread = threadOf(standing, threadId);
        DiscussionPost post = postOf(thread, postId);
        if (post.authorId != viewer.personId()) {
            throw new ForbiddenException("Only its author edits a post");
        }
        if (post.hidden()) {
            throw new DomainException.Conflict("A moderator has hidden this post: it cannot be edited");
        }
        Mistakes problems = new Mistakes(DiscussionMessages.class);
        DiscussionText.body(form.body(), problems);
        String language = DiscussionText.language(form.language(), readerLanguage, problems);
        problems.refuse("The post cannot be saved");
        post.edit(form.body(), language, viewer.personId(), now()).persist();
        return post;
    }

    /** Every version of a post, the first first: for its author and the network's moderators only. */
    @Transactional
    public Revisions revisions(String code, long threadId, long postId, NetworkAccess.Viewer viewer) {
        NetworkAccess.Standing standing = access.reader(code, viewer);
        DiscussionThread thread = threadOf(standing, threadId);
        DiscussionPost post = postOf(thread, postId);
        if (post.authorId != viewer.personId() && !standing.moderator()) {
            throw new ForbiddenException("Only its author and the moderators see a post's earlier versions");
        }
        List<DiscussionRevision> revisions = DiscussionRevision.list("postId = ?1 ORDER BY number", post.id);
        Map<Long, String> names = names(revisions.stream().map(r -> r.editedBy).toList());
        return new Revisions(
                code,
                thread.id,
                views(List.of(post), standing, viewer, thread).get(0),
                revisions.stream()
                        .map(r -> new RevisionView(
                                r.number,
                                r.language,
                                languageName(r.language),
                                r.body,
                                markdown.toHtml(r.body),
                                names.get(r.editedBy),
                                r.editedAt))
                        .toList());
    }

    /** A file of a post of this thread, for the network's readers only; 404 for a file of another thread. */
    @Transactional
    public Download attachment(String code, long threadId, long attachmentId, NetworkAccess.Viewer viewer) {
        NetworkAccess.Standing standing = access.reader(code, viewer);
        DiscussionThread thread = threadOf(standing, threadId);
        DiscussionAttachment file = DiscussionAttachment.findById(attachmentId);
        DiscussionPost post = file == null ? null : DiscussionPost.findById(file.postId);
        if (post == null
                || !post.threadId.equals(thread.id)
                || (post.hidden() && post.authorId != viewer.personId() && !standing.moderator())) {
            throw new DomainException.NotFound("No such file in this thread");
        }
        return new Download(file.fileName, file.mediaType, file.content);
    }

    private DiscussionPost post(
            DiscussionThread thread,
            long author,
            String body,
            String language,
            Long quoted,
            List<AttachmentRules.Accepted> files,
            Instant now) {
        DiscussionPost post = new DiscussionPost();
        post.threadId = thread.id;
        post.authorId = author;
        post.language = language;
        post.body = body;
        post.quotedPostId = quoted;
        post.createdAt = now;
        post.persist();
        post.firstRevision().persist();
        for (AttachmentRules.Accepted file : files) {
            DiscussionAttachment attachment = new DiscussionAttachment();
            attachment.postId = post.id;
            attachment.fileName = file.fileName();
            attachment.mediaType = file.mediaType();
            attachment.sizeBytes = file.bytes().length;
            attachment.content = file.bytes();
            attachment.uploadedBy = author;
            attachment.uploadedAt = now;
            attachment.persist();
        }
        thread.posted(now);
        return post;
    }

    private List<PostView> views(
            List<DiscussionPost> posts,
            NetworkAccess.Standing standing,
            NetworkAccess.Viewer viewer,
            DiscussionThread thread) {
        Set<Long> shownIds = new HashSet<>();
        posts.forEach(p -> shownIds.add(p.id));
        Set<Long> missing = new HashSet<>();
        posts.stream()
                .map(p -> p.quotedPostId)
                .filter(id -> id != null && !shownIds.contains(id))
                .forEach(missing::add);
        Map<Long, DiscussionPost> quoted = new HashMap<>();
        posts.forEach(p -> quoted.put(p.id, p));
        if (!missing.isEmpty()) {
            InList ids = InList.of("ids", missing);
            DiscussionPost.<DiscussionPost>list("id IN " + ids, ids.parameters())
                    .forEach(p -> quoted.put(p.id, p));
        }
        List<Long> people = new ArrayList<>();
        posts.forEach(p -> people.add(p.authorId));
        quoted.values().forEach(p -> people.add(p.authorId));
        Map<Long, String> names = names(people);
        Map<Long, List<AttachmentView>> files = attachments(shownIds);
        Map<Long, Integer> reports = standing.moderator() ? moderation.openReports(shownIds) : Map.of();
        return posts.stream()
                .map(p -> {
                    DiscussionPost q = p.quotedPostId == null ? null : quoted.get(p.quotedPostId);
                    boolean own = p.authorId == viewer.personId();
                    // A hidden post shows its text to its author and the moderators only.
                    boolean shown = !p.hidden() || own || standing.moderator();
                    boolean quoteShown =
                            q != null && (!q.hidden() || q.authorId == viewer.personId() || standing.moderator());
                    return new PostView(
                            p.id,
                            p.authorId,
                            names.get(p.authorId),
                            p.language,
                            languageName(p.language),
                            shown ? p.body : null,
                            shown ? markdown.toHtml(p.body) : null,
                            q == null
                                    ? null
                                    : new Quote(
                                            q.id, names.get(q.authorId), quoteShown ? markdown.toHtml(q.body) : null),
                            p.createdAt,
                            p.editedAt,
                            p.edits,
                            own && standing.writes() && !p.hidden(),
                            own || standing.moderator(),
                            shown ? files.getOrDefault(p.id, List.of()) : List.of(),
                            p.hidden(),
                            shown ? p.hiddenReason : null,
                            reports.getOrDefault(p.id, 0));
                })
                .toList();
    }

    /** The files of these posts, without their bytes, in one statement. */
    private Map<Long, List<AttachmentView>> attachments(Set<Long> postIds) {
        Map<Long, List<AttachmentView>> files = new HashMap<>();
        if (postIds.isEmpty()) {
            return files;
        }
        InList postsIn = InList.of("posts", postIds);
        InList.bind(
                        em.createQuery(
                                "SELECT a.postId, a.id, a.fileName, a.mediaType, a.sizeBytes FROM DiscussionAttachment a"
                                        + " WHERE a.postId IN " + postsIn + " ORDER BY a.id",
                                Object[].class),
                        postsIn)
                .getResultList()
                .forEach(r -> files.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new AttachmentView((Long) r[1], (String) r[2], (String) r[3], (Long) r[4])));
        return files;
    }

    private DiscussionThread threadOf(NetworkAccess.Standing standing, long threadId) {
        DiscussionThread thread = DiscussionThread.findById(threadId);
        if (thread == null || !thread.networkId.equals(standing.networkId())) {
            throw new DomainException.NotFound("No such thread in this network");
        }
        return thread;
    }

    private static DiscussionPost postOf(DiscussionThread thread, long postId) {
        DiscussionPost post = DiscussionPost.findById(postId);
        if (post == null || !post.threadId.equals(thread.id)) {
            throw new DomainException.NotFound("No such post in this thread");
        }
        return post;
    }

    /** The people's names, in one statement (an erased person's is their pseudonym). */
    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM person WHERE id IN (:ids)")
                .setParameter("ids", new HashSet<>(ids))
                .getResultList();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        return names;
    }

    private record Heading(String name, OfferingHeader offering) {}

    /** The network's name in the reader's language and, for an offering's space, the offering: one statement. */
    private Heading heading(NetworkAccess.Standing standing, String readerLanguage) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT n.name, o.code, o.starts_on, o.ends_on FROM network n"
                        + " LEFT JOIN offering o ON o.id = n.offering_id WHERE n.id = :n")
                .setParameter("n", standing.networkId())
                .getSingleResult();
        Map<String, String> name = json(r[0]);
        String shown = name.getOrDefault(readerLanguage, name.getOrDefault("en", standing.code()));
        return new Heading(
                shown,
                r[1] == null
                        ? null
                        : new OfferingHeader(
                                (String) r[1],
                                SqlValues.localDate(r[2]),
                                SqlValues.localDate(r[3]),
                                standing.closedSince()));
    }

    private Map<String, String> json(Object column) {
        try {
            return objectMapper.readValue(column.toString(), new TypeReference<Map<String, String>>() {});
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Map.of("en", column.toString());
        }
    }

    private static ThreadSummary summary(DiscussionThread t, Map<Long, String> names) {
        return new ThreadSummary(
                t.id, t.title, names.get(t.authorId), t.createdAt, t.lastActivityAt, t.postCount, t.pinned, t.locked);
    }

    static String languageName(String code) {
        return Language.of(code).map(Language::name).orElse(code);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Where a page of threads ends: pinned or not, last activity, id. */
    record Cursor(boolean pinned, Instant at, long id) {

        static String of(DiscussionThread t) {
            return (t.pinned ? "1" : "0") + "." + t.lastActivityAt.toEpochMilli() + "." + t.id;
        }

        static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String[] parts = text.strip().split("\\.");
            try {
                if (parts.length != 3 || !(parts[0].equals("0") || parts[0].equals("1"))) {
                    throw new NumberFormatException();
                }
                return new Cursor(
                        parts[0].equals("1"), Instant.ofEpochMilli(Long.parseLong(parts[1])), Long.parseLong(parts[2]));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new DomainException.RuleViolation("after", "is not a cursor this list gave");
            }
        }
    }
}
