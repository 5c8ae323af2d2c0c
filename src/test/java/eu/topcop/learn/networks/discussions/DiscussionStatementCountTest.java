package eu.topcop.learn.networks.discussions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.NetworkFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every list of a network's discussions (threads, a thread's page with quotes, files and open reports, the open
 * reports, the moderation log, the members, the searches) costs the same statements for 3 and 300 rows (Hibernate's
 * count). One thread is written the application's way, so that every kind of row is there; the bulk is inserted with
 * a few native statements, so that 300 of each stay quick.
 */
@QuarkusTest
class DiscussionStatementCountTest {

    private static final List<String> LISTS = List.of(
            "the list of threads",
            "a thread's page with quotes and files",
            "a thread's page for a moderator, with open reports and where to move it",
            "the open reports",
            "the moderation log",
            "the members",
            "a search in the network",
            "a search across networks, as a member",
            "a search across networks, as a moderator");

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

    @Inject
    DiscussionSearch search;

    @Test
    void shouldReadEveryListWithTheSameStatementsForThreeAndThreeHundredRows() {
        long[] few = counts(3);
        long[] many = counts(300);
        for (int i = 0; i < LISTS.size(); i++) {
            assertEquals(few[i], many[i], LISTS.get(i));
        }
    }

    /** The service behind a post's revisions (page and API): the revisions and their editors' names in one read each. */
    @Test
    void shouldReadAPostsRevisionsWithTheSameStatementsForThreeAndThreeHundred() {
        assertEquals(revisionStatements(3), revisionStatements(300), "a post's revisions");
    }

    private long revisionStatements(int size) {
        Network network = networks.network();
        List<Person> team = people.people(3, "AM");
        networks.member(network, team.get(0));
        networks.moderator(network, team.get(1));
        networks.moderator(network, team.get(2));
        NetworkAccess.Viewer asAuthor = NetworkFixture.viewer(team.get(0));
        long thread = discussions.start(
                        network.code,
                        asAuthor,
                        new Discussions.NewThread("Revised thread", "Counting revisions, first wording", "en"),
                        "en")
                .id;
        long post = firstPost(thread);
        discussions.edit(
                network.code, thread, post, asAuthor, new Discussions.NewPost("Second wording", "en", null), "en");
        // Up to size revisions, edited in turn by the author and the two moderators (who edit when they hide text).
        QuarkusTransaction.requiringNew()
                .run(() -> sql(
                        "INSERT INTO discussion_post_revision (post_id, number, language, body, edited_by, edited_at)"
                                + " SELECT :p, m.top + s.i, 'en', CONCAT('Wording ', s.i), ELT(1 + MOD(s.i, 3), :a,"
                                + " :b, :c), NOW(3) FROM (SELECT MAX(number) AS top, COUNT(*) AS n FROM"
                                + " discussion_post_revision WHERE post_id = :p) m, (WITH RECURSIVE s (i) AS (SELECT 1"
                                + " UNION ALL SELECT i + 1 FROM s WHERE i < " + size + ") SELECT i FROM s) s"
                                + " WHERE m.n + s.i <= " + size,
                        Map.of("p", post, "a", team.get(0).id, "b", team.get(1).id, "c", team.get(2).id)));
        assertEquals(
                size,
                discussions
                        .revisions(network.code, thread, post, asAuthor)
                        .revisions()
                        .size());
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        QuarkusTransaction.requiringNew().run(() -> discussions.revisions(network.code, thread, post, asAuthor));
        return statistics.getPrepareStatementCount();
    }

    private long[] counts(int size) {
        Network network = networks.network();
        Network other = networks.network();
        List<Person> team = people.people(3, "GE");
        Person author = team.get(0);
        Person reader = team.get(1);
        Person moderatorPerson = team.get(2);
        networks.member(network, author);
        networks.member(network, reader);
        networks.moderator(network, moderatorPerson);
        networks.moderator(other, moderatorPerson);
        NetworkAccess.Viewer asAuthor = NetworkFixture.viewer(author);
        NetworkAccess.Viewer asReader = NetworkFixture.viewer(reader);
        NetworkAccess.Viewer asModerator = NetworkFixture.viewer(moderatorPerson);

        long last = discussions.start(
                        network.code,
                        asAuthor,
                        new Discussions.NewThread("Counted thread", "Counting statements, opening", "en"),
                        "en")
                .id;
        long opening = firstPost(last);
        long reply = discussions.reply(
                        network.code,
                        last,
                        asAuthor,
                        new Discussions.NewPost("Counting statements, a reply", "ru", opening),
                        List.of(AttachmentRules.Upload.of("notes.txt", "Notes".getBytes())),
                        "en")
                .id;
        moderation.report(network.code, last, reply, asReader, "Off topic");
        moderation.mute(
                network.code,
                asModerator,
                new Moderation.Mute(author.id, LocalDate.now().plusDays(2), "Cool down"));
        bulk(size, network.id, last, opening, author.id, reader.id, moderatorPerson.id);

        Statistics statistics = sessions.getStatistics();
        List<Runnable> reads = List.of(
                () -> discussions.threads(network.code, asReader, null, 100, "en"),
                () -> discussions.thread(network.code, last, asReader, opening, 100, "en"),
                () -> discussions.thread(network.code, last, asModerator, opening, 100, "en"),
                () -> moderation.reports(network.code, asModerator, null),
                () -> moderation.log(network.code, asModerator, null, 100),
                () -> moderation.members(network.code, asModerator, null),
                () -> search.inNetwork(network.code, asReader, "counting statements", null, 100, "en"),
                () -> search.everywhere(asReader, "counting statements", null, 100, "en"),
                () -> search.everywhere(asModerator, "counting statements", null, 100, "en"));
        long[] counts = new long[reads.size()];
        for (int i = 0; i < reads.size(); i++) {
            statistics.clear();
            QuarkusTransaction.requiringNew().run(reads.get(i));
            counts[i] = statistics.getPrepareStatementCount();
        }
        return counts;
    }

