package eu.topcop.learn.networks.discussions;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member's report of a post to the moderators; open until the post is hidden or the report dismissed. */
@Entity
@Table(name = "discussion_report")
public class DiscussionReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "post_id", nullable = false)
    public Long postId;

    @Column(name = "reporter_id", nullable = false)
    public Long reporterId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public Long closedBy;

    public boolean open() {
        return closedAt == null;
    }

    public void close(long by, Instant at) {
        closedAt = at;
        closedBy = by;
    }
}
