package eu.topcop.learn.networks.discussions;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A post of a thread, the opening one or a reply, in Markdown and in the language its author chose. Its text is the
 * latest of its revisions; every version is kept in {@link DiscussionRevision}.
 */
@Entity
@Table(name = "discussion_post")
public class DiscussionPost extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "thread_id", nullable = false)
    public Long threadId;

    @Column(name = "author_id", nullable = false)
    public Long authorId;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String body;

    @Column(name = "quoted_post_id")
    public Long quotedPostId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(nullable = false)
    public int edits;

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Column(name = "hidden_by")
    public Long hiddenBy;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Version
    public int revision;

    public boolean hidden() {
        return hiddenAt != null;
    }

    /** A moderator hides the post; its author and the moderators still see it, with the reason. */
    public void hide(long by, String reason, Instant at) {
        hiddenAt = at;
        hiddenBy = by;
        hiddenReason = reason;
    }

    public void unhide() {
        hiddenAt = null;
        hiddenBy = null;
        hiddenReason = null;
    }

    /** The revision that records this post as first written. */
    public DiscussionRevision firstRevision() {
        return DiscussionRevision.of(this, 1, authorId, createdAt);
    }

    /** Changes the text and returns the revision that records the new version. */
    public DiscussionRevision edit(String newBody, String newLanguage, long by, Instant at) {
        body = newBody;
        language = newLanguage;
        editedAt = at;
        edits++;
        return DiscussionRevision.of(this, edits + 1, by, at);
    }
}
