package eu.topcop.learn.enrolment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of enrolment (pages and notifications), in the partners' seven languages, in
 * {@code messages/enrol_<language>.properties}; templates use them as {@code {enrol:...}}. A bundle of its own
 * keeps each generated bundle class small.
 */
@MessageBundle(value = "enrol", locale = "en")
public interface EnrolmentMessages {

    @Message
    String notify_received_subject(String course);

    @Message
    String notify_received_body(String course, String dates);

    @Message
    String notify_received_body_direct(String course, String dates);

    @Message
    String notify_nominated_subject(String course);

    @Message
    String notify_nominated_body(String course, String dates, String coordinator);

    @Message
    String notify_endorsed_subject(String course);

    @Message
    String notify_endorsed_body(String course);

    @Message
    String notify_declined_subject(String course);

    @Message
    String notify_declined_body(String course, String reason);

    @Message
    String notify_approved_subject(String course);

    @Message
    String notify_approved_body(String course, String dates, String place);

    @Message
    String notify_rejected_subject(String course);

    @Message
    String notify_rejected_body(String course, String reason);

    @Message
    String notify_waiting_subject(String course);

    @Message
    String notify_waiting_body(String course);

    @Message
    String notify_offered_subject(String course);

    @Message
    String notify_offered_body(String course, String until);

    @Message
    String notify_expired_subject(String course);

    @Message
    String notify_expired_body(String course);

    @Message
    String notify_released_subject(String course);

    @Message
    String notify_released_body(String course, String reason);

    @Message
    String notify_cancelled_subject(String course);

    @Message
    String notify_cancelled_body(String course, String reason);

    @Message
    String agency_border_guard();

    @Message
    String agency_customs();

    @Message
    String agency_judiciary();

    @Message
    String agency_other();

    @Message
    String agency_police();

    @Message
    String agency_prosecution();

    @Message
    String enrol_agency();

    @Message
    String enrol_agency_type();

    @Message
    String enrol_all_statuses();

    @Message
    String enrol_apply_button();

    @Message
    String enrol_apply_heading();

    @Message
    String enrol_approve();

    @Message
    String enrol_back_to_offering();

    @Message
    String enrol_cannot_apply();

    @Message
    String enrol_col_person();

    @Message
    String enrol_col_status();

    @Message
    String enrol_confirm_offer();

    @Message
    String enrol_country_intro();

    @Message
    String enrol_country_list();

    @Message
    String enrol_country_title();

    @Message
    String enrol_decline();

    @Message
    String enrol_done_nominated();

    @Message
    String enrol_done_rules();

    @Message
    String enrol_endorse();

    @Message
    String enrol_history();

    @Message
    String enrol_in_running();

    @Message
    String enrol_mine_empty();

    @Message
    String enrol_mine_intro();

    @Message
    String enrol_mine_title();

    @Message
    String enrol_motivation();

    @Message
    String enrol_nominate_button();

    @Message
    String enrol_nominate_heading();

    @Message
    String enrol_nominate_intro();

    @Message
    String enrol_nominated_by();

    @Message
    String enrol_nominee_other_country();

    @Message
    String enrol_awaits_endorsement();

    @Message
    String queue_awaits_endorsement();

    @Message
    String queue_refused_endorsement();

    @Message
    String queue_endorsement_rule();

    @Message
    String enrol_none();

    @Message
    String enrol_offer_until(String until);

    @Message
    String enrol_offer_waiting();

    @Message
    String enrol_officer_email();

    @Message
    String enrol_officer_name();

    @Message
    String enrol_officer_speaks(String language);

    @Message
    String enrol_position();

    @Message
    String enrol_queue_for_offering();

    @Message
    String enrol_quota();

    @Message
    String enrol_quota_heading();

    @Message
    String enrol_quota_none();

    @Message
    String enrol_reason();

    @Message
    String enrol_reason_for_rejection();

    @Message
    String enrol_reason_optional();

    @Message
    String enrol_reject();

    @Message
    String enrol_roster_heading();

    @Message
    String enrol_rules_agency_types();

    @Message
    String enrol_rules_gate();

    @Message
    String enrol_rules_heading();

    @Message
    String enrol_rules_prerequisites();

    @Message
    String enrol_rules_quotas();

    @Message
    String enrol_rules_save();

    @Message
    String enrol_seated();

    @Message
    String enrol_see_application();

    @Message
    String enrol_speaks(String language);

    @Message
    String enrol_title();

    @Message
    String enrol_wait();

    @Message
    String enrol_waiting_heading();

    @Message
    String enrol_withdraw();

    @Message
    String enrol_your_status();

    @Message
    String nav_country_applications();

    @Message
    String nav_my_applications();

    @Message
    String nav_notifications();

    /** The header's link when some are unread: the count is part of the link's words, not a bare badge. */
    @Message
    String nav_notifications_unread(long count);

