package eu.topcop.learn.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.mail.Mails;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Side effects outside the database happen once their change has committed, and survive a receiver that is away. */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    FlakyHandler receiver;

    @Inject
    Mails mails;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Test
    void shouldDeliverRightAfterTheChangeCommits() {
        String key = UUID.randomUUID().toString();
        long id = QuarkusTransaction.requiringNew().call(() -> {
            long queued = outbox.enqueue(FlakyHandler.KIND, key + ":0", null);
            assertEquals(0, receiver.deliveries(key), "nothing leaves before the commit");
            return queued;
        });
        assertEquals(1, receiver.deliveries(key));
        OutboxMessage message = reload(id);
        assertEquals(OutboxMessage.Status.DELIVERED, message.status);
        assertNull(message.payload, "a delivered payload is cleared, it may hold a temporary password");
    }

    @Test
    void shouldSendNothingWhenTheChangeRollsBack() {
        String key = UUID.randomUUID().toString();
        String to = "rolled.back." + key + "@police.example";
        assertThrows(
                QuarkusTransactionException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    outbox.enqueue(FlakyHandler.KIND, key + ":0", null);
                    mails.send(null, to, "Never", "Never sent");
                    QuarkusTransaction.setRollbackOnly();
                }));
        assertEquals(0, receiver.deliveries(key));
        assertTrue(
                mailbox.getMailsSentTo(to) == null || mailbox.getMailsSentTo(to).isEmpty());
    }

    @Test
    void shouldRetryWithGrowingWaitsUntilTheReceiverIsBack() {
        String key = UUID.randomUUID().toString();
        long id = outbox.enqueue(FlakyHandler.KIND, key + ":2", null);
        OutboxMessage first = reload(id);
        assertEquals(OutboxMessage.Status.PENDING, first.status);
        assertEquals(1, first.attempts);
        assertTrue(first.lastError.contains("receiver away"));
        Duration firstWait = Duration.between(Instant.now(), first.nextAttemptAt);
        assertTrue(firstWait.toSeconds() > 30, "not retried at once: " + firstWait);

        makeDue(id);
        outbox.deliverDue();
        OutboxMessage second = reload(id);
        assertEquals(2, second.attempts);
        Duration secondWait = Duration.between(Instant.now(), second.nextAttemptAt);
        assertTrue(secondWait.compareTo(firstWait) > 0, "the wait grows: " + firstWait + " then " + secondWait);

        makeDue(id);
        outbox.deliverDue();
        assertEquals(OutboxMessage.Status.DELIVERED, reload(id).status);
        assertEquals(1, receiver.deliveries(key), "delivered once");
    }

    @Test
    void shouldFailVisiblyAfterTheLastAttemptAndRetryWhenAnAdministratorAsks() {
        String key = UUID.randomUUID().toString();
        long id = outbox.enqueue(FlakyHandler.KIND, key + ":12", null);
        for (int i = 0; i < 20 && reload(id).status == OutboxMessage.Status.PENDING; i++) {
            makeDue(id);
            outbox.deliverDue();
        }
        OutboxMessage failed = reload(id);
        assertEquals(OutboxMessage.Status.FAILED, failed.status);
        assertEquals(12, failed.attempts);
        makeDue(id);
        outbox.deliverDue();
        assertEquals(12, reload(id).attempts, "a failed message waits for an administrator");

        assertTrue(outbox.retry(id));
        assertEquals(OutboxMessage.Status.DELIVERED, reload(id).status);
        assertEquals(1, receiver.deliveries(key));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldShowFailedMessagesToAdministrators() {
        String key = UUID.randomUUID().toString();
        long id = outbox.enqueue(FlakyHandler.KIND, "Failing " + key, key + ":99", null);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE outbox_message SET status = 'FAILED' WHERE id = :id")
                        .setParameter("id", id)
                        .executeUpdate());
        given().when()
                .get("/admin/outbox")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"outbox-" + id + "\""))
                .body(containsString("Failing " + key))
                .body(containsString("receiver away"))
                .body(containsString("/admin/outbox/" + id + "/retry"));
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldForbidTheOutboxToOthers() {
        given().when().get("/admin/outbox").then().statusCode(403);
    }

    @Test
    void shouldSendMailWithItsAttachmentThroughTheOutbox() {
        String to = "outbox." + UUID.randomUUID() + "@police.example";
        QuarkusTransaction.requiringNew()
                .run(() -> mails.send(
                        null, to, "Invitation", "See you", Mails.Attachment.text("a.ics", "text/calendar", "BEGIN")));
        var sent = mailbox.getMailsSentTo(to);
        assertEquals(1, sent.size());
        assertEquals("Invitation", sent.get(0).getSubject());
        assertEquals("a.ics", sent.get(0).getAttachments().get(0).getName());
    }

    private void makeDue(long id) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE outbox_message SET next_attempt_at = :past WHERE id = :id")
                        .setParameter("past", Instant.now().minusSeconds(1))
                        .setParameter("id", id)
                        .executeUpdate());
    }

    private OutboxMessage reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage m = em.find(OutboxMessage.class, id);
            em.detach(m);
            return m;
        });
    }
}
