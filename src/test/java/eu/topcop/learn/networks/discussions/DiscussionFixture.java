package eu.topcop.learn.networks.discussions;

import jakarta.enterprise.context.ApplicationScoped;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.TestSecurityTokens;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;

import static io.restassured.RestAssured.given;

/** The people of discussion tests: demo users with real tokens, or {@code @TestSecurity} users, as Person rows. */
@ApplicationScoped
public class DiscussionFixture {

    /** The demo user's person, made by their first request as the application makes it. */
    public Person signedIn(String username) {
        given().auth()
                .oauth2(Tokens.accessToken(username))
                .get("/api/networks/no-such-network/discussions")
                .then()
                .statusCode(404);
        String subject = Tokens.subject(username);
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", subject).singleResult());
    }

    /** The {@code @TestSecurity} user's person, once a request of theirs has made it. */
    public Person testUser(String user) {
        String subject = TestSecurityTokens.subjectOf(user);
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", subject).singleResult());
    }

    public static String token(String username) {
        return Tokens.accessToken(username);
    }

    public long count(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) DiscussionThread.getEntityManager()
                                .createNativeQuery("SELECT COUNT(*) FROM " + table)
                                .getSingleResult())
                        .longValue());
    }

    /** {@code count} more posts in the thread by its author, each with an open report of the reporter. */
    public void reportedPosts(long thread, long reporter, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            sql("INSERT INTO discussion_post (thread_id, author_id, language, body, created_at) SELECT t.id,"
                    + " t.author_id, 'en', CONCAT('Reported post ', s.i), NOW(3) FROM discussion_thread t,"
                    + numbers(count) + " WHERE t.id = " + thread);
            sql("INSERT INTO discussion_report (post_id, reporter_id, reason, created_at) SELECT p.id, " + reporter
                    + ", 'Off topic', NOW(3) FROM discussion_post p WHERE p.thread_id = " + thread
                    + " AND p.body LIKE 'Reported post %'");
        });
    }

    /** {@code count} more active members of the network, made straight in the database. */
    public void members(long network, int count) {
        String tag = "Member of " + network + " ";
        QuarkusTransaction.requiringNew().run(() -> {
            sql("INSERT INTO person (name, created_at, updated_at) SELECT CONCAT('" + tag + "', LPAD(s.i, 4, '0')),"
                    + " NOW(3), NOW(3) FROM " + numbers(count));
            sql("INSERT INTO network_member (network_id, person_id, status, asked_at, joined_at) SELECT " + network
                    + ", p.id, 'ACTIVE', NOW(3), NOW(3) FROM person p WHERE p.name LIKE '" + tag + "%'");
        });
    }

    /** The numbers 1 to count as a derived table {@code s (i)}, for bulk inserts in one statement. */
    private static String numbers(int count) {
        return "(WITH RECURSIVE s (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < " + count
                + ") SELECT i FROM s) s";
    }

    private static void sql(String statement) {
        DiscussionThread.getEntityManager().createNativeQuery(statement).executeUpdate();
    }
}
