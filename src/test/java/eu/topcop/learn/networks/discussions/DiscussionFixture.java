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
}
