package eu.topcop.learn.lrs;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the LRS's administration page ({@code messages/lrs_<language>}). */
@MessageBundle(value = "lrs", locale = "en")
public interface LrsMessages {

    @Message
    String nav_lrs_clients();

    @Message
    String clients_intro(String endpoint);

    @Message
    String create_title();

    @Message
    String f_name();

    @Message
    String f_scopes();

    @Message
    String create();

    @Message
    String created_title();

    @Message
    String created_once();

    @Message
    String col_key();

    @Message
    String col_secret();

    @Message
    String col_created();

    @Message
    String col_revoked();

    @Message
    String revoke();

    @Message
    String none();
}
