package eu.topcop.learn.lrs;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The administrators' list of LRS clients (page and API) costs the same statements for 3 and 30 more clients, each
 * created by another administrator and some of them revoked: the creators come with the clients, in one read.
 * Clients are inserted natively: the list never checks a secret, and 30 PBKDF2 hashes would only cost time.
 */
@QuarkusTest
class LrsClientStatementCountTest {

    private static final String ADMIN = "lrs-count-admin";

    @Inject
    EnrolmentFixture people;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessions;

    @Test
    @TestSecurity(user = ADMIN, roles = Roles.ADMIN)
    void shouldListTheClientsWithTheSameStatementsForThreeAndThirty() {
        people.named(ADMIN, "HU");
        List<String> lists = List.of("/admin/lrs-clients", "/api/admin/lrs-clients");
        add(3);
        long[] few = lists.stream().mapToLong(this::statementsFor).toArray();
        add(27);
        long[] many = lists.stream().mapToLong(this::statementsFor).toArray();
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(few[i], many[i], "statements for " + lists.get(i) + " grew with the clients");
        }
    }

    private void add(int count) {
        List<Person> creators = people.people(count, "AT");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                em.createNativeQuery("INSERT INTO lrs_client (name, client_key, secret_hash, scopes, created_by,"
                                + " created_at, revoked_at) VALUES (:name, :key, 'pbkdf2-sha512$1$c2FsdA==$aGFzaA==',"
                                + " 'statements/read,statements/write', :by, NOW(3), IF(:revoked, NOW(3), NULL))")
                        .setParameter("name", "Counted client " + i)
                        .setParameter(
                                "key", "count-" + UUID.randomUUID().toString().substring(0, 18))
                        .setParameter("by", creators.get(i).id)
                        .setParameter("revoked", i % 3 == 0)
                        .executeUpdate();
            }
        });
    }

    private long statementsFor(String path) {
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
