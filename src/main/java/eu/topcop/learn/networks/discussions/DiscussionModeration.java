package eu.topcop.learn.networks.discussions;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One moderation action of the audit trail: who did what, on which thread, post or member, when and why. */
@Entity
@Table(name = "discussion_moderation")
public class DiscussionModeration extends PanacheEntityBase {

    public enum Action {
        HIDE,
        UNHIDE,
        LOCK,
        UNLOCK,
        PIN,
        UNPIN,
        MOVE,
        MUTE,
        UNMUTE,
        DISMISS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "network_id", nullable = false)
    public Long networkId;

    @Column(name = "moderator_id", nullable = false)
    public Long moderatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "thread_id")
    public Long threadId;

    @Column(name = "post_id")
    public Long postId;

    @Column(name = "member_id")
    public Long memberId;

    public String detail;

    public String reason;

    @Column(nullable = false)
    public Instant at;

    static DiscussionModeration of(long networkId, long moderator, Action action, String reason, Instant at) {
        DiscussionModeration entry = new DiscussionModeration();
        entry.networkId = networkId;
        entry.moderatorId = moderator;
        entry.action = action;
        entry.reason = reason;
        entry.at = at;
        return entry;
    }
}
