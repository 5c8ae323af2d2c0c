package eu.topcop.learn.networks.library;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.content.MarkdownRenderer;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.needs.NeedProposals;
import eu.topcop.learn.networks.needs.NeedViews;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.persistence.FullTextQuery;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.TextInput;
import io.quarkus.security.ForbiddenException;

/**
 * The library of the networks: documents written, revised and submitted by their authors, published and withdrawn
 * by the network's moderators, read by whom their access level lets read them. Every route asks this service, and
 * this service asks {@link NetworkAccess} who the viewer is in the document's network:
 *
 * <ul>
 *   <li><b>Authors</b> and the network's <b>moderators</b> (and those who run every network) read every version.
 *   <li>Others read the published version, and the versions published before it, when the access level allows:
 *       SIGNED_IN every signed-in user, MEMBERS the network's active members, RESTRICTED the members named.
 *   <li>Anyone else is told there is no such document (404), so a restricted document's existence stays hidden.
 * </ul>
 */
@ApplicationScoped
public class LibraryService {

    static final int TITLE_MAX = 300;
    static final int SUMMARY_MAX = 2000;
    static final int BODY_MAX = 60_000;
    static final int NOTE_MAX = 500;
    static final int LIST_MAX = 50;
    static final int COMMENT_MAX = 4000;
    static final int DEEPEST_REPLY = 4;

    /** Markdown that tries to run something: refused rather than silently escaped, so the author knows. */
    private static final Pattern SCRIPT = Pattern.compile(
            "<\\s*/?\\s*(script|iframe|object|embed|style)\\b|javascript\\s*:|vbscript\\s*:|\\son[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);

    /** A file as sent: the name it had and its bytes. */
    public record Upload(String name, byte[] content) {}

    /** The filters of a list; each may be null. */
    public record Filter(String text, String kind, String priority, String country, String language, String network) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }

