package eu.topcop.learn.networks.discussions;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a post, never changed: number 1 as first posted, the highest is the current text. */
@Entity
@Table(name = "discussion_post_revision")
public class DiscussionRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "post_id", nullable = false)
    public Long postId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String body;

    @Column(name = "edited_by", nullable = false)
    public Long editedBy;

    @Column(name = "edited_at", nullable = false)
    public Instant editedAt;

    static DiscussionRevision of(DiscussionPost post, int number, long by, Instant at) {
        DiscussionRevision revision = new DiscussionRevision();
        revision.postId = post.id;
        revision.number = number;
        revision.language = post.language;
        revision.body = post.body;
        revision.editedBy = by;
        revision.editedAt = at;
        return revision;
    }
}
