package eu.topcop.learn.platform.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.platform.outbox.Outbox;
import eu.topcop.learn.platform.outbox.OutboxHandler;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Every e-mail the LMS sends goes through the outbox: written with the change that causes it, sent once that
 * change has committed, retried while the mail server is away, and failed visibly (page {@code /admin/outbox})
 * when it stays away. A rolled-back change sends nothing.
 */
@ApplicationScoped
public class Mails implements OutboxHandler {

    static final String KIND = "mail";

    /** A file sent with the mail, such as a calendar invitation. */
    public record Attachment(String name, String contentType, String base64) {

        public static Attachment text(String name, String contentType, String text) {
            return new Attachment(
                    name, contentType, Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    record Payload(String to, String subject, String text, List<Attachment> attachments) {}

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    ObjectMapper json;

    /**
     * Queues a plain-text mail in the caller's transaction.
     *
     * @param personId the person it is about, so that erasing them also erases their mail
     */
    public void send(Long personId, String to, String subject, String text, Attachment... attachments) {
        try {
            String payload = json.writeValueAsString(new Payload(to, subject, text, List.of(attachments)));
            outbox.enqueue(KIND, subject + " → " + to, payload, personId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A mail that cannot be written as JSON", e);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String payload) throws Exception {
        Payload mail = json.readValue(payload, Payload.class);
        Mail message = Mail.withText(mail.to(), mail.subject(), mail.text());
        for (Attachment a : mail.attachments()) {
            message.addAttachment(a.name(), Base64.getDecoder().decode(a.base64()), a.contentType());
        }
        mailer.send(message);
    }
}
