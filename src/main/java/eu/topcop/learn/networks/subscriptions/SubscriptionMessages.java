package eu.topcop.learn.networks.subscriptions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of subscriptions (pages, in-app notices, e-mails and digests) in the partners' seven languages, in
 * {@code messages/subscriptions_<language>.properties}; templates use them as {@code {subscriptions:...}}.
 */
@MessageBundle(value = "subscriptions", locale = "en")
public interface SubscriptionMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String back_to_networks();

    @Message
    String settings_link();

    @Message
    String follow_network();

    @Message
    String unfollow_network();

    @Message
    String follow_thread();

    @Message
    String unfollow_thread();

    @Message
    String following_network();

    @Message
    String following_thread();

    @Message
    String delivery_legend();

    @Message
    String delivery_immediate();

    @Message
    String delivery_daily();

    @Message
    String delivery_in_app();

    @Message
    String save();

    @Message
    String networks_title();

    @Message
    String threads_title();

    @Message
    String none();

    @Message
    String unfollow();

    @Message
    String err_delivery();

    @Message
    String notice_thread_subject(String network, String title);

    @Message
    String notice_thread_body(String author, String title, String network, String link);

    @Message
    String notice_reply_subject(String title);

    @Message
    String notice_reply_body(String author, String title, String network, String link);

    @Message
    String digest_subject(int count);

    @Message
    String digest_intro();

    @Message
    String digest_line(String title, String network, int count, String link);

    @Message
    String digest_footer(String link);
}
