package eu.topcop.learn.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.platform.outbox.Outbox;
import eu.topcop.learn.platform.outbox.OutboxHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;

/**
 * The Keycloak account of an erased person is deleted through the outbox: the message is written in the erasure's
 * transaction (so an erasure that rolls back deletes nothing, and one that commits is sure to), delivered after
 * the commit and retried while Keycloak is away. Its payload, the only place the subject survives the erasure, is
 * cleared by the outbox once delivered.
 */
@ApplicationScoped
public class KeycloakAccounts implements OutboxHandler {

    static final String DELETE = "keycloak.delete-user";

    record Deletion(String subject) {}

    @Inject
    Outbox outbox;

    @Inject
    Instance<Keycloak> keycloak;

    @Inject
    ObjectMapper json;

    @Inject
    jakarta.enterprise.event.Event<eu.topcop.learn.platform.security.AccountsChanged> changed;

    @ConfigProperty(name = "lms.accounts.provisioning", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "lms.accounts.realm", defaultValue = "topcop")
    String realm;

    /** Whether the LMS manages accounts in Keycloak; where it does not, accounts are deleted there by hand. */
    public boolean manages() {
        return enabled;
    }

    /** Queues the deletion in the caller's transaction; the summary names the erasure, never the person. */
    void deleteLater(String subject, String pseudonym, long personId) {
        try {
            outbox.enqueue(DELETE, DELETE + " " + pseudonym, json.writeValueAsString(new Deletion(subject)), personId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String kind() {
        return DELETE;
    }

    /** Deletes the account; one that is already gone counts as deleted (delivery is at least once). */
    @Override
    public void deliver(String payload) throws Exception {
        String subject = json.readValue(payload, Deletion.class).subject();
        try (Response response = keycloak.get().realm(realm).users().delete(subject)) {
            int status = response.getStatus();
            if (status != 204 && status != 404) {
                throw new IllegalStateException(
                        "Keycloak refused to delete an erased person's account: HTTP " + status);
            }
        }
        changed.fire(new eu.topcop.learn.platform.security.AccountsChanged(subject));
    }
}
