package eu.topcop.learn.insight.evaluation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of evaluation (surveys, their notices and reports) in the partners' seven languages, in
 * {@code messages/evaluation_<language>.properties}; templates use them as {@code {evaluation:...}}. The keys added
 * after the first ones carry their English in {@code @Message} as well: the build did not find them in
 * evaluation_en.properties (MessageBundleException "missing for default locale"), cause not yet found.
 */
@MessageBundle(value = "evaluation", locale = "en")
public interface EvaluationMessages {

    @Message
    String nav_evaluation();

    @Message
    String notice_invited_subject(String title);

    @Message
    String notice_invited_body(String title, String period, String privacy, String closes, String link);

    @Message
    String notice_reminder_subject(String title);

    @Message
    String notice_privacy_anonymous();

    @Message
    String notice_privacy_named();

    @Message
    String mine_title();

    @Message
    String mine_intro();

    @Message
    String mine_none();

    @Message
    String col_activity();

    @Message
    String col_period();

    @Message
    String col_closes();

    @Message
    String col_state();

    @Message
    String state_open();

    @Message
    String state_answered();

    @Message
    String state_closed();

    @Message
    String answer_action();

    @Message
    String answered_thanks();

    @Message
    String anonymous_note();

    @Message
    String named_note();

    @Message
    String closes_note(String closes);

    @Message
    String required_mark();

    @Message
    String optional_mark();

    @Message
    String no_answer();

    @Message
    String submit();

    @Message
    String errors_title();

    @Message
    String error_required();

    @Message
    String error_choice();

    @Message
    String error_range();

    @Message
    String error_too_long(int max);

    @Message
    String closed_title();

    @Message
    String closed_answered();

    @Message
    String closed_over(String closes);

    @Message
    String untranslated();

    @Message
    String surveys_title();

    @Message
    String surveys_intro(int smallest);

    @Message
    String surveys_none();

    @Message
    String col_survey();

    @Message
    String col_level();

    @Message
    String col_invited();

    @Message
    String col_answered();

    @Message
    String col_rate();

    @Message
    String level_reaction();

    @Message
    String level_learning();

    @Message
    String level_behaviour();

    @Message
    String subject_offering();

    @Message
    String subject_online_course();

    @Message
    String subject_multiplication_course();

    @Message
    String subject_exchange_placement();

    @Message
    String subject_network_event();

    @Message
    String next_page();

    @Message
    String report_title(String title);

    @Message
    String report_anonymous(int smallest);

    @Message
    String report_named();

    @Message
    String rate_live(long answered, long invited, String rate);

    @Message
    String rate_updated();

    @Message
    String reaction_score();

    @Message
    String hidden_cell(int smallest);

    @Message
    String col_question();

    @Message
    String col_respondents();

    @Message
    String col_mean();

    @Message
    String col_answer();

    @Message
    String col_count();

    @Message
    String col_share();

    @Message
    String free_text();

    @Message
    String free_text_none();

    @Message
    String free_text_restricted();

    @Message
    String non_respondents_title();

    @Message
    String non_respondents_intro();

    @Message
    String non_respondents_none();

    @Message
    String col_name();

    @Message
    String col_country();

    @Message
    String back_to_surveys();

    @Message(
            "Dear {name}, {officer} took part in \"{title}\" ({period}). As their supervisor, please tell us in a few minutes whether and how they apply what they learned. The link works once, only for this survey, until {closes}; no account is needed: {link}")
    String notice_supervisor_body(String name, String officer, String title, String period, String closes, String link);

    @Message(
            "Dear {name}, please tell us what you thought of \"{title}\" ({period}). The link works once, only for this survey, until {closes}; no account is needed: {link}")
    String notice_link_body(String name, String title, String period, String closes, String link);

    @Message("This survey is about {officer}.")
    String survey_about(String officer);

    @Message("This link does not open a survey")
    String link_invalid_title();

    @Message("The link is not valid. Please use the link from your most recent e-mail exactly as it was sent.")
    String link_invalid_body();

    @Message("{title}: follow-up not answered yet")
    String notice_escalation_subject(String title);

    @Message(
            "These people of your country have not answered the follow-up survey on \"{title}\" ({period}) after two reminders; it closes on {closes}. A word from you may help: {names}")
    String notice_escalation_body(String title, String period, String closes, String names);

    @Message("{name}, supervisor of {officer}")
    String escalation_supervisor(String name, String officer);

    @Message("Applying what they learned (share of respondents)")
    String applied_share();
}
