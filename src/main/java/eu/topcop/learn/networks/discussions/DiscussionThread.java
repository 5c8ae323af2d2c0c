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

/** A thread of a network's discussions: its title, its opening post and replies, pinned or locked by moderators. */
@Entity
@Table(name = "discussion_thread")
public class DiscussionThread extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "network_id", nullable = false)
    public Long networkId;

    @Column(nullable = false)
    public String title;

    @Column(name = "author_id", nullable = false)
    public Long authorId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    @Column(name = "post_count", nullable = false)
    public int postCount;

    @Column(nullable = false)
    public boolean pinned;

    @Column(nullable = false)
    public boolean locked;

    @Version
    public int revision;

    /** Counts a new post (the opening one or a reply) and moves the thread up the list. */
    public void posted(Instant at) {
        postCount++;
        lastActivityAt = at;
    }
}