    /**
     * {@code size} threads with an opening post each; {@code size} replies in the counted thread quoting its opening
     * post, each with a file and an open report, every other one hidden; {@code size} entries of the moderation log;
     * {@code size} more members, every other one muted.
     */
    private void bulk(int size, long network, long last, long opening, long author, long reader, long moderator) {
        String numbers = "(WITH RECURSIVE s (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < " + size
                + ") SELECT i FROM s) s";
        String tag = "Bulk member " + network + " ";
        QuarkusTransaction.requiringNew().run(() -> {
            sql(
                    "INSERT INTO discussion_thread (network_id, title, author_id, created_at, last_activity_at, post_count)"
                            + " SELECT :n, CONCAT('Bulk thread ', s.i), :a, NOW(3), NOW(3), 1 FROM " + numbers,
                    Map.of("n", network, "a", author));
            sql(
                    "INSERT INTO discussion_post (thread_id, author_id, language, body, created_at)"
                            + " SELECT t.id, t.author_id, 'en', CONCAT('Counting statements in ', t.title), NOW(3)"
                            + " FROM discussion_thread t WHERE t.network_id = :n AND t.title LIKE 'Bulk thread %'",
                    Map.of("n", network));
            sql(
                    "INSERT INTO discussion_post (thread_id, author_id, language, body, quoted_post_id, created_at)"
                            + " SELECT :t, :a, 'ru', CONCAT('Bulk reply counting statements ', s.i), :q, NOW(3) FROM "
                            + numbers,
                    Map.of("t", last, "a", author, "q", opening));
            sql(
                    "INSERT INTO discussion_attachment (post_id, file_name, media_type, size_bytes, content, uploaded_by,"
                            + " uploaded_at) SELECT p.id, 'notes.txt', 'text/plain', 5, 'Notes', p.author_id, NOW(3)"
                            + " FROM discussion_post p WHERE p.thread_id = :t AND p.body LIKE 'Bulk reply %'",
                    Map.of("t", last));
            sql(
                    "INSERT INTO discussion_report (post_id, reporter_id, reason, created_at) SELECT p.id, :r,"
                            + " 'Off topic', NOW(3) FROM discussion_post p WHERE p.thread_id = :t"
                            + " AND p.body LIKE 'Bulk reply %'",
                    Map.of("t", last, "r", reader));
            sql(
                    "UPDATE discussion_post SET hidden_at = NOW(3), hidden_by = :m, hidden_reason = 'Off topic'"
                            + " WHERE thread_id = :t AND body LIKE 'Bulk reply %' AND MOD(id, 2) = 0",
                    Map.of("t", last, "m", moderator));
            sql(
                    "UPDATE discussion_thread SET post_count = post_count + :size, last_activity_at = NOW(3) WHERE id = :t",
                    Map.of("t", last, "size", size));
            sql(
                    "INSERT INTO discussion_moderation (network_id, moderator_id, action, member_id, reason, at)"
                            + " SELECT :n, :m, 'MUTE', :a, CONCAT('Cool down ', s.i), NOW(3) FROM " + numbers,
                    Map.of("n", network, "m", moderator, "a", author));
            sql(
                    "INSERT INTO person (name, created_at, updated_at) SELECT CONCAT(:tag, LPAD(s.i, 4, '0')), NOW(3),"
                            + " NOW(3) FROM " + numbers,
                    Map.of("tag", tag));
            sql(
                    "INSERT INTO network_member (network_id, person_id, status, asked_at, joined_at, muted_until)"
                            + " SELECT :n, p.id, 'ACTIVE', NOW(3), NOW(3),"
                            + " IF(MOD(p.id, 2) = 0, NOW(3) + INTERVAL 2 DAY, NULL) FROM person p"
                            + " WHERE p.name LIKE CONCAT(:tag, '%')",
                    Map.of("n", network, "tag", tag));
        });
    }

    private static void sql(String statement, Map<String, Object> parameters) {
        var query = DiscussionThread.getEntityManager().createNativeQuery(statement);
        parameters.forEach(query::setParameter);
        query.executeUpdate();
    }

    private static long firstPost(long thread) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DiscussionPost.<DiscussionPost>find("threadId = ?1 ORDER BY id", thread)
                        .firstResult()
                        .id);
    }
}
