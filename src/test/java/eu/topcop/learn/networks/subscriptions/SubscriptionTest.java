package eu.topcop.learn.networks.subscriptions;

import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.NetworkService;
import eu.topcop.learn.networks.discussions.DiscussionThread;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following networks and threads, and who is told of a new thread or reply: in-app always, by e-mail at once only
 * for those who chose it; never the author, never someone who left the network.
 */
@QuarkusTest
class SubscriptionTest {

    @Inject
    NetworkFixture networks;

    @Inject
    SubscriptionFixture fixture;

    @Inject
    Subscriptions subscriptions;

    @Inject
    NetworkService networkService;

    @Inject
    MockMailbox mailbox;

    @Test
    void shouldFollowTheThreadOneStartsOrRepliesToAndTellTheOthersButNotTheAuthor() {
        Network network = networks.network();
        Person author = fixture.member(network, "GE");
        Person replier = fixture.member(network, "AM");
        DiscussionThread thread = fixture.start(network, author, "Wallet tracing");

        assertTrue(subscriptions.followsThread(thread.id, NetworkFixture.viewer(author)), "the author follows");
        assertFalse(subscriptions.followsThread(thread.id, NetworkFixture.viewer(replier)));
        fixture.reply(network, thread, replier, "We use a shared ledger");
        assertTrue(subscriptions.followsThread(thread.id, NetworkFixture.viewer(replier)), "a replier follows");

        assertEquals(1, fixture.notices(author).size(), "the author is told of the reply");
        assertTrue(fixture.notices(author).get(0).contains("Wallet tracing"));
        assertEquals(List.of(), fixture.notices(replier), "nobody is told of their own post");

        fixture.reply(network, thread, author, "Thank you");
        assertEquals(1, fixture.notices(replier).size(), "the replier is told of the next reply");
        assertTrue(fixture.notices(replier).get(0).contains("«Wallet tracing»"), "in Armenian quotes");
        assertEquals(1, fixture.notices(author).size(), "still not of their own reply");
    }

    @Test
    void shouldTellNetworkFollowersOfNewThreadsAndThreadFollowersOfReplies() {
        Network network = networks.network();
        Person author = fixture.member(network, "GE");
        Person watcher = fixture.member(network, "MD");
        subscriptions.followNetwork(network.code, NetworkFixture.viewer(watcher));
        subscriptions.followNetwork(network.code, NetworkFixture.viewer(watcher));
        assertTrue(subscriptions.followsNetwork(network.code, NetworkFixture.viewer(watcher)), "idempotent");

        DiscussionThread thread = fixture.start(network, author, "Seizure reports");
        fixture.reply(network, thread, author, "Details follow");
        assertEquals(
                List.of("Subiect nou în " + network.name.get("en") + ": Seizure reports"),
                fixture.notices(watcher),
                "the new thread, in Romanian, and not the replies of a thread they do not follow");

        subscriptions.followThread(thread.id, NetworkFixture.viewer(watcher));
        fixture.reply(network, thread, author, "More details");
        assertEquals(2, fixture.notices(watcher).size(), "now its replies too");

        subscriptions.unfollowThread(thread.id, NetworkFixture.viewer(watcher));
        subscriptions.unfollowNetwork(network.code, NetworkFixture.viewer(watcher));
        fixture.reply(network, thread, author, "Even more");
        fixture.start(network, author, "Another thread");
        assertEquals(2, fixture.notices(watcher).size(), "nothing after unfollowing");
        assertEquals(
                List.of(),
                subscriptions.mine(NetworkFixture.viewer(watcher), "en").threads());
    }

    @Test
    void shouldKeepAnUnfollowWhenTheAuthorRepliesAgain() {
        Network network = networks.network();
        Person author = fixture.member(network, "GE");
        Person other = fixture.member(network, "GE");
        DiscussionThread thread = fixture.start(network, author, "Quiet please");
        subscriptions.unfollowThread(thread.id, NetworkFixture.viewer(author));
        fixture.reply(network, thread, author, "One more word");
        fixture.reply(network, thread, other, "A reply");
        assertFalse(subscriptions.followsThread(thread.id, NetworkFixture.viewer(author)));
        assertEquals(List.of(), fixture.notices(author));
    }

