package eu.topcop.learn.insight;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the needs-analysis pages in the partners' seven languages, in
 * {@code messages/insight_<language>.properties}; templates use them as {@code {insight:...}}.
 */
@MessageBundle(value = "insight", locale = "en")
public interface InsightMessages {

    @Message
    String nav_insight();

    @Message
    String rounds_title();

    @Message
    String rounds_intro();

    @Message
    String rounds_none();

    @Message
    String fictitious();

    @Message
    String col_round();

    @Message
    String col_year();

    @Message
    String col_status();

    @Message
    String status_collecting();

    @Message
    String status_consolidated();

    @Message
    String status_validated();

    @Message
    String status_closed();

    @Message
    String round_summary(int year, int capabilities, int countries);

    @Message
    String round_views();

    @Message
    String round_scope();

    @Message
    String col_priorities();

    @Message
    String col_countries();

    @Message
    String col_proficiency_scale();

    @Message
    String col_urgency_scale();

    @Message
    String col_target_groups();

    @Message
    String questionnaire_title();

    @Message
    String questionnaire_intro();

    @Message
    String template_language();

    @Message
    String template_xlsx();

    @Message
    String template_csv();

    @Message
    String import_title();

    @Message
    String import_intro();

    @Message
    String import_file();

    @Message
    String import_submit();

    @Message
    String import_uploading();

    @Message
    String import_refused_title(String file, int count);

    @Message
    String import_done(String file, int rows, int agencies);

    @Message
    String import_refused();

    @Message
    String import_imported();

    @Message
    String import_unchanged();

    @Message
    String import_report_title(String file);

    @Message
    String imports_title();

    @Message
    String imports_none();

    @Message
    String col_file();

    @Message
    String col_when();

    @Message
    String col_import_status();

    @Message
    String col_rows();

    @Message
    String col_agencies();

    @Message
    String col_problems();

    @Message
    String steps_title();

    @Message
    String steps_intro();

    @Message
    String consolidate();

    @Message
    String validate_round();

    @Message
    String close_round();

    @Message
    String done_consolidated();

    @Message
    String done_validated();

    @Message
    String done_closed();

    @Message
    String saved();

    @Message
    String refused_no_file();

    @Message
    String refused_closed();

    @Message
    String refused_consolidation();

    @Message
    String refused_validation();

    @Message
    String refused_closure();

    @Message
    String capabilities_title();

    @Message
    String col_capability();

    @Message
    String col_priority();

    @Message
    String gaps_title();

    @Message
    String gaps_intro();

    @Message
    String gaps_none();

    @Message
    String gaps_count(int count);

    @Message
    String col_country();

    @Message
    String col_target_group();

    @Message
    String col_total();

    @Message
    String col_urgency();

    @Message
    String col_relevance();

    @Message
    String col_respondents();

    @Message
    String col_origin();

    @Message
    String filter_any();

    @Message
    String filter_apply();

    @Message
    String export_csv();

    @Message
    String export_xlsx();

    @Message
    String need_raise();

    @Message
    String gap_proposed();

    @Message
    String gap_validated();

    @Message
    String gap_discarded();

    @Message
    String origin_emerging();

    @Message
    String origin_round();

    @Message
    String officers_at(String level);

    @Message
    String respondents_of(int respondents, int agencies);

    @Message
    String gap_coverage_link();

    @Message
    String decision_title();

    @Message
    String decision_intro();

    @Message
    String decision_action();

    @Message
    String action_validate();

    @Message
    String action_change();

    @Message
    String action_discard();

    @Message
    String decision_figures();

    @Message
    String decision_reason();

    @Message
    String decision_submit();

    @Message
    String done_gap_validated();

    @Message
    String done_gap_changed();

    @Message
    String done_gap_discarded();

    @Message
    String done_need_raised();

    @Message
    String history_title();

    @Message
    String history_none();

    @Message
    String col_action();

    @Message
    String col_by();

    @Message
    String col_reason();

    @Message
    String action_raised();

    @Message
    String action_validated();

