package eu.topcop.learn.networks.discussions;

/**
 * A thread was started ({@code opening}) or replied to, in the transaction that wrote the post: observers (the
 * subscriptions) tell the people who follow it, with the post, so that a rolled-back post tells nobody.
 */
public record PostWritten(
        long networkId, long threadId, String threadTitle, long postId, long authorId, boolean opening) {}
