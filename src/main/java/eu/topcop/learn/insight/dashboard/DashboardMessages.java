package eu.topcop.learn.insight.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the dashboards, their charts and exports in the partners' seven languages, in
 * {@code messages/dash_<language>.properties}; templates use them as {@code {dash:...}}.
 */
@MessageBundle(value = "dash", locale = "en")
public interface DashboardMessages {

    @Message
    String nav_dashboard();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String as_of(String at);

    @Message
    String never_refreshed();

    @Message
    String filters();

    @Message
    String filter_country();

    @Message
    String filter_priority();

    @Message
    String filter_empact(String cycle);

    @Message
    String filter_year();

    @Message
    String filter_any();

    @Message
    String apply();

    @Message
    String reset();

    @Message
    String totals();

    @Message
    String officers_to_train();

    @Message
    String applications();

    @Message
    String approvals();

    @Message
    String offerings();

    @Message
    String completions();

    @Message
    String certificates();

    @Message
    String knowledge_gain();

    @Message
    String gain_pairs();

    @Message
    String trainers_certified();

    @Message
    String cascade_reach();

    @Message
    String exchange_placements();

    @Message
    String event_participants();

    @Message
    String uncovered();

    @Message
    String coverage();

    @Message
    String reaction_score();

    @Message
    String reaction_respondents();

    @Message
    String test_gain();

    @Message
    String test_pairs();

    @Message
    String applied_share();

    @Message
    String applied_respondents();

    @Message
    String evaluation();

    @Message
    String hidden_few(int smallest);

    @Message
    String hidden_differencing(int smallest);

    @Message
    String evaluation_rule(int smallest);

    @Message
    String percent(String value);

    @Message
    String no_data();

    @Message
    String need_vs_trained();

    @Message
    String need_vs_trained_label();

    @Message
    String legend_need();

    @Message
    String legend_trained();

    @Message
    String heat_map();

    @Message
    String heat_map_label();

    @Message
    String heat_none();

    @Message
    String trend();

    @Message
    String trend_label();

    @Message
    String legend_applications();

    @Message
    String legend_completions();

    @Message
    String by_year();

    @Message
    String year();

    @Message
    String quarter();

    @Message
    String by_empact(String cycle);

    @Message
    String empact_priority();

    @Message
    String top_gaps();

    @Message
    String top_gaps_none();

    @Message
    String uncovered_rule();

    @Message
    String see_gaps(String round);

    @Message
    String priority_page(String name);

    @Message
    String priority_intro();

    @Message
    String serves(String cycle);

    @Message
    String serves_none();

    @Message
    String rounds();

    @Message
    String rounds_none();

    @Message
    String delivered();

    @Message
    String missing();

    @Message
    String missing_none();

    @Message
    String exports();

    @Message
    String export_csv();

    @Message
    String export_xlsx();

    @Message
    String export_pdf();

    @Message
    String export_pdf_choose();

    @Message
    String export_progress();

    @Message
    String export_done(String size);

    @Message
    String export_running(String size);

    @Message
    String table_cells();

    @Message
    String table_empact();

    @Message
    String table_quarters();

    @Message
    String table_gaps();

    @Message
    String report_title(String country);

    @Message
    String report_generated(String at);

    @Message
    String back_to_dashboard();
}
