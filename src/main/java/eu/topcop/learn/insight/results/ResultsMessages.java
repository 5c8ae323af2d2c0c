package eu.topcop.learn.insight.results;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of operational results (evaluation level 4) in the partners' seven languages, in
 * {@code messages/results_<language>.properties}; templates use them as {@code {results:...}}. Kinds, states and
 * audit actions are named through {@code kind_$…}, {@code status_$…} and {@code action_$…}.
 */
@MessageBundle(value = "results", locale = "en")
public interface ResultsMessages {

    @Message
    String nav_results();

    @Message
    String nav_my_results();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String filters();

    @Message
    String filter_any();

    @Message
    String apply();

    @Message
    String reset();

    @Message
    String record_link();

    @Message
    String figures_link();

    @Message
    String mine_link();

    @Message
    String list_link();

    @Message
    String none();

    @Message
    String more();

    @Message
    String col_date();

    @Message
    String col_kind();

    @Message
    String col_country();

    @Message
    String col_priority();

    @Message
    String col_officers();

    @Message
    String col_status();

    @Message
    String col_description();

    @Message
    String restricted_mark();

    @Message
    String kind(ResultKind kind);

    @Message
    String status(OperationalResult.Status status);

    @Message
    String action(ResultChange.Action action);

    @Message
    String new_title();

    @Message
    String new_intro();

    @Message
    String edit_title();

    @Message
    String edit_intro();

    @Message
    String field_kind();

    @Message
    String field_date();

    @Message
    String field_date_hint();

    @Message
    String field_country();

    @Message
    String field_priority();

    @Message
    String field_empact();

    @Message
    String field_empact_hint();

    @Message
    String field_empact_none();

    @Message
    String field_oap();

    @Message
    String field_oap_hint();

    @Message
    String field_description();

    @Message
    String field_evidence();

    @Message
    String field_evidence_hint();

    @Message
    String field_officers();

    @Message
    String field_officers_hint();

    @Message
    String field_count();

    @Message
    String field_count_hint();

    @Message
    String field_amount();

    @Message
    String field_amount_hint();

    @Message
    String field_restricted();

    @Message
    String field_officer_you();

    @Message
    String save();

    @Message
    String save_edit();

    @Message
    String cancel();

    @Message
    String error_kind();

    @Message
    String error_date();

    @Message
    String error_description();

    @Message
    String error_evidence();

    @Message
    String error_priority();

    @Message
    String error_empact();

    @Message
    String error_oap();

    @Message
    String error_country();

    @Message
    String error_officers();

    @Message
    String error_count();

    @Message
    String error_amount();

    @Message
    String error_reason();

    @Message
    String error_decision();

    @Message
    String error_state();

    @Message
    String recorded(String name, String date);

    @Message
    String decided(String name, String date);

    @Message
    String rejection_reason();

    @Message
    String withheld();

    @Message
    String edit_link();

    @Message
    String history_title();

    @Message
    String history_none();

    @Message
    String col_when();

    @Message
    String col_action();

    @Message
    String col_by();

    @Message
    String col_reason();

    @Message
    String col_changes();

    @Message
    String decision_title();

    @Message
    String decision_intro();

    @Message
    String decision_validate();

    @Message
    String decision_reject();

    @Message
    String decision_reason();

    @Message
    String decision_submit();

    @Message
    String done_recorded();

    @Message
    String done_proposed();

    @Message
    String done_edited();

    @Message
    String done_validated();

    @Message
    String done_rejected();

    @Message
    String mine_title();

    @Message
    String mine_intro();

    @Message
    String mine_none();

    @Message
    String propose_title();

    @Message
    String propose_submit();

    @Message
    String figures_title();

    @Message
    String figures_intro(int minimum);

    @Message
    String figures_as_of(String date);

    @Message
    String share_title();

    @Message
    String share_rule();

    @Message
    String share_chart_label();

    @Message
    String col_trained();

    @Message
    String col_involved();

    @Message
    String col_share();

    @Message
    String col_trained_recently();

    @Message
    String percent(String value);

    @Message
    String hidden(int minimum);

    @Message
    String results_title();

    @Message
    String results_rule();

    @Message
    String col_officers_named();

    @Message
    String col_arrests();

    @Message
    String col_cases();

    @Message
    String col_assets();

    @Message
    String before_after_title();

    @Message
    String before_after_rule();

    @Message
    String col_cohort();

    @Message
    String col_before();

    @Message
    String col_after();

    @Message
    String col_with_before();

    @Message
    String col_with_after();

    @Message
    String figures_none();

    @Message
    String exports();

    @Message
    String export_csv();

    @Message
    String export_xlsx();

    @Message
    String cycle(String cycle);

    @Message
    String col_per_kind();

    @Message
    String col_counted();
}
