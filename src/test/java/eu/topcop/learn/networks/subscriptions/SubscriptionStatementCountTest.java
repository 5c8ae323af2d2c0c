package eu.topcop.learn.networks.subscriptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.discussions.DiscussionThread;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Telling a thread's followers, the subscriptions page and one person's digest cost the same statements for 3 and 30
 * followers, follows or posts (Hibernate's count).
 */
@QuarkusTest
class SubscriptionStatementCountTest {

    @Inject
    SessionFactory sessions;

    @Inject
    NetworkFixture networks;

    @Inject
    EnrolmentFixture people;

    @Inject
    SubscriptionFixture fixture;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Digests digests;

    @Test
    void shouldTellFollowersListFollowsAndSendADigestWithTheSameStatementsForThreeAndThirty() {
        long[] few = counts(3);
        long[] many = counts(30);
        assertEquals(few[0], many[0], "a reply told to its followers (in-app, and the digest later)");
        assertEquals(few[1], many[1], "the subscriptions page");
        assertEquals(few[2], many[2], "the job's due digests");
        assertEquals(few[3], many[3], "one person's digest");
    }

    private long[] counts(int size) {
        Network network = networks.network();
        Person author = fixture.member(network, "GE");
        Person reader = fixture.member(network, "GE");
        List<Person> followers = people.people(size, "AM");
        List<DiscussionThread> threads = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            threads.add(fixture.start(network, author, "Thread " + i));
        }
        for (Person p : followers) {
            networks.member(network, p);
            subscriptions.followThread(threads.get(0).id, NetworkFixture.viewer(p));
        }
        for (DiscussionThread t : threads) {
            subscriptions.followThread(t.id, NetworkFixture.viewer(reader));
        }
        subscriptions.followNetwork(network.code, NetworkFixture.viewer(reader));
        Statistics statistics = sessions.getStatistics();
        long[] counts = new long[4];

        statistics.clear();
        fixture.reply(network, threads.get(0), author, "Told to " + size);
        counts[0] = statistics.getPrepareStatementCount();

        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> subscriptions.mine(NetworkFixture.viewer(reader), "en"));
        counts[1] = statistics.getPrepareStatementCount();

        Instant now = Instant.now();
        statistics.clear();
        List<Digests.Digest> due = QuarkusTransaction.requiringNew().call(() -> digests.due(now));
        counts[2] = statistics.getPrepareStatementCount();

        Digests.Digest digest =
                due.stream().filter(d -> d.personId() == reader.id).findFirst().orElseThrow();
        assertEquals(size, digest.lines().size(), "every thread in the digest");
        Map<Long, Network> names = Map.of(network.id, network);
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> digests.deliver(digest, names, now));
        counts[3] = statistics.getPrepareStatementCount();
        return counts;
    }
}
