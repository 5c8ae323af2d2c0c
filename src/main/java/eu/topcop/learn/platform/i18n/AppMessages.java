package eu.topcop.learn.platform.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages, in the partners' seven languages. The texts are in
 * {@code messages/msg_<language>.properties}; English ({@code msg_en.properties}) is the default and the fallback.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_home();

    @Message
    String nav_manager();

    @Message
    String nav_api();

    @Message
    String user_label();

    @Message
    String user_country();

    @Message
    String user_roles();

    @Message
    String sign_in();

    @Message
    String sign_out();

    @Message
    String language_label();

    @Message
    String language_apply();

    @Message
    String footer_text();

    @Message
    String role_trainee();

    @Message
    String role_trainer();

    @Message
    String role_national_coordinator();

    @Message
    String role_course_manager();

    @Message
    String role_content_author();

    @Message
    String role_admin();

    @Message
    String landing_title();

    @Message
    String landing_intro();

    @Message
    String landing_feature_online_title();

    @Message
    String landing_feature_online();

    @Message
    String landing_feature_trainers_title();

    @Message
    String landing_feature_trainers();

    @Message
    String landing_feature_exchange_title();

    @Message
    String landing_feature_exchange();

    @Message
    String landing_sign_in_hint();

    @Message
    String landing_continue();

    @Message
    String home_title(String name);

    @Message
    String home_intro();

    @Message
    String home_portfolio_heading();

    @Message
    String home_portfolio_serves();

    @Message
    String home_portfolio_no_empact();

    @Message
    String home_cycle_heading(String cycle);

    @Message
    String home_cycle_basis(java.time.LocalDate date, String assessment);

    @Message
    String home_cycle_select();

    @Message
    String home_cycle_show();

    @Message
    String home_horizontal_goal();

    @Message
    String translation_fallback();

    @Message
    String manager_title();

    @Message
    String manager_intro();

    @Message
    String manager_coverage_heading(String cycle);

    @Message
    String manager_col_empact();

    @Message
    String manager_col_portfolio();

    @Message
    String manager_not_covered();

    @Message
    String manager_activity_types_heading();

    @Message
    String manager_col_activity();

    @Message
    String manager_col_delivery();

    @Message
    String delivery_online();

    @Message
    String delivery_face_to_face();

    @Message
    String manager_partners_heading();

    @Message
    String error_title();

    @Message
    String error_status(int status);

    @Message
    String error_400();

    @Message
    String error_401();

    @Message
    String error_403();

    @Message
    String error_404();

    @Message
    String error_409();

    @Message
    String error_422();

    @Message
    String error_500();

    @Message
    String error_413();

    @Message
    String error_414();

    @Message
    String error_431();

    @Message
    String error_text();

    @Message
    String error_csrf();

    @Message
    String error_reference(String reference);

    @Message
    String error_back_home();

    @Message
    String refused_title();

    @Message
    String refused_summary();

    @Message
    String refused_intro();

    @Message
    String refused_required();

    @Message
    String refused_required_at_most(String max);

    @Message
    String refused_too_long(String max);

    @Message
    String refused_invalid();

    @Message
    String refused_not_found();

    @Message
    String refused_conflict();

    @Message
    String refused_text();

    @Message
    String refused_send_again();

    @Message
    String refused_back();

    @Message
    String nav_catalogue();

    @Message
    String nav_imports();

    @Message
    String catalogue_title();

    @Message
    String catalogue_intro();

    @Message
    String catalogue_filter_priority();

    @Message
    String catalogue_all_priorities();

    @Message
    String catalogue_filter_apply();

    @Message
    String catalogue_empty();

    @Message
    String catalogue_months(int months);

    @Message
    String catalogue_languages();

    @Message
    String catalogue_back();

    @Message
    String curriculum_aims();

    @Message
    String curriculum_audience();

    @Message
    String curriculum_outcomes();

    @Message
    String curriculum_path();

    @Message
    String curriculum_hours(int hours);

    @Message
    String curriculum_modules();

    @Message
    String module_old_version(int version);

    @Message
    String module_minutes(int minutes);

    @Message
    String module_lessons();

    @Message
    String module_material();

    @Message
    String lesson_position(int position, int total);

    @Message
    String lesson_fallback();

    @Message
    String lesson_nav();

    @Message
    String lesson_previous();

    @Message
    String lesson_next();

    @Message
    String imports_title();

    @Message
    String imports_intro();

    @Message
    String imports_start();

    @Message
    String imports_col_started();

    @Message
    String imports_col_by();

    @Message
    String imports_col_status();

    @Message
    String imports_col_result();

    @Message
    String imports_col_item();

    @Message
    String imports_col_problems();

    @Message
    String imports_counts(int published, int unchanged, int refused);

    @Message
    String imports_report_title();

    @Message
    String imports_progress(int done, int total);

    @Message
    String catalogue_all_countries();

    @Message
    String catalogue_all_languages();

    @Message
    String catalogue_all_types();

    @Message
    String catalogue_curricula_heading();

    @Message
    String catalogue_date_not_understood();

    @Message
    String catalogue_filter_country();

    @Message
    String catalogue_filter_from();

    @Message
    String catalogue_filter_language();

    @Message
    String catalogue_filter_reset();

    @Message
    String catalogue_filter_to();

    @Message
    String catalogue_filter_type();

    @Message
    String catalogue_no_offerings();

    @Message
    String catalogue_offerings_found(long total);

    @Message
    String catalogue_offerings_heading();

    @Message
    String catalogue_search_label();

    @Message
    String catalogue_search_placeholder();

    @Message
    String course_all_offerings(long total);

    @Message
    String course_no_offerings();

    @Message
    String course_offerings_heading();

    @Message
    String manager_offerings_empty();

    @Message
    String manager_offerings_intro();

    @Message
    String manager_offerings_title();

    @Message
    String nav_my_offerings();

    @Message
    String offering_applications();

    @Message
    String offering_cancelled(String reason);

    @Message
    String offering_change();

    @Message
    String offering_course();

    @Message
    String offering_days(int days);

    @Message
    String offering_form_cancel_button();

    @Message
    String offering_form_cancel_heading();

    @Message
    String offering_form_cancel_reason();

    @Message
    String offering_form_cancelled();

    @Message
    String offering_form_capacity();

    @Message
    String offering_form_close();

    @Message
    String offering_form_country();

    @Message
    String offering_form_course();

    @Message
    String offering_form_delivery();

    @Message
    String offering_form_ends();

    @Message
    String offering_form_language();

    @Message
    String offering_form_open();

    @Message
    String offering_form_publish();

    @Message
    String offering_form_save_changes();

    @Message
    String offering_form_starts();

    @Message
    String offering_form_title_edit();

    @Message
    String offering_form_title_new();

    @Message
    String offering_form_venue();

    @Message
    String offering_manager();

    @Message
    String offering_places(int capacity);

    @Message
    String offering_problem_capacity_invalid();

    @Message
    String offering_problem_close_after_start();

    @Message
    String offering_problem_close_before_open();

    @Message
    String offering_problem_close_missing();

    @Message
    String offering_problem_country_missing();

    @Message
    String offering_problem_country_unknown();

    @Message
    String offering_problem_course_unknown();

    @Message
    String offering_problem_end_before_start();

    @Message
    String offering_problem_end_missing();

    @Message
    String offering_problem_language_unknown();

    @Message
    String offering_problem_open_missing();

    @Message
    String offering_problem_start_missing();

    @Message
    String offering_problem_start_passed();

    @Message
    String offering_problem_venue_missing();

    @Message
    String offering_problem_venue_too_long();

    @Message
    String offering_when();

    @Message
    String offering_where();

    @Message
    String offering_window_closed();

    @Message
    String offering_window_dates(String open, String close);

    @Message
    String offering_window_not_yet(String date);

    @Message
    String offering_window_not_yet_short();

    @Message
    String offering_window_now_open();

    @Message
    String offering_window_open(String date);

    @Message
    String pager_first();

    @Message
    String pager_label();

    @Message
    String pager_next();

    @Message
    String pager_position(int page, int pages);

    @Message
    String pager_previous();

    @Message
    String mailbox_title();

    @Message
    String mailbox_intro();

    @Message
    String mailbox_off();

    @Message
    String mailbox_empty();

    @Message
    String mailbox_to(String to);

    @Message
    String mailbox_total(int total);

    @Message
    String mailbox_address();

    @Message
    String outbox_title();

    @Message
    String outbox_intro();

    @Message
    String outbox_counts(long failed, long pending, long delivered);

    @Message
    String outbox_empty();

    @Message
    String outbox_col_created();

    @Message
    String outbox_col_what();

    @Message
    String outbox_col_status();

    @Message
    String outbox_col_attempts();

    @Message
    String outbox_col_error();

    @Message
    String outbox_status_failed();

    @Message
    String outbox_status_pending(java.time.Instant next);

    @Message
    String outbox_retry();
}
