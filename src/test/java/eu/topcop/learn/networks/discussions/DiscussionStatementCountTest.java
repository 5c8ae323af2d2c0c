package eu.topcop.learn.networks.discussions;

import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A network's list of threads and a thread's page (quotes and files included) cost the same statements for 3 and 30
 * of them (Hibernate's count).
 */
@QuarkusTest
class DiscussionStatementCountTest {

    @Inject
    SessionFactory sessions;

    @Inject
    NetworkFixture networks;

    @Inject
    EnrolmentFixture people;

    @Inject
    Discussions discussions;

    @Inject
    Moderation moderation;

    @Test
    void shouldReadTheListAndAThreadWithTheSameStatementsForThreeAndThirtyThreadsAndReplies() {
        long[] few = counts(3);
        long[] many = counts(30);
        assertEquals(few[0], many[0], "the list of threads");
        assertEquals(few[1], many[1], "a thread's page with quotes");
        assertEquals(few[2], many[2], "a thread's page for a moderator, with open reports");
        assertEquals(few[3], many[3], "the open reports");
        assertEquals(few[4], many[4], "the moderation log");
    }

    private long[] counts(int size) {
        Network network = networks.network();
        List<Person> members = people.people(size, "GE");
        members.forEach(p -> networks.member(network, p));
        long thread = 0;
        for (Person p : members) {
            NetworkAccess.Viewer viewer = NetworkFixture.viewer(p);
            thread = discussions.start(
                            network.code, viewer, new Discussions.NewThread("By " + p.id, "Text", "en"), "en")
                    .id;
        }
        long last = thread;
        Long quoted = null;
        for (Person p : members) {
            if (quoted != null) {
                moderation.report(network.code, last, quoted, NetworkFixture.viewer(p), "Off topic");
            }
            quoted = discussions.reply(
                            network.code,
                            last,
                            NetworkFixture.viewer(p),
                            new Discussions.NewPost("Reply of " + p.id, "ru", quoted),
                            java.util.List.of(AttachmentRules.Upload.of(
                                    "notes-" + p.id + ".txt", ("Notes of " + p.id).getBytes())),
                            "en")
                    .id;
        }
        NetworkAccess.Viewer reader = NetworkFixture.viewer(members.get(0));
        Statistics statistics = sessions.getStatistics();
        long[] counts = new long[5];
        NetworkAccess.Viewer manager = NetworkFixture.viewer(members.get(0), Roles.COURSE_MANAGER);
        for (Person p : members) {
            moderation.mute(
                    network.code,
                    manager,
                    new Moderation.Mute(p.id, java.time.LocalDate.now().plusDays(2), "Cool down " + p.id));
        }
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> discussions.threads(network.code, reader, null, 100, "en"));
        counts[0] = statistics.getPrepareStatementCount();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> discussions.thread(network.code, last, reader, null, 100, "en"));
        counts[1] = statistics.getPrepareStatementCount();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> discussions.thread(network.code, last, manager, null, 100, "en"));
        counts[2] = statistics.getPrepareStatementCount();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> moderation.reports(network.code, manager));
        counts[3] = statistics.getPrepareStatementCount();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> moderation.log(network.code, manager, null, 100));
        counts[4] = statistics.getPrepareStatementCount();
        return counts;
    }
}
