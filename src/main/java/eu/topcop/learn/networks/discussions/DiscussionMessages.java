package eu.topcop.learn.networks.discussions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of network discussions in the partners' seven languages, in
 * {@code messages/discussions_<language>.properties}; templates use them as {@code {discussions:...}}.
 */
@MessageBundle(value = "discussions", locale = "en")
public interface DiscussionMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String back_to_network();

    @Message
    String new_thread();

    @Message
    String f_title();

    @Message
    String f_body();

    @Message
    String f_language();

    @Message
    String post_thread();

    @Message
    String reply();

    @Message
    String post_reply();

    @Message
    String quote();

    @Message
    String quoting(String author);

    @Message
    String no_threads();

    @Message
    String posts_count(int count);

    @Message
    String last_activity();

    @Message
    String pinned();

    @Message
    String locked();

    @Message
    String next_page();

    @Message
    String first_page();

    @Message
    String started_by(String author);

    @Message
    String written_in(String language);

    @Message
    String edited();

    @Message
    String edit();

    @Message
    String edit_post();

    @Message
    String save_edit();

    @Message
    String revisions();

    @Message
    String revision_n(int number);

    @Message
    String muted();

    @Message
    String errors_title();

    @Message
    String err_title_missing();

    @Message
    String err_title_long();

    @Message
    String err_body_missing();

    @Message
    String err_body_long();

    @Message
    String err_body_script();

    @Message
    String err_body_deep_quote();

    @Message
    String err_language();

    @Message
    String err_quote();

    @Message
    String err_other();

    @Message
    String markdown_hint();

    @Message
    String cancel();

    @Message
    String quoted_from(String author);

    @Message
    String older_posts();

    @Message
    String back_to_thread();

    @Message
    String by_on(String author);

    @Message
    String f_attachments();

    @Message
    String attachments_hint(int max, long mb);

    @Message
    String attachments();

    @Message
    String err_attachments_many(int max);

    @Message
    String err_attachment_large(String name, long mb);

    @Message
    String err_attachment_empty(String name);

    @Message
    String err_attachment_type(String name);
}
