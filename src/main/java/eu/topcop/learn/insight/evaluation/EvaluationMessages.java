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
    String error_required();

    @Message
    String error_choice();

    @Message
    String error_range();

    @Message
    String error_too_long(String max);

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

    @Message("Evaluation reports")
    String fl_reports_title();

    @Message(
            "Kirkpatrick's four levels side by side: how participants valued a training (reaction), what they learned (knowledge tests), whether they apply it at work (follow-ups with them and their supervisors) and the operational results of the officers trained.")
    String fl_index_intro();

    @Message("By curriculum and course")
    String fl_index_curricula();

    @Message("By country and crime priority")
    String fl_index_priorities();

    @Message("Offerings you train")
    String fl_index_offerings();

    @Message("There is no report you can open yet.")
    String fl_index_none();

    @Message("whole curriculum")
    String fl_curriculum_report();

    @Message("Evaluation report: {title}")
    String fl_title(String title);

    @Message("All evaluation reports")
    String fl_back();

    @Message("Offering")
    String fl_scope_offering();

    @Message("Course: its offerings compared")
    String fl_scope_course();

    @Message("Curriculum: its courses compared")
    String fl_scope_curriculum();

    @Message("Country and crime priority: the courses of the priority")
    String fl_scope_country_priority();

    @Message("Figures for the people of {country}.")
    String fl_counted_for(String country);

    @Message("Figures for every country.")
    String fl_counted_all();

    @Message("Country")
    String fl_country();

    @Message("Every country")
    String fl_any_country();

    @Message("Show")
    String fl_apply();

    @Message("Download")
    String fl_exports();

    @Message("Spreadsheet (XLSX)")
    String fl_export_xlsx();

    @Message("Report (PDF)")
    String fl_export_pdf();

    @Message("The four levels")
    String fl_summary();

    @Message("Level 1 – reaction")
    String fl_level1();

    @Message("Level 2 – learning")
    String fl_level2();

    @Message("Level 3 – behaviour")
    String fl_level3();

    @Message("Level 4 – results")
    String fl_level4();

    @Message("Offering or course")
    String fl_line();

    @Message("Invited")
    String fl_invited();

    @Message("Answered")
    String fl_answered();

    @Message("Response rate")
    String fl_response_rate();

    @Message("Reaction score (0–100)")
    String fl_reaction_score();

    @Message("Pre- and post-tests")
    String fl_pairs();

    @Message("Before (%)")
    String fl_pre();

    @Message("After (%)")
    String fl_post();

    @Message("Gain (points)")
    String fl_gain();

    @Message("Apply it: participants")
    String fl_applied_participants();

    @Message("Apply it: supervisors")
    String fl_applied_supervisors();

    @Message("Participants")
    String fl_participants();

    @Message("12 months over")
    String fl_year_over();

    @Message("In an operational action")
    String fl_involved();

    @Message("Share in an operational action")
    String fl_involved_share();

    @Message("hidden")
    String fl_hidden();

    @Message("no data")
    String fl_none();

    @Message("Hidden: fewer than {smallest} answers.")
    String fl_hidden_answers(int smallest);

    @Message("Hidden: fewer than {officers} officers.")
    String fl_hidden_officers(int officers);

    @Message("{value} %")
    String fl_percent(String value);

    @Message("All together")
    String fl_total();

    @Message("Online, self-paced")
    String fl_line_online();

    @Message("Multiplication courses")
    String fl_line_multiplication();

    @Message("Comparison")
    String fl_compare();

    @Message("Reaction score, 0 to 100")
    String fl_chart_reaction();

    @Message("Knowledge test in percent: before (light bar) and after (dark bar)")
    String fl_chart_learning();

    @Message("Share applying what they learned, in percent: participants (light bar) and supervisors (dark bar)")
    String fl_chart_behaviour();

    @Message("Share of officers in an operational action within 12 months, in percent")
    String fl_chart_results();

    @Message("The four levels, line by line")
    String fl_table_caption();

    @Message("How the figures are counted")
    String fl_how();

    @Message(
            "Reaction: every reaction survey about the offering or course (when an offering ends, after an online course, after a multiplication course). The reaction score is the mean answer to the survey's overall question on a scale from 0 to 100.")
    String fl_how_reaction();

    @Message(
            "Learning: the knowledge tests taken on the first and the last day of a face-to-face offering, where both were submitted in time; the gain is the mean of after minus before.")
    String fl_how_learning();

    @Message(
            "Behaviour: the follow-ups 3 and 6 months after the training, answered by the participants and by their supervisors; the share says they apply what was learned.")
    String fl_how_behaviour();

    @Message(
            "Results: of the participants whose 12 months after the offering are over, those named on a validated operational action, Joint Action Day or joint investigation team of the training's crime priority within those 12 months.")
    String fl_how_results();

    @Message(
            "A score or share based on fewer than {smallest} answers, or a share about fewer than {officers} officers, is hidden, and so is a total that would give a hidden line away.")
    String fl_how_hiding(int smallest, int officers);

    @Message("Surveys of this offering")
    String fl_surveys();

    @Message("No survey has been sent for this offering yet.")
    String fl_surveys_none();

    @Message("Made on {date}")
    String fl_generated(String date);
}
