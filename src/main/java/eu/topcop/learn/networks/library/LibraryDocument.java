package eu.topcop.learn.networks.library;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A document of a network's library: a guideline, methodology, good practice, legal summary, case study or training
 * material. Its text is in its {@link LibraryVersion versions}; it holds what they share (kind, network, language,
 * who may read it) and where the workflow of its latest version stands: draft, in review, published, withdrawn.
 * Readers read the version a moderator published last; authors and moderators read every version.
 */
@Entity
@Table(name = "library_document")
public class LibraryDocument extends PanacheEntityBase {

    public enum Kind {
        GUIDELINE,
        METHODOLOGY,
        GOOD_PRACTICE,
        LEGAL_SUMMARY,
        CASE_STUDY,
        TRAINING_MATERIAL
    }

    /** Who reads it once published: every signed-in user, the network's members, or the members named. */
    public enum Access {
        SIGNED_IN,
        MEMBERS,
        RESTRICTED
    }

    public enum Status {
        DRAFT,
        IN_REVIEW,
        PUBLISHED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "network_id", nullable = false)
    public Long networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Access access;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.DRAFT;

    @Column(nullable = false)
    public String language;

    /** The first document of its translations; null for that first one. */
    @Column(name = "translation_group")
    public Long translationGroup;

    @Column(nullable = false)
    public String title;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    @Column(name = "published_version_id")
    public Long publishedVersionId;

    @Column(name = "created_by", nullable = false)
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    public long downloads;

    public int useful;

    @Column(name = "search_text", nullable = false)
    public String searchText = "";

    @Version
    public int revision;

    /** The group its translations share: its own id when it is the first. */
    public long group() {
        return translationGroup == null ? id : translationGroup;
    }

    /**
     * A new version makes the document a draft again; readers keep reading the version published before, and the
     * search keeps finding that version's words (a reader must not find a document by the words of a draft).
     */
    public void revised(LibraryVersion version, Instant at) {
        latestVersion = version.number;
        title = version.title;
        if (publishedVersionId == null) {
            searchText = words(version);
        }
        status = Status.DRAFT;
        updatedAt = at;
    }

    private static String words(LibraryVersion version) {
        return version.title + "\n" + version.summary + "\n" + version.body;
    }

    /** An author asks the network's moderators to review the latest version. */
    public void submit(Instant at) {
        if (status != Status.DRAFT) {
            throw new DomainException.Conflict("Only a draft can be submitted for review; this one is " + status);
        }
        status = Status.IN_REVIEW;
        updatedAt = at;
    }

    /** A moderator publishes the version in review: readers read it from now on. */
    public void publish(LibraryVersion latest, Instant at) {
        if (status != Status.IN_REVIEW) {
            throw new DomainException.Conflict("Only a version in review can be published; this one is " + status);
        }
        status = Status.PUBLISHED;
        publishedVersionId = latest.id;
        searchText = words(latest);
        latest.publishedAt = at;
        publishedAt = at;
        updatedAt = at;
    }

    /** A moderator withdraws it: readers no longer see it; its authors and moderators still do. */
    public void withdraw(Instant at) {
        if (publishedVersionId == null) {
            throw new DomainException.Conflict("Only a published document can be withdrawn");
        }
        status = Status.WITHDRAWN;
        publishedVersionId = null;
        updatedAt = at;
    }
}
