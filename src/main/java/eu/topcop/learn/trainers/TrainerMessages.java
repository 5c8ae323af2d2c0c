package eu.topcop.learn.trainers;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the trainers' pages in the partners' seven languages, in
 * {@code messages/trainers_<language>.properties}; templates use them as {@code {trainers:...}}.
 */
@MessageBundle(value = "trainers", locale = "en")
public interface TrainerMessages {

    @Message
    String nav_trainers();

    @Message
    String trainers_title();

    @Message
    String my_certifications();

    @Message
    String certifications_none();

    @Message
    String ttt_offerings();

    @Message
    String col_priority();

    @Message
    String col_offering();

    @Message
    String col_certified();

    @Message
    String col_expires();

    @Message
    String col_status();

    @Message
    String status_active();

    @Message
    String status_expired();

    @Message
    String status_withdrawn();

    @Message
    String withdraw();

    @Message
    String withdraw_reason();

    @Message
    String withdrawn();

    @Message
    String pool_title();

    @Message
    String pool_intro();

    @Message
    String filter_country();

    @Message
    String filter_priority();

    @Message
    String filter_words();

    @Message
    String filter_any();

    @Message
    String search();

    @Message
    String pool_empty();

    @Message
    String col_name();

    @Message
    String col_agency();

    @Message
    String col_priorities();

    @Message
    String assessment_title();

    @Message
    String assessment_intro();

    @Message
    String attendance_link();

    @Message
    String no_participants();

    @Message
    String col_attendance();

    @Message
    String col_assessment();

    @Message
    String col_score();

    @Message
    String col_practice_on();

    @Message
    String col_practice();

    @Message
    String col_notes();

    @Message
    String col_certified_until();

    @Message
    String passed();

    @Message
    String failed();

    @Message
    String not_yet();

    @Message
    String save();

    @Message
    String saved();

    @Message
    String assess_only_lead();

    @Message
    String nav_multiplication();

    @Message
    String cascade_title();

    @Message
    String cascade_intro();

    @Message
    String cascade_trainers();

    @Message
    String cascade_courses();

    @Message
    String cascade_reached();

    @Message
    String cascade_multiplier();

    @Message
    String cascade_csv();

    @Message
    String cascade_json();

    @Message
    String cascade_chart();

    @Message
    String cascade_none();

    @Message
    String cascade_by_year();

    @Message
    String cascade_year();

    @Message
    String cascade_top_trainers();

    @Message
    String cascade_lineage();

    @Message
    String cascade_lineage_intro();

    @Message
    String cascade_generation(int generation, long trainers, long courses, long reached);

    @Message
    String error_course();

    @Message
    String error_starts_on();

    @Message
    String error_ends_on();

    @Message
    String error_place();

    @Message
    String error_language();

    @Message
    String error_expected();

    @Message
    String error_material();

    @Message
    String error_name();

    @Message
    String error_agency();

    @Message
    String error_email();

    @Message
    String error_attended();

    @Message
    String error_material_used();

    @Message
    String error_evaluation_summary();

    @Message
    String error_evaluation_score();

    @Message
    String error_score_from_answers();

    @Message
    String error_report();

    @Message
    String mc_title();

    @Message
    String mc_intro();

    @Message
    String mc_plan();

    @Message
    String mc_plan_intro();

    @Message
    String mc_not_certified();

    @Message
    String mc_none();

    @Message
    String mc_course();

    @Message
    String mc_dates();

    @Message
    String mc_starts_on();

    @Message
    String mc_ends_on();

    @Message
    String mc_place();

    @Message
    String mc_language();

    @Message
    String mc_expected();

    @Message
    String mc_material();

    @Message
    String mc_submit_plan();

    @Message
    String mc_participants();

    @Message
    String mc_participant_name();

    @Message
    String mc_participant_email();

    @Message
    String mc_register();

    @Message
    String mc_register_hint();

    @Message
    String mc_user();

    @Message
    String mc_remove();

    @Message
    String mc_attended();

    @Message
    String mc_delivery();

    @Message
    String mc_material_used();

    @Message
    String mc_evaluation();

    @Message
    String mc_reaction_title();

    @Message
    String mc_reaction_rate();

    @Message
    String mc_reaction_answered(long answered, long invited);

    @Message
    String mc_reaction_score();

    @Message
    String mc_reaction_score_value(int score);

    @Message
    String mc_reaction_hidden(int smallest);

    @Message
    String mc_reaction_open(String date);

    @Message
    String mc_reaction_report();

    @Message
    String mc_score_typed();

    @Message
    String mc_own_estimate();

    @Message
    String mc_own_estimate_hint();

    @Message
    String mc_score_from_answers();

    @Message
    String mc_save_delivery();

    @Message
    String mc_report();

    @Message
    String mc_report_hint();

    @Message
    String mc_send_report();

    @Message
    String mc_cancel();

    @Message
    String mc_decide();

    @Message
    String mc_reason();

    @Message
    String mc_approve();

    @Message
    String mc_reject();

    @Message
    String mc_validate_title();

    @Message
    String mc_validate();

    @Message
    String mc_return();

    @Message
    String status_planned();

    @Message
    String status_approved();

    @Message
    String status_rejected();

    @Message
    String status_reported();

    @Message
    String status_validated();

    @Message
    String status_cancelled();

    @Message
    String cascade_exchange_visits();

    @Message
    String cascade_shared();

    @Message
    String notify_certified_subject();

    @Message
    String notify_certified_body(String course, String until);

    @Message
    String notify_withdrawn_subject();

    @Message
    String notify_withdrawn_body(String reason);

    @Message
    String notify_mc_registered_subject(String course);

    @Message
    String notify_mc_registered_body(String trainer, String course, String dates, String place);

    @Message
    String notify_mc_approved_subject(String course);

    @Message
    String notify_mc_approved_body(String course, String dates);

    @Message
    String notify_mc_rejected_subject(String course);

    @Message
    String notify_mc_rejected_body(String course, String reason);

    @Message
    String notify_mc_validated_subject(String course);

    @Message
    String notify_mc_validated_body(String course);

    @Message
    String notify_mc_returned_subject(String course);

    @Message
    String notify_mc_returned_body(String course, String reason);

    @Message
    String notify_mc_planned_subject(String course);

    @Message
    String notify_mc_planned_body(String trainer, String course, String dates);

    @Message
    String notify_mc_reported_subject(String course);

    @Message
    String notify_mc_reported_body(String trainer, String course);

    @Message
    String lineage_title();

    @Message
    String lineage_intro();

    @Message
    String lineage_certified_by();

    @Message
    String lineage_trained_by();

    @Message
    String lineage_courses();

    @Message
    String lineage_none();

    @Message
    String lineage_generation();

    @Message
    String lineage_trainer();

    @Message
    String lineage_place();

    @Message
    String lineage_trained();

    @Message
    String lineage_became_trainer();

    @Message
    String lineage_withdrawn();

    @Message
    String lineage_total();

    /** The assessment's score as a refused form names it. */
    @Message
    String col_assessment_score();

    /** A withdrawal without a reason, or with one too long. */
    @Message
    String error_withdraw_reason(String max);

    /** A score that is no number from 0 to 100. */
    @Message
    String error_assessment_score();

    /** A practice session assessed before its day. */
    @Message
    String error_practice_on_future();

    /** A practice verdict without the session's day. */
    @Message
    String error_practice_on_missing();

    /** A practice day that is not a date. */
    @Message
    String error_practice_on_day();
}
