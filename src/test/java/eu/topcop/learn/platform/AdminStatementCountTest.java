package eu.topcop.learn.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.platform.privacy.PrivacyErasure;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The administrators' lists cost the same SQL statements for 3 and 30 rows (Hibernate statistics): the erasure
 * audit trail and the people search (page and API), the privacy declarations, the outbox and the local mailbox.
 */
@QuarkusTest
class AdminStatementCountTest {

    private static final String ADMIN = "count-admin";

    @Inject
    EnrolmentFixture people;

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(user = ADMIN, roles = Roles.ADMIN)
    void shouldListWhatAdministratorsWatchWithTheSameStatementsFor3And30() {
        people.named(ADMIN, "GE");
        String words = "Counted " + UUID.randomUUID().toString().substring(0, 6);
        String address = "counted-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        List<String> lists = List.of(
                "/privacy/erasures?q=" + words,
                "/api/privacy/erasures",
                "/api/privacy/people?q=" + words,
                "/api/privacy/declarations",
                "/admin/outbox",
                "/mailbox?address=" + address);
        add(words, address, 3);
        long[] few = lists.stream().mapToLong(this::statementsFor).toArray();
        add(words, address, 27);
        long[] many = lists.stream().mapToLong(this::statementsFor).toArray();
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(few[i], many[i], "statements for " + lists.get(i) + " grew with the rows");
        }
    }

    /** People the search finds, erasures of the audit trail, failed outbox messages and mail to one address. */
    private void add(String words, String address, int count) {
        people.people(count, "MD")
                .forEach(p -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("UPDATE person SET name = :n WHERE id = :id")
                                .setParameter("n", words + " " + p.id)
                                .setParameter("id", p.id)
                                .executeUpdate()));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                PrivacyErasure erasure = new PrivacyErasure();
                erasure.reference =
                        "erased-count" + UUID.randomUUID().toString().substring(0, 8);
                erasure.erasedAt = Instant.now();
                erasure.erasedBy = ADMIN;
                erasure.reason = "Counting statements";
                erasure.account = PrivacyErasure.Account.NONE;
                erasure.records = Map.of("enrolment", i);
                erasure.persist();
                // Failed already: the delivery job leaves it alone, the page shows it.
                em.createNativeQuery("INSERT INTO outbox_message (kind, summary, status, attempts, next_attempt_at,"
                                + " last_error, created_at) VALUES ('count.nothing', 'Counted', 'FAILED', 12, NOW(3),"
                                + " 'Counting statements', NOW(3))")
                        .executeUpdate();
            }
        });
        for (int i = 0; i < count; i++) {
            mailer.send(Mail.withText(address, "Counted " + i, "Counting statements."));
        }
    }

    private long statementsFor(String path) {
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