    @Test
    void shouldRefuseFollowingToNonMembersAndUnknownTargets() {
        Network network = networks.network();
        Person author = fixture.member(network, "GE");
        Person outsider = fixture.member(networks.network(), "GE");
        DiscussionThread thread = fixture.start(network, author, "Members only");
        assertThrows(
                ForbiddenException.class,
                () -> subscriptions.followNetwork(network.code, NetworkFixture.viewer(outsider)));
        assertThrows(
                ForbiddenException.class, () -> subscriptions.followThread(thread.id, NetworkFixture.viewer(outsider)));
        assertThrows(
                DomainException.NotFound.class,
                () -> subscriptions.followNetwork("no-such-network", NetworkFixture.viewer(outsider)));
        assertThrows(
                DomainException.NotFound.class,
                () -> subscriptions.followThread(Long.MAX_VALUE, NetworkFixture.viewer(outsider)));
        // A course manager runs every network without joining it, and is told like a member.
        Person manager = fixture.member(networks.network(), "GE");
        subscriptions.followNetwork(network.code, NetworkFixture.viewer(manager, Roles.COURSE_MANAGER));
        fixture.start(network, author, "For the managers too");
        assertEquals(1, fixture.notices(manager).size());
    }

    @Test
    void shouldNoLongerTellAMemberWhoLeft() {
        Network network = networks.network();
        Person author = fixture.member(network, "GE");
        Person leaving = fixture.member(network, "GE");
        fixture.choose(leaving, Delivery.IMMEDIATE);
        subscriptions.followNetwork(network.code, NetworkFixture.viewer(leaving));
        DiscussionThread thread = fixture.start(network, author, "Before leaving");
        subscriptions.followThread(thread.id, NetworkFixture.viewer(leaving));
        assertEquals(1, fixture.notices(leaving).size());

        networkService.leave(network.code, NetworkFixture.viewer(leaving));
        fixture.reply(network, thread, author, "After leaving");
        fixture.start(network, author, "A new thread after leaving");
        assertEquals(1, fixture.notices(leaving).size(), "nothing once they left");
        assertEquals(1, fixture.mails(leaving).size(), "no mail either");
    }

    @Test
    void shouldMailImmediateFollowersInTheirLanguageAndNotInAppOnlyOrDailyOnes() {
        Network network = networks.network();
        Person author = fixture.member(network, "GE");
        Person immediate = fixture.member(network, "UA");
        Person inApp = fixture.member(network, "GE");
        Person daily = fixture.member(network, "GE");
        fixture.choose(immediate, Delivery.IMMEDIATE);
        fixture.choose(inApp, Delivery.IN_APP);
        for (Person p : List.of(immediate, inApp, daily)) {
            subscriptions.followNetwork(network.code, NetworkFixture.viewer(p));
        }
        fixture.start(network, author, "Cross-border cases");

        assertEquals(1, fixture.mails(immediate).size(), "mailed at once");
        var mail = mailbox.getMailsSentTo(immediate.email).get(0);
        assertTrue(mail.getSubject().startsWith("Нова тема в мережі"), mail.getSubject());
        assertTrue(mail.getText().contains("/networks/" + network.code + "/discussions/"), mail.getText());
        assertEquals(List.of(), fixture.mails(inApp), "in the application only");
        assertEquals(List.of(), fixture.mails(daily), "the daily digest, later");
        for (Person p : List.of(immediate, inApp, daily)) {
            assertEquals(1, fixture.notices(p).size(), "everyone is told in-app");
        }
        assertEquals(Delivery.IN_APP, subscriptions.delivery(inApp.id));
        assertEquals(Delivery.DAILY, subscriptions.delivery(daily.id), "the default");
    }
}