        public Filter withNetwork(String code) {
            return new Filter(text, kind, priority, country, language, code);
        }
    }

    @Inject
    NeedProposals needs;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NetworkAccess access;

    @Inject
    LibraryFiles files;

    @Inject
    MarkdownRenderer markdown;

    // --- writing ---------------------------------------------------------------------------------------------

    /** A member (not muted) writes a new document, a draft, with its first version. */
    @Transactional
    public LibraryDocument create(
            String networkCode, LibraryViews.DocumentInput input, Upload upload, NetworkAccess.Viewer viewer) {
        NetworkAccess.Standing standing = access.writer(networkCode, viewer);
        LibraryProblems problems = new LibraryProblems();
        Checked checked = check(input, standing.networkId(), viewer.personId(), problems);
        Long group = null;
        if (input.translationOf() != null) {
            LibraryDocument original = LibraryDocument.findById(input.translationOf());
            if (original == null || !reads(original, viewer).reads) {
                problems.add("translationOf", "unknown", "No such document to translate");
            } else {
                group = original.group();
            }
        }
        LibraryFiles.Stored file = upload == null ? null : files.check(upload.name(), upload.content(), problems);
        problems.throwIfAny();

        Instant now = Instant.now(clock);
        LibraryDocument document = new LibraryDocument();
        document.networkId = standing.networkId();
        document.kind = checked.kind;
        document.access = checked.access;
        document.language = checked.language;
        document.translationGroup = group;
        document.title = input.title().strip();
        document.createdBy = viewer.personId();
        document.createdAt = now;
        document.updatedAt = now;
        document.persist();
        LibraryVersion version = newVersion(document, input, file, viewer.personId(), now);
        document.revised(version, now);
        Set<Long> authors = new LinkedHashSet<>();
        authors.add(viewer.personId());
        authors.addAll(checked.coAuthors);
        replaceLinks(document.id, checked, authors, now);
        return document;
    }

    /** An author writes a new version: the text, what it is about, who writes and reads it, perhaps a new file. */
    @Transactional
    public LibraryDocument revise(
            long id, LibraryViews.DocumentInput input, Upload upload, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        Reading reading = reads(document, viewer);
        requireAuthor(reading);
        LibraryProblems problems = new LibraryProblems();
        Checked checked = check(input, document.networkId, viewer.personId(), problems);
        LibraryFiles.Stored file = upload == null ? null : files.check(upload.name(), upload.content(), problems);
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        LibraryVersion version = newVersion(document, input, file, viewer.personId(), now);
        if (file == null) {
            carryFile(document, version);
        }
        document.kind = checked.kind;
        document.access = checked.access;
        document.language = checked.language;
        document.revised(version, now);
        Set<Long> authors = new LinkedHashSet<>(reading.authors);
        authors.addAll(checked.coAuthors);
        replaceLinks(document.id, checked, authors, now);
        return document;
    }

    /** An author attaches a new file: a new version with the same text. */
    @Transactional
    public LibraryDocument attach(long id, Upload upload, String note, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        requireAuthor(reads(document, viewer));
        LibraryProblems problems = new LibraryProblems();
        if (note != null && note.length() > NOTE_MAX) {
            problems.add("note", "too_long", "At most " + NOTE_MAX + " characters");
        }
        LibraryFiles.Stored file = upload == null ? null : files.check(upload.name(), upload.content(), problems);
        if (upload == null) {
            problems.add("file", "empty", "Choose a file");
        }
        problems.throwIfAny();
        LibraryVersion latest = version(document.id, document.latestVersion);
        Instant now = Instant.now(clock);
        LibraryVersion version = new LibraryVersion();
        version.documentId = document.id;
        version.number = document.latestVersion + 1;
        version.title = latest.title;
        version.summary = latest.summary;
        version.body = latest.body;
        version.note = blankToNull(note);
        version.createdBy = viewer.personId();
        version.createdAt = now;
        version.persist();
        store(version, file);
        document.revised(version, now);
        return document;
    }

    @Transactional
    public void submit(long id, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        requireAuthor(reads(document, viewer));
        document.submit(Instant.now(clock));
    }

    @Transactional
    public void publish(long id, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        requireModerator(reads(document, viewer));
        document.publish(version(document.id, document.latestVersion), Instant.now(clock));
    }

    @Transactional
    public void withdraw(long id, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        requireModerator(reads(document, viewer));
        document.withdraw(Instant.now(clock));
    }

    /** Marks the document useful for the viewer, or takes the mark back; returns whether it is now marked. */
    @Transactional
    public boolean toggleUseful(long id, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        reads(document, viewer);
        int removed = em.createNativeQuery("DELETE FROM library_useful WHERE document_id = :d AND person_id = :p")
                .setParameter("d", id)
                .setParameter("p", viewer.personId())
                .executeUpdate();
        if (removed == 0) {
            em.createNativeQuery("INSERT INTO library_useful (document_id, person_id, marked_at) VALUES (:d, :p, :at)")
                    .setParameter("d", id)
                    .setParameter("p", viewer.personId())
                    .setParameter("at", Instant.now(clock))
                    .executeUpdate();
        }
        em.createNativeQuery("UPDATE library_document SET useful = (SELECT COUNT(*) FROM library_useful"
                        + " WHERE document_id = :d) WHERE id = :d")
                .setParameter("d", id)
                .executeUpdate();
        return removed == 0;
    }

    /**
     * A review comment (or a reply) on a draft or in-review version, by its authors or the network's moderators, who
     * are the ones who see it.
     */
    @Transactional
    public long comment(long id, int number, LibraryViews.CommentInput input, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        Reading reading = reads(document, viewer);
        if (!reading.privileged) {
            throw new ForbiddenException("Only the document's authors and the network's moderators review it");
        }
        if (!reading.standing.writes() && !reading.standing.moderator()) {
            throw new ForbiddenException("A moderator has muted you in this network for a time");
        }
        LibraryVersion version = readable(document, reading, number);
        LibraryProblems problems = new LibraryProblems();
        String body = input == null ? null : input.body();
        if (text(problems, "body", body, COMMENT_MAX, true)
                && SCRIPT.matcher(body).find()) {
            problems.add("body", "script", "The text contains a script or an event handler; remove it");
        }
        int depth = 0;
        Long parent = input == null ? null : input.parent();
        if (parent != null) {
            @SuppressWarnings("unchecked")
            List<Number> parentDepth = em.createNativeQuery(
                            "SELECT depth FROM library_comment WHERE id = :c AND version_id = :v")
                    .setParameter("c", parent)
                    .setParameter("v", version.id)
                    .getResultList();
            if (parentDepth.isEmpty()) {
                problems.add("parent", "unknown", "No such comment on this version");
            } else if (parentDepth.get(0).intValue() >= DEEPEST_REPLY) {
                problems.add("parent", "too_deep", "Replies go at most " + DEEPEST_REPLY + " deep; reply higher up");
            } else {
                depth = parentDepth.get(0).intValue() + 1;
            }
        }
        if (problems.isEmpty() && !reviewable(document, version)) {
            problems.add("body", "closed", "Only a draft or a version in review is commented on");
        }
        problems.throwIfAny();
        em.createNativeQuery("INSERT INTO library_comment (version_id, parent_id, depth, person_id, body, created_at)"
                        + " VALUES (:v, :parent, :depth, :p, :body, :at)")
                .setParameter("v", version.id)
                .setParameter("parent", parent)
                .setParameter("depth", depth)
                .setParameter("p", viewer.personId())
                .setParameter("body", body)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    /** The review comments of a version the viewer reviews, threaded (each reply after its parent). */
    @Transactional
    public List<LibraryViews.Comment> comments(long id, int number, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        Reading reading = reads(document, viewer);
        if (!reading.privileged) {
            throw new ForbiddenException("Only the document's authors and the network's moderators review it");
        }
        return comments(readable(document, reading, number).id);
    }

    /** A reader proposes what the document concludes as an emerging training need, for course managers. */
    @Transactional
    public long propose(long id, NeedViews.ProposalInput input, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        Reading reading = reads(document, viewer);
        if (!reading.standing.writes() || document.publishedVersionId == null) {
            throw new ForbiddenException("Members of the network propose training needs from published documents");
        }
        return needs.fromDocument(id, input, viewer.personId());
    }

    private static boolean reviewable(LibraryDocument document, LibraryVersion version) {
        return version.number == document.latestVersion
                && (document.status == LibraryDocument.Status.DRAFT
                        || document.status == LibraryDocument.Status.IN_REVIEW);
    }

    private List<LibraryViews.Comment> comments(long versionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.parent_id, c.depth, p.name, c.body, c.created_at"
                        + " FROM library_comment c JOIN person p ON p.id = c.person_id WHERE c.version_id = :v"
                        + " ORDER BY c.id")
                .setParameter("v", versionId)
                .getResultList();
        Map<Long, List<Object[]>> replies = new HashMap<>();
        List<Object[]> roots = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[1] == null) {
                roots.add(r);
            } else {
                replies.computeIfAbsent(((Number) r[1]).longValue(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        List<LibraryViews.Comment> threaded = new ArrayList<>();
        roots.forEach(r -> thread(r, replies, threaded));
        return threaded;
    }

    private void thread(Object[] row, Map<Long, List<Object[]>> replies, List<LibraryViews.Comment> into) {
        long id = ((Number) row[0]).longValue();
        into.add(new LibraryViews.Comment(
                id,
                row[1] == null ? null : ((Number) row[1]).longValue(),
                ((Number) row[2]).intValue(),
                (String) row[3],
                (String) row[4],
                markdown.toHtml((String) row[4]),
                instant(row[5])));
        replies.getOrDefault(id, List.of()).forEach(r -> thread(r, replies, into));
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** One version of a document (the one the viewer reads first when {@code number} is null). */
    @Transactional
    public LibraryViews.Detail detail(long id, Integer number, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        Reading reading = reads(document, viewer);
        LibraryVersion version = readable(document, reading, number);
        List<LibraryViews.VersionLine> versions = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT v.number, v.created_at, v.note, v.published_at, f.name,"
                        + " f.media_type, f.size FROM library_version v LEFT JOIN library_file f ON f.version_id = v.id"
                        + " WHERE v.document_id = :d ORDER BY v.number DESC")
                .setParameter("d", id)
                .getResultList();
        LibraryViews.FileInfo file = null;
        for (Object[] r : rows) {
            boolean published = r[3] != null;
            if (!reading.privileged && !published) {
                continue;
            }
            LibraryViews.FileInfo info =
                    r[4] == null ? null : new LibraryViews.FileInfo((String) r[4], (String) r[5], number(r[6]));
            if (((Number) r[0]).intValue() == version.number) {
                file = info;
            }
            versions.add(new LibraryViews.VersionLine(
                    ((Number) r[0]).intValue(), instant(r[1]), (String) r[2], published, info));
        }
        boolean marked = ((Number) em.createNativeQuery(
                                        "SELECT COUNT(*) FROM library_useful WHERE document_id = :d AND person_id = :p")
                                .setParameter("d", id)
                                .setParameter("p", viewer.personId())
                                .getSingleResult())
                        .longValue()
                > 0;
        boolean writes = reading.standing.writes() || reading.standing.moderator();
        return new LibraryViews.Detail(
                document.id,
                reading.standing.code(),
                document.kind,
                document.access,
                document.status,
                document.language,
                version.number,
                version.title,
                version.summary,
                version.body,
                markdown.toHtml(version.body),
                version.note,
                version.createdAt,
                file,
                versions,
                translations(document, viewer),
                people(
                        "SELECT p.id, p.name FROM library_author a JOIN person p ON p.id = a.person_id"
                                + " WHERE a.document_id = :d ORDER BY a.added_at, p.id",
                        id),
                reading.privileged
                        ? people(
                                "SELECT p.id, p.name FROM library_reader r JOIN person p ON p.id = r.person_id"
                                        + " WHERE r.document_id = :d ORDER BY p.name, p.id",
                                id)
                        : List.of(),
                codes(
                        "SELECT cp.code FROM library_document_priority dp JOIN crime_priority cp"
                                + " ON cp.id = dp.crime_priority_id WHERE dp.document_id = :d ORDER BY cp.position, cp.code",
                        id),
                codes(
                        "SELECT country_code FROM library_document_country WHERE document_id = :d"
                                + " ORDER BY country_code",
                        id),
                document.downloads,
                document.useful,
                marked,
                reading.privileged ? comments(version.id) : List.of(),
                reading.privileged && writes && reviewable(document, version),
                reading.standing.writes() && document.publishedVersionId != null,
                reading.standing.writes(),
                reading.author && writes,
                reading.author && writes && document.status == LibraryDocument.Status.DRAFT,
                reading.standing.moderator() && document.status == LibraryDocument.Status.IN_REVIEW,
                reading.standing.moderator() && document.publishedVersionId != null);
    }

    /** The file of a version the viewer may read; counts the download (how many, never who). */
    @Transactional
    public LibraryViews.Download download(long id, int number, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        LibraryVersion version = readable(document, reads(document, viewer), number);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT name, media_type, content FROM library_file WHERE version_id = :v")
                .setParameter("v", version.id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new DomainException.NotFound("This version has no file");
        }
        em.createNativeQuery("UPDATE library_document SET downloads = downloads + 1 WHERE id = :d")
                .setParameter("d", id)
                .executeUpdate();
        Object[] r = rows.get(0);
        return new LibraryViews.Download((String) r[0], (String) r[1], (byte[]) r[2]);
    }

    /**
     * The documents the viewer may read, newest first, {@code size} at a time after the cursor {@code after}: in
     * three statements whatever their number (the page, then their priorities and countries).
     */
    @Transactional
    public LibraryViews.Page list(Filter filter, Long after, int size, NetworkAccess.Viewer viewer) {
        checkFilter(filter);
        StringBuilder sql = new StringBuilder("SELECT d.id, n.code, d.kind, d.status, d.access, d.language,"
                + " d.downloads, d.useful, d.updated_at, lv.title, lv.summary, pv.title, pv.summary, "
                + PRIVILEGED + " AS privileged"
                + " FROM library_document d JOIN network n ON n.id = d.network_id"
                + " JOIN library_version lv ON lv.document_id = d.id AND lv.number = d.latest_version"
                + " LEFT JOIN library_version pv ON pv.id = d.published_version_id"
                + " LEFT JOIN network_member m ON m.network_id = d.network_id AND m.person_id = :p"
                + " AND m.status = 'ACTIVE'"
                + " LEFT JOIN library_author a ON a.document_id = d.id AND a.person_id = :p"
                + " LEFT JOIN library_reader r ON r.document_id = d.id AND r.person_id = :p"
                + " WHERE (" + PRIVILEGED + " OR (d.published_version_id IS NOT NULL AND (d.access = 'SIGNED_IN'"
                + " OR (m.id IS NOT NULL AND (d.access = 'MEMBERS' OR r.person_id IS NOT NULL)))))");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("p", viewer.personId());
        parameters.put("runs", viewer.runsNetworks());
        FullTextQuery text = FullTextQuery.of(filter.text());
        if (text.words() != null) {
            sql.append(" AND MATCH (d.search_text) AGAINST (:words IN BOOLEAN MODE)");
            parameters.put("words", text.words());
        } else if (text.fragment() != null) {
            sql.append(" AND d.search_text LIKE :fragment");
            parameters.put("fragment", text.fragment());
        }
        if (present(filter.kind())) {
            sql.append(" AND d.kind = :kind");
            parameters.put("kind", filter.kind().strip().toUpperCase(Locale.ROOT));
        }
        if (present(filter.language())) {
            sql.append(" AND d.language = :language");
            parameters.put("language", filter.language().strip());
        }
        if (present(filter.network())) {
            sql.append(" AND n.code = :network");
            parameters.put("network", filter.network().strip());
        }
        if (present(filter.priority())) {
            sql.append(" AND EXISTS (SELECT 1 FROM library_document_priority dp JOIN crime_priority cp"
                    + " ON cp.id = dp.crime_priority_id WHERE dp.document_id = d.id AND cp.code = :priority)");
            parameters.put("priority", filter.priority().strip());
        }
        if (present(filter.country())) {
            sql.append(" AND EXISTS (SELECT 1 FROM library_document_country dc WHERE dc.document_id = d.id"
                    + " AND dc.country_code = :country)");
            parameters.put("country", filter.country().strip().toUpperCase(Locale.ROOT));
        }
        if (after != null) {
            sql.append(" AND d.id < :after");
            parameters.put("after", after);
        }
        sql.append(" ORDER BY d.id DESC LIMIT ").append(size + 1);
        var query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Long next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = ((Number) rows.get(size - 1)[0]).longValue();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<String>> priorities = grouped(
                "SELECT dp.document_id, cp.code FROM library_document_priority dp"
                        + " JOIN crime_priority cp ON cp.id = dp.crime_priority_id WHERE dp.document_id IN (:ids)"
                        + " ORDER BY cp.position, cp.code",
                ids);
        Map<Long, List<String>> countries = grouped(
                "SELECT document_id, country_code FROM library_document_country"
                        + " WHERE document_id IN (:ids) ORDER BY country_code",
                ids);
        List<LibraryViews.Card> cards = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            boolean privileged = truthy(r[13]);
            boolean latest = privileged || r[11] == null;
            cards.add(new LibraryViews.Card(
                    id,
                    (String) r[1],
                    LibraryDocument.Kind.valueOf((String) r[2]),
                    LibraryDocument.Status.valueOf((String) r[3]),
                    LibraryDocument.Access.valueOf((String) r[4]),
                    (String) r[5],
                    (String) (latest ? r[9] : r[11]),
                    (String) (latest ? r[10] : r[12]),
                    priorities.getOrDefault(id, List.of()),
                    countries.getOrDefault(id, List.of()),
                    number(r[6]),
                    number(r[7]),
                    instant(r[8])));
        }
        return new LibraryViews.Page(cards, next);
    }

    /** A filter naming a kind, priority, country or language that does not exist is a mistake, not an empty list. */
    private void checkFilter(Filter filter) {
        LibraryProblems problems = new LibraryProblems();
        if (present(filter.kind()) && enumOf(LibraryDocument.Kind.class, filter.kind()) == null) {
            problems.add("kind", "unknown", "Choose one of " + List.of(LibraryDocument.Kind.values()));
        }
        if (present(filter.priority())
                && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM crime_priority WHERE code = :c")
                                        .setParameter("c", filter.priority().strip())
                                        .getSingleResult())
                                .longValue()
                        == 0) {
            problems.add("priority", "unknown", "No such crime priority");
        }
        if (present(filter.country())
                && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM country WHERE code = :c")
                                        .setParameter(
                                                "c", filter.country().strip().toUpperCase(Locale.ROOT))
                                        .getSingleResult())
                                .longValue()
                        == 0) {
            problems.add("country", "unknown", "No such country");
        }
        if (present(filter.language())
                && Language.SUPPORTED.stream()
                        .noneMatch(l -> l.code().equals(filter.language().strip()))) {
            problems.add("language", "unknown", "Choose one of the seven languages");
        }
        if (filter.text() != null && filter.text().length() > 200) {
            problems.add("q", "too_long", "At most 200 characters");
        }
        problems.throwIfAny();
    }

    /** The network's active members, for the co-author and reader choices of a form. */
    @Transactional
    public List<LibraryViews.Person> members(String networkCode, NetworkAccess.Viewer viewer) {
        NetworkAccess.Standing standing = access.reader(networkCode, viewer);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT p.id, p.name FROM network_member m JOIN person p"
                                + " ON p.id = m.person_id WHERE m.network_id = :n AND m.status = 'ACTIVE' ORDER BY p.name, p.id")
                .setParameter("n", standing.networkId())
                .getResultList();
        return rows.stream()
                .map(r -> new LibraryViews.Person(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }

    /** The viewer's standing in a network, for pages that show what they may do there. */
    public NetworkAccess.Standing standing(String networkCode, NetworkAccess.Viewer viewer) {
        return access.standing(networkCode, viewer);
    }

    /** The input a revision form starts from: the latest version as its author sees it. */
    @Transactional
    public LibraryViews.DocumentInput editable(long id, NetworkAccess.Viewer viewer) {
        LibraryDocument document = document(id);
        Reading reading = reads(document, viewer);
        requireAuthor(reading);
        LibraryVersion latest = version(id, document.latestVersion);
        List<Long> coAuthors = reading.authors.stream()
                .filter(a -> !a.equals(document.createdBy))
                .toList();
        @SuppressWarnings("unchecked")
        List<Number> readers = em.createNativeQuery("SELECT person_id FROM library_reader WHERE document_id = :d")
                .setParameter("d", id)
                .getResultList();
        return new LibraryViews.DocumentInput(
                document.kind.name(),
                latest.title,
                latest.summary,
                latest.body,
                document.language,
                document.access.name(),
                codes(
                        "SELECT cp.code FROM library_document_priority dp JOIN crime_priority cp"
                                + " ON cp.id = dp.crime_priority_id WHERE dp.document_id = :d",
                        id),
                codes("SELECT country_code FROM library_document_country WHERE document_id = :d", id),
                coAuthors,
                readers.stream().map(Number::longValue).toList(),
                null,
                null);
    }

    /** The network a document belongs to (its code), when the viewer may read the document. */
    @Transactional
    public String networkOf(long id, NetworkAccess.Viewer viewer) {
        return reads(document(id), viewer).standing.code();
    }

    // --- the rule --------------------------------------------------------------------------------------------

    /** The viewer as a reader of one document. */
    record Reading(
            NetworkAccess.Standing standing, Set<Long> authors, boolean author, boolean privileged, boolean reads) {}

    private static final String PRIVILEGED =
            "(:runs OR a.person_id IS NOT NULL OR (m.role = 'MODERATOR' AND m.id IS NOT NULL))";

    Reading reads(LibraryDocument document, NetworkAccess.Viewer viewer) {
        Network network = Network.findById(document.networkId);
        NetworkAccess.Standing standing = access.standing(network.code, viewer);
        @SuppressWarnings("unchecked")
        List<Number> authorIds = em.createNativeQuery("SELECT person_id FROM library_author WHERE document_id = :d")
                .setParameter("d", document.id)
                .getResultList();
        Set<Long> authors = new LinkedHashSet<>();
        authorIds.forEach(a -> authors.add(a.longValue()));
        boolean author = authors.contains(viewer.personId());
        boolean privileged = author || standing.moderator();
        boolean reads = privileged;
        if (!reads && document.publishedVersionId != null) {
            reads = switch (document.access) {
                case SIGNED_IN -> true;
                case MEMBERS -> standing.member();
                case RESTRICTED -> standing.member() && named(document.id, viewer.personId());
            };
        }
        if (!reads) {
            throw new DomainException.NotFound("No such document");
        }
        return new Reading(standing, authors, author, privileged, true);
    }

    private boolean named(long documentId, long personId) {
        return ((Number) em.createNativeQuery(
                                        "SELECT COUNT(*) FROM library_reader WHERE document_id = :d AND person_id = :p")
                                .setParameter("d", documentId)
                                .setParameter("p", personId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private static void requireAuthor(Reading reading) {
        if (!reading.author) {
            throw new ForbiddenException("Only the document's authors may do this");
        }
        if (!reading.standing.writes()) {
            throw new ForbiddenException("Only the network's members who may post may do this");
        }
    }

    private static void requireModerator(Reading reading) {
        if (!reading.standing.moderator()) {
            throw new ForbiddenException("Only the network's moderators may do this");
        }
    }

    /** The version asked for, if the viewer may read it: any for the privileged, published ones for the others. */
    private LibraryVersion readable(LibraryDocument document, Reading reading, Integer number) {
        if (number == null) {
            if (reading.privileged) {
                return version(document.id, document.latestVersion);
            }
            return LibraryVersion.findById(document.publishedVersionId);
        }
        LibraryVersion version = LibraryVersion.<LibraryVersion>find(
                        "documentId = ?1 and number = ?2", document.id, number)
                .firstResult();
        if (version == null || (!reading.privileged && version.publishedAt == null)) {
            throw new DomainException.NotFound("No such version");
        }
        return version;
    }

    // --- checks ----------------------------------------------------------------------------------------------

    private record Checked(
            LibraryDocument.Kind kind,
            LibraryDocument.Access access,
            String language,
            List<Long> priorityIds,
            List<String> countries,
            List<Long> coAuthors,
            List<Long> readers) {}

    private Checked check(LibraryViews.DocumentInput input, long networkId, long personId, LibraryProblems problems) {
        if (input == null) {
            throw LibraryProblems.of("title", "required", "Send the document");
        }
        LibraryDocument.Kind kind = enumOf(LibraryDocument.Kind.class, input.kind());
        if (kind == null) {
            problems.add("kind", "unknown", "Choose one of " + List.of(LibraryDocument.Kind.values()));
        }
        LibraryDocument.Access level = enumOf(LibraryDocument.Access.class, input.access());
        if (level == null) {
            problems.add("access", "unknown", "Choose SIGNED_IN, MEMBERS or RESTRICTED");
        }
        text(problems, "title", input.title(), TITLE_MAX, true);
        text(problems, "summary", input.summary(), SUMMARY_MAX, true);
        if (text(problems, "body", input.body(), BODY_MAX, true)
                && SCRIPT.matcher(input.body()).find()) {
            problems.add("body", "script", "The text contains a script or an event handler; remove it");
        }
        text(problems, "note", input.note(), NOTE_MAX, false);
        String language = input.language() == null ? null : input.language().strip();
        if (language == null
                || Language.SUPPORTED.stream().noneMatch(l -> l.code().equals(language))) {
            problems.add("language", "unknown", "Choose one of the seven languages");
        }
        List<String> priorityCodes = distinct(input.priorities());
        List<Long> priorityIds = new ArrayList<>();
        if (priorityCodes.size() > LIST_MAX) {
            problems.add("priorities", "too_many", "At most " + LIST_MAX);
        } else if (!priorityCodes.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("SELECT id, code FROM crime_priority WHERE code IN (:codes)")
                    .setParameter("codes", priorityCodes)
                    .getResultList();
            found.forEach(r -> priorityIds.add(((Number) r[0]).longValue()));
            if (found.size() != priorityCodes.size()) {
                problems.add("priorities", "unknown", "No such crime priority among " + priorityCodes);
            }
        }
        List<String> countries = distinct(input.countries()).stream()
                .map(c -> c.toUpperCase(Locale.ROOT))
                .toList();
        if (countries.size() > LIST_MAX) {
            problems.add("countries", "too_many", "At most " + LIST_MAX);
        } else if (!countries.isEmpty()) {
            long found = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM country WHERE code IN (:codes)")
                            .setParameter("codes", countries)
                            .getSingleResult())
                    .longValue();
            if (found != countries.size()) {
                problems.add("countries", "unknown", "No such country among " + countries);
            }
        }
        List<Long> coAuthors = members(problems, "coAuthors", input.coAuthors(), networkId);
        List<Long> readers = members(problems, "readers", input.readers(), networkId);
        coAuthors = coAuthors.stream().filter(p -> p != personId).toList();
        return new Checked(kind, level, language, priorityIds, countries, coAuthors, readers);
    }

    private List<Long> members(LibraryProblems problems, String field, List<Long> people, long networkId) {
        List<Long> ids = people == null
                ? List.of()
                : people.stream().filter(p -> p != null).distinct().toList();
        if (ids.size() > 500) {
            problems.add(field, "too_many", "At most 500");
            return List.of();
        }
        if (ids.isEmpty()) {
            return ids;
        }
        long found = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM network_member WHERE network_id = :n"
                                + " AND status = 'ACTIVE' AND person_id IN (:ids)")
                        .setParameter("n", networkId)
                        .setParameter("ids", ids)
                        .getSingleResult())
                .longValue();
        if (found != ids.size()) {
            problems.add(field, "not_member", "Only active members of the network");
        }
        return ids;
    }

    private static boolean text(LibraryProblems problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field, "required", "Required");
            }
            return false;
        }
        if (value.length() > max) {
            problems.add(field, "too_long", "At most " + max + " characters");
            return false;
        }
        var bad = TextInput.problem(value);
        if (bad.isPresent()) {
            problems.add(field, "control", "The text " + bad.get());
            return false;
        }
        return true;
    }

    // --- storing ---------------------------------------------------------------------------------------------

    private LibraryVersion newVersion(
            LibraryDocument document,
            LibraryViews.DocumentInput input,
            LibraryFiles.Stored file,
            long personId,
            Instant now) {
        LibraryVersion version = new LibraryVersion();
        version.documentId = document.id;
        version.number = document.latestVersion + 1;
        version.title = input.title().strip();
        version.summary = input.summary().strip();
        version.body = input.body();
        version.note = blankToNull(input.note());
        version.createdBy = personId;
        version.createdAt = now;
        version.persist();
        store(version, file);
        return version;
    }

    private void store(LibraryVersion version, LibraryFiles.Stored file) {
        if (file == null) {
            return;
        }
        em.flush();
        em.createNativeQuery("INSERT INTO library_file (version_id, name, media_type, size, sha256, content)"
                        + " VALUES (:v, :name, :type, :size, :sha, :content)")
                .setParameter("v", version.id)
                .setParameter("name", file.name())
                .setParameter("type", file.mediaType())
                .setParameter("size", file.content().length)
                .setParameter("sha", sha256(file.content()))
                .setParameter("content", file.content())
                .executeUpdate();
    }

    /** An edit of the text keeps the file of the version it revises. */
    private void carryFile(LibraryDocument document, LibraryVersion version) {
        em.flush();
        em.createNativeQuery("INSERT INTO library_file (version_id, name, media_type, size, sha256, content)"
                        + " SELECT :v, f.name, f.media_type, f.size, f.sha256, f.content FROM library_file f"
                        + " JOIN library_version p ON p.id = f.version_id WHERE p.document_id = :d AND p.number = :n")
                .setParameter("v", version.id)
                .setParameter("d", document.id)
                .setParameter("n", version.number - 1)
                .executeUpdate();
    }

    private void replaceLinks(long documentId, Checked checked, Set<Long> authors, Instant now) {
        em.flush();
        em.createNativeQuery("DELETE FROM library_document_priority WHERE document_id = :d")
                .setParameter("d", documentId)
                .executeUpdate();
        for (Long priority : checked.priorityIds) {
            em.createNativeQuery("INSERT INTO library_document_priority (document_id, crime_priority_id)"
                            + " VALUES (:d, :p)")
                    .setParameter("d", documentId)
                    .setParameter("p", priority)
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM library_document_country WHERE document_id = :d")
                .setParameter("d", documentId)
                .executeUpdate();
        for (String country : checked.countries) {
            em.createNativeQuery("INSERT INTO library_document_country (document_id, country_code) VALUES (:d, :c)")
                    .setParameter("d", documentId)
                    .setParameter("c", country)
                    .executeUpdate();
        }
        for (Long author : authors) {
            em.createNativeQuery("INSERT IGNORE INTO library_author (document_id, person_id, added_at)"
                            + " VALUES (:d, :p, :at)")
                    .setParameter("d", documentId)
                    .setParameter("p", author)
                    .setParameter("at", now)
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM library_reader WHERE document_id = :d")
                .setParameter("d", documentId)
                .executeUpdate();
        for (Long reader : checked.readers) {
            em.createNativeQuery("INSERT INTO library_reader (document_id, person_id) VALUES (:d, :p)")
                    .setParameter("d", documentId)
                    .setParameter("p", reader)
                    .executeUpdate();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private List<LibraryViews.Translation> translations(LibraryDocument document, NetworkAccess.Viewer viewer) {
        long group = document.group();
        List<LibraryViews.Translation> translations = new ArrayList<>();
        for (LibraryDocument other : LibraryDocument.<LibraryDocument>list(
                "(id = ?1 or translationGroup = ?1) and id <> ?2 order by id", group, document.id)) {
            try {
                Reading reading = reads(other, viewer);
                LibraryVersion shown = readable(other, reading, null);
                translations.add(new LibraryViews.Translation(other.id, other.language, shown.title));
            } catch (DomainException.NotFound hidden) {
                // a translation the viewer may not read is not listed
            }
        }
        return translations;
    }

    private LibraryDocument document(long id) {
        LibraryDocument document = LibraryDocument.findById(id);
        if (document == null) {
            throw new DomainException.NotFound("No such document");
        }
        return document;
    }

    private LibraryVersion version(long documentId, int number) {
        return LibraryVersion.<LibraryVersion>find("documentId = ?1 and number = ?2", documentId, number)
                .singleResult();
    }

    private List<LibraryViews.Person> people(String sql, long documentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(sql).setParameter("d", documentId).getResultList();
        return rows.stream()
                .map(r -> new LibraryViews.Person(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }

    private List<String> codes(String sql, long documentId) {
        @SuppressWarnings("unchecked")
        List<Object> rows =
                em.createNativeQuery(sql).setParameter("d", documentId).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    private Map<Long, List<String>> grouped(String sql, List<Long> ids) {
        Map<Long, List<String>> grouped = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return grouped;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            grouped.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(String.valueOf(r[1]));
        }
        return grouped;
    }

    private static List<String> distinct(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> set = new LinkedHashSet<>();
        values.stream().filter(LibraryService::present).map(String::strip).forEach(set::add);
        return new ArrayList<>(set);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return eu.topcop.learn.platform.persistence.SqlValues.instant(value);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