    @Message
    String action_changed();

    @Message
    String action_discarded();

    @Message
    String error_action();

    @Message
    String error_officers();

    @Message
    String error_urgency();

    @Message
    String error_reason();

    @Message
    String error_country();

    @Message
    String error_capability();

    @Message
    String error_target_group();

    @Message
    String error_gap_exists();

    @Message
    String error_round_closed();

    @Message
    String error_other();

    @Message
    String need_title();

    @Message
    String need_intro();

    @Message
    String need_reason();

    @Message
    String need_submit();

    @Message
    String coverage_title();

    @Message
    String coverage_intro();

    @Message
    String coverage_covered();

    @Message
    String coverage_none();

    @Message
    String coverage_without_course();

    @Message
    String coverage_all_served();

    @Message
    String coverage_serving_none();

    @Message
    String coverage_every_course_serves();

    @Message
    String col_courses();

    @Message
    String col_trained();

    @Message
    String col_coverage();

    @Message
    String officers_to_train(int count);

    @Message
    String col_per_level();

    @Message
    String col_seats();

    @Message
    String col_approved();

    @Message
    String col_completions();

    @Message
    String col_certificates();

    @Message
    String col_trainers();

    @Message
    String col_cascade();

    @Message
    String level_unspecified();

    @Message
    String trained_of(long trained, Integer toTrain);

    @Message
    String coverage_rule();

    @Message
    String mappings_link();

    @Message
    String trace_title();

    @Message
    String trace_intro();

    @Message
    String trace_no_course();

    @Message
    String trace_course_gaps();

    @Message
    String trace_offerings();

    @Message
    String trace_no_offering();

    @Message
    String col_offering();

    @Message
    String col_dates();

    @Message
    String col_venue();

    @Message
    String online();

    @Message
    String trace_completions();

    @Message
    String trace_no_completion();

    @Message
    String col_officer();

    @Message
    String col_course();

    @Message
    String col_completed();

    @Message
    String trace_more();

    @Message
    String served_title(String title);

    @Message
    String served_intro();

    @Message
    String served_none();

    @Message
    String col_levels();

    @Message
    String mappings_title();

    @Message
    String mappings_intro();

    @Message
    String mapping_add();

    @Message
    String mapping_no_course();

    @Message
    String col_outcome();

    @Message
    String mapping_outcome_hint();

    @Message
    String col_capability_code();

    @Message
    String col_level_code();

    @Message
    String mapping_level_hint();

    @Message
    String mapping_submit();

    @Message
    String mappings_list();

    @Message
    String mapping_show_removed();

    @Message
    String mappings_none();

    @Message
    String col_addressed_by();

    @Message
    String col_source();

    @Message
    String source_content();

    @Message
    String source_manager(String name, String date);

    @Message
    String mapping_removed_by(String name, String date);

    @Message
    String mapping_removal_reason();

    @Message
    String mapping_remove();

    @Message
    String done_mapping_added();

    @Message
    String done_mapping_removed();

    @Message
    String error_mapping_course();

    @Message
    String error_mapping_outcome();

    @Message
    String error_mapping_capability();

    @Message
    String error_mapping_level();

    @Message
    String error_mapping_reason();

    @Message
    String error_mapping_duplicate();

    @Message
    String error_mapping_removed();

    @Message
    String served_link();

    @Message
    String define_title();

    @Message
    String define_intro();

    @Message
    String define_from_round();

    @Message
    String define_no_round();

    @Message
    String define_based_on();

    @Message
    String define_code();

    @Message
    String define_code_hint();

    @Message
    String define_titles();

    @Message
    String define_submit();

    @Message
    String define_from_file();

    @Message
    String define_file_intro();

    @Message
    String define_file();

    @Message
    String done_defined();

    @Message
    String error_based_on();

    @Message
    String error_round_code();

    @Message
    String error_round_year();

    @Message
    String error_round_title();

    @Message
    String error_round_priorities();

    @Message
    String error_round_countries();

    @Message
    String error_round_file(String detail);
}
