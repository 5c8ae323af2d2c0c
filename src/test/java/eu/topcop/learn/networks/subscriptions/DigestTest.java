package eu.topcop.learn.networks.subscriptions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.discussions.DiscussionPost;
import eu.topcop.learn.networks.discussions.DiscussionThread;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily digest: one mail a day per person who chose it, in their language, listing the threads with new posts
 * they follow and none that a moderator hid; never a second one, whether two nodes run the job at once or it reruns.
 */
@QuarkusTest
class DigestTest {

    @Inject
    NetworkFixture networks;

    @Inject
    SubscriptionFixture fixture;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Digests digests;

    @Inject
    MockMailbox mailbox;

    @Test
    void shouldSendOneDigestPerPersonAndDayEvenWhenTwoNodesRunTheJobAtOnce() throws Exception {
        Network network = networks.network();
        Person author = fixture.member(network, "GE");
        Person reader = fixture.member(network, "AM");
        Person immediate = fixture.member(network, "GE");
        fixture.choose(immediate, Delivery.IMMEDIATE);
        subscriptions.followNetwork(network.code, NetworkFixture.viewer(reader));
        subscriptions.followNetwork(network.code, NetworkFixture.viewer(immediate));
        DiscussionThread first = fixture.start(network, author, "Money mules");
        DiscussionThread second = fixture.start(network, author, "Darknet markets");
        subscriptions.followThread(second.id, NetworkFixture.viewer(reader));
        fixture.reply(network, second, author, "A reply to the second");
        DiscussionThread hidden = fixture.start(network, author, "Spam thread");
        hide(hidden);

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(digests::send);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(digests::send);
        one.get();
        two.get();
        digests.send();

        List<String> sent = fixture.mails(reader);
        assertEquals(1, sent.size(), "one digest: " + sent);
        Mail digest = mailbox.getMailsSentTo(reader.email).get(0);
        assertTrue(digest.getSubject().startsWith("Ցանցերի քննարկումների օրական ամփոփում"), digest.getSubject());
        String text = digest.getText();
        assertTrue(text.contains("Money mules"), text);
        assertTrue(text.contains("/networks/" + network.code + "/discussions/" + first.id), text);
        assertTrue(text.contains("Darknet markets"), text);
        assertEquals(1, count(text, "Darknet markets"), "one line for a thread followed both ways");
        assertFalse(text.contains("Spam thread"), "a hidden post is not in the digest");
        assertTrue(digest.getSubject().contains("3"), "two new threads and a reply: " + digest.getSubject());
        assertEquals(3, fixture.mails(immediate).size(), "the three new threads mailed at once, and no digest");
        assertEquals(List.of(), fixture.mails(author), "nobody is sent their own posts");
    }

    @Test
    void shouldNeverSendASecondDigestTheSameDayEvenWithoutTheLock() {
        Network network = networks.network();
        Person author = fixture.member(network, "GE");
        Person reader = fixture.member(network, "GE");
        subscriptions.followNetwork(network.code, NetworkFixture.viewer(reader));
        fixture.start(network, author, "Twice?");
        Instant now = Instant.now();
        List<Digests.Digest> due = QuarkusTransaction.requiringNew()
                .call(() -> digests.due(now).stream()
                        .filter(d -> d.personId() == reader.id)
                        .toList());
        assertEquals(1, due.size());
        // Two nodes that both read the due digests before either sent its own: the ledger row lets one through.
        boolean first = QuarkusTransaction.requiringNew().call(() -> digests.deliver(due.get(0), Map.of(), now));
        boolean second = QuarkusTransaction.requiringNew().call(() -> digests.deliver(due.get(0), Map.of(), now));
        assertTrue(first);
        assertFalse(second);
        assertEquals(1, fixture.mails(reader).size());
        assertTrue(
                QuarkusTransaction.requiringNew()
                        .call(() -> digests.due(Instant.now()).stream().noneMatch(d -> d.personId() == reader.id)),
                "nothing more is due today");
    }

    private static void hide(DiscussionThread thread) {
        QuarkusTransaction.requiringNew().run(() -> {
            DiscussionPost post = DiscussionPost.find("threadId", thread.id).firstResult();
            post.hide(post.authorId, "spam", Instant.now());
        });
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
