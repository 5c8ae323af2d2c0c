package eu.topcop.learn.platform.outbox;

/**
 * Delivers one kind of outbox message to the system outside the database (a mail server, Keycloak). Delivery is
 * at least once: a handler must tolerate a message it already delivered (a node may stop between delivering and
 * recording it).
 */
public interface OutboxHandler {

    /** The kind of message this handler delivers, as given to {@link Outbox#enqueue}. */
    String kind();

    /** Delivers the message; throwing means "not now", and the outbox tries again later. */
    void deliver(String payload) throws Exception;
}
