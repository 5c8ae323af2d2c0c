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
    String err_attachments_many(String max);

    @Message
    String err_attachment_large(String name, String mb);

    @Message
    String err_attachment_empty(String name);

    @Message
    String err_attachment_type(String name);

    @Message
    String report();

    @Message
    String report_title();

    @Message
    String f_reason();

    @Message
    String f_reason_optional();

    @Message
    String report_hint();

    @Message
    String send_report();

    @Message
    String moderate();

    @Message
    String moderate_title();

    @Message
    String hide();

    @Message
    String hide_hint();

    @Message
    String unhide();

    @Message
    String hidden_by_moderator();

    @Message
    String hidden_with_reason(String reason);

    @Message
    String open_reports(int count);

    @Message
    String reports_title();

    @Message
    String no_reports();

    @Message
    String reported_by(String name, String reason);

    @Message
    String dismiss();

    @Message
    String lock();

    @Message
    String unlock();

    @Message
    String pin();

    @Message
    String unpin();

    @Message
    String move();

    @Message
    String f_network();

    @Message
    String moderation_title();

    @Message
    String moderation_log();

    @Message
    String no_entries();

    @Message
    String older_entries();

    @Message
    String col_when();

    @Message
    String col_who();

    @Message
    String col_what();

    @Message
    String col_on();

    @Message
    String members();

    @Message
    String f_until();

    @Message
    String mute();

    @Message
    String unmute();

    @Message
    String muted_until(String date);

    @Message
    String err_reason_missing();

    @Message
    String err_reason_long();

    @Message
    String err_until();

    @Message
    String err_network();

    @Message
    String err_member();

    @Message
    String action_hide();

    @Message
    String action_unhide();

    @Message
    String action_lock();

    @Message
    String action_unlock();

    @Message
    String action_pin();

    @Message
    String action_unpin();

    @Message
    String action_move();

    @Message
    String action_mute();

    @Message
    String action_unmute();

    @Message
    String action_dismiss();

    @Message
    String offering_discussion();

    @Message
    String back_to_offering();

    @Message
    String offering_dates(String starts, String ends);

    @Message
    String offering_closed(String since);

    @Message
    String back_to_networks();

    @Message
    String search_title();

    @Message
    String search_all_title();

    @Message
    String search_label();

    @Message
    String search_button();

    @Message
    String search_hint();

    @Message
    String search_none();

    @Message
    String search_in(String network);

    @Message
    String search_title_match();

    @Message
    String search_everywhere();

    @Message
    String err_q_missing();

    @Message
    String err_q_long();

    @Message
    String err_q_short();

    @Message
    String move_none();

    @Message
    String more_reports();

    @Message
    String more_members();
}