    @Message
    String notification_unread();

    @Message
    String nav_queue();

    @Message
    String notifications_empty();

    @Message
    String notifications_mark_read();

    @Message
    String notifications_title();

    @Message
    String offering_enrolment_link();

    @Message
    String queue_bulk();

    @Message
    String queue_bulk_approve();

    @Message
    String queue_bulk_reject();

    @Message
    String queue_bulk_wait();

    @Message
    String queue_intro();

    @Message
    String queue_nominated();

    @Message
    String queue_offering();

    @Message
    String queue_progress(long done, long total);

    @Message
    String queue_none_selected();

    @Message
    String queue_refused();

    @Message
    String queue_reload();

    @Message
    String queue_select();

    @Message
    String queue_title();

    @Message
    String reason_agency_type();

    @Message
    String reason_applications_closed();

    @Message
    String reason_applications_not_open();

    @Message
    String reason_country_not_invited();

    @Message
    String reason_language();

    @Message
    String reason_no_country();

    @Message
    String reason_offering_cancelled();

    @Message
    String reason_prerequisite();

    @Message
    String reason_quota_full();

    @Message
    String status_approved();

    @Message
    String status_cancelled();

    @Message
    String status_declined();

    @Message
    String status_endorsed();

    @Message
    String status_expired();

    @Message
    String status_offered();

    @Message
    String status_rejected();

    @Message
    String status_released();

    @Message
    String status_submitted();

    @Message
    String status_waiting();

    @Message
    String status_withdrawn();

    @Message
    String invitation_subject();

    @Message
    String invitation_body(String name, String url, String username, String password);

    @Message
    String enrol_calendar();

    @Message
    String attendance_title();

    @Message
    String attendance_intro();

    @Message
    String attendance_saved();

    @Message
    String attendance_completed();

    @Message
    String attendance_save();

    @Message
    String attendance_link();

    @Message
    String attendance_not_yet();

    @Message
    String attendance_not_a_day();

    @Message
    String attendance_not_seated();

    @Message
    String notify_gate_near_subject(String course);

    @Message
    String notify_gate_near_body(String course, String deadline);

    // The supervisor, for the follow-up after the training (evaluation, level 3)

    @Message
    String supervisor_legend();

    @Message
    String supervisor_legend_nominee();

    @Message
    String supervisor_why();

    @Message
    String supervisor_why_nominee();

    @Message
    String supervisor_name();

    @Message
    String supervisor_email();

    @Message
    String supervisor_position();

    @Message
    String supervisor_language();

    @Message
    String supervisor_language_default();

    @Message
    String supervisor_language_default_nominee();

    @Message
    String supervisor_problem_name_missing();

    @Message
    String supervisor_problem_name_too_long();

    @Message
    String supervisor_problem_email_missing();

    @Message
    String supervisor_problem_email_invalid();

    @Message
    String supervisor_problem_email_too_long();

    @Message
    String supervisor_problem_email_own();

    @Message
    String supervisor_problem_email_own_nominee();

    @Message
    String supervisor_problem_position_too_long();

    @Message
    String supervisor_problem_language_unknown();

    @Message
    String supervisor_title();

    @Message
    String supervisor_none();

    @Message
    String supervisor_saved();

    @Message
    String supervisor_change();

    @Message
    String supervisor_change_hint();

    @Message
    String supervisor_save();

    @Message
    String history_supervisor_named();

    @Message
    String history_supervisor_changed();

    @Message
    String history_supervisor_removed();

    @Message
    String enrol_back();

    @Message
    String enrol_back_offering_page();

    @Message
    String applied_title();

    @Message
    String applied_next_endorsement();

    @Message
    String applied_next_decision();

    @Message
    String withdraw_reason_label();

    @Message
    String withdraw_reason_hint();

    @Message
    String decision_saved();

    @Message
    String queue_all_offerings();

    @Message
    String queue_all_countries();

    @Message
    String queue_statuses();

    @Message
    String queue_statuses_hint();

    @Message
    String queue_summary();

    // Labels of the fields in a refused form's summary (EnrolmentRefusals.LABELS), and the reasons of pages.

    @Message
    String field_agency();

    @Message
    String field_agency_type();

    @Message
    String field_email();

    @Message
    String field_motivation();

    @Message
    String field_name();

    @Message
    String field_position();

    @Message
    String field_reason();

    @Message
    String field_speaks_working_language();

    @Message
    String field_supervisor_email();

    @Message
    String field_supervisor_language();

    @Message
    String field_supervisor_name();

    @Message
    String field_supervisor_position();

    @Message
    String refused_decision_missing();

    @Message
    String refused_decline_reason();

    @Message
    String refused_nominee_email();

    @Message
    String refused_reject_reason();

    @Message
    String refused_ineligible(String reasons);
}
