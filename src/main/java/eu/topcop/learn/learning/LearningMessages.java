package eu.topcop.learn.learning;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the module player, in {@code messages/learn_<language>.properties}; templates: {@code {learn:...}}. */
@MessageBundle(value = "learn", locale = "en")
public interface LearningMessages {

    @Message
    String learning_title();

    @Message
    String learning_empty();

    @Message
    String learning_lessons_done();

    @Message
    String learning_read(int read, int lessons);

    @Message
    String learning_lessons_completed();

    @Message
    String learning_resume();

    @Message
    String learning_read_next();

    @Message
    String learning_read_finish();

    @Message
    String learning_read_in_order(int lesson);

    @Message
    String learning_start();

    @Message
    String nav_my_learning();

    @Message
    String quiz_title();

    @Message
    String quiz_attempt(int number);

    @Message
    String quiz_rules(int passMark);

    @Message
    String quiz_deadline(String until);

    @Message
    String quiz_multiple();

    @Message
    String quiz_ordering();

    @Message
    String quiz_true();

    @Message
    String quiz_false();

    @Message
    String quiz_submit();

    @Message
    String quiz_result_title();

    @Message
    String quiz_late();

    @Message
    String quiz_score(String score, String passMark);

    @Message
    String quiz_passed();

    @Message
    String quiz_failed();

    @Message
    String quiz_module_completed();

    @Message
    String quiz_right();

    @Message
    String quiz_wrong();

    @Message
    String quiz_try_again();

    @Message
    String quiz_take();

    @Message
    String quiz_time_left();

    @Message
    String quiz_five_minutes();

    @Message
    String quiz_one_minute();

    @Message
    String quiz_time_up();

    @Message
    String quiz_draft_restored();

    @Message
    String quiz_next_certificate();

    @Message
    String quiz_no_attempts_left();

    @Message
    String quiz_next_learning();

    @Message
    String quiz_answers_title();

    @Message
    String quiz_right_answers_hidden();

    @Message
    String quiz_partly();

    @Message
    String quiz_your_answer();

    @Message
    String quiz_right_answer();

    @Message
    String quiz_feedback();

    @Message
    String quiz_no_answer();

    @Message
    String quiz_next_lesson(int lesson);

    @Message
    String cohort_title();

    @Message
    String cohort_most_failed();

    @Message
    String cohort_wrong(long wrong);

    @Message
    String cohort_none();

    @Message
    String cohort_learners();

    @Message
    String cohort_learner();

    @Message
    String cohort_lessons();

    @Message
    String cohort_best();

    @Message
    String cohort_completed();

    @Message
    String certificate_heading();

    @Message
    String certificate_certifies();

    @Message
    String certificate_completed();

    @Message
    String certificate_period();

    @Message
    String certificate_hours();

    @Message
    String certificate_priorities();

    @Message
    String certificate_verify();

    @Message
    String certificate_verification_title();

    @Message
    String certificate_verification_throttled(long seconds);

    @Message
    String certificate_valid();

    @Message
    String certificate_revoked();

    @Message
    String certificate_erased();

    @Message
    String certificate_not_genuine();

    @Message
    String certificate_holder();

    @Message
    String certificate_course();

    @Message
    String certificate_code();

    @Message
    String certificate_revocation_reason();

    @Message
    String certificate_revoke();

    @Message
    String certificates_title();

    @Message
    String certificates_empty();

    @Message
    String certificate_download();

    @Message
    String transcript_title();

    @Message
    String transcript_module();

    @Message
    String transcript_completed_on();

    @Message
    String pretest_title();

    @Message
    String pretest_intro();

    @Message
    String pretest_take();

    @Message
    String pretest_skip();

    @Message
    String pretest_rules();

    @Message
    String pretest_score(String score);

    @Message
    String pretest_next();

    @Message
    String pretest_begin_lessons();

    @Message
    String gain_line(String before, String after, String gain);

    @Message
    String cohort_gain(long pairs, String before, String after, String gain);

    @Message
    String cohort_pre_post();

    @Message
    String transcript_empty();

    @Message
    String transcript_subject();

    @Message
    String transcript_result();

    @Message
    String transcript_hours(int hours);

    @Message
    String transcript_best(String score);

    @Message
    String certificate_curriculum();

    @Message
    String certificate_completed_curriculum();

    // The knowledge test of a face-to-face offering (KnowledgeTestPages).

    @Message
    String kt_title();

    @Message
    String kt_intro();

    @Message
    String kt_facts(int questions);

    @Message
    String kt_time_limit(int minutes);

    @Message
    String kt_gain(String before, String after, String gain);

    @Message
    String kt_pre_test();

    @Message
    String kt_post_test();

    @Message
    String kt_pre_test_when();

    @Message
    String kt_post_test_when();

    @Message
    String kt_status_not_yet_open(String day);

    @Message
    String kt_status_open(String day);

    @Message
    String kt_status_started();

    @Message
    String kt_status_taken(java.math.BigDecimal score);

    @Message
    String kt_status_late();

    @Message
    String kt_status_closed(String day);

    @Message
    String kt_take_pre();

    @Message
    String kt_take_post();

    @Message
    String kt_continue();

    @Message
    String kt_none();

    @Message
    String kt_back_to_offering();

    @Message
    String kt_back();

    @Message
    String kt_rules();

    @Message
    String kt_unanswered(int count);

    @Message
    String kt_leave_unanswered();

    @Message
    String kt_result_title();

    @Message
    String kt_late();

    @Message
    String kt_score(String score);

    @Message
    String kt_pre_next();

    @Message
    String kt_results_title();

    @Message
    String kt_days(String pre, String post);

    @Message
    String kt_results_intro();

    @Message
    String kt_mean_gain(long pairs, String before, String after, String gain);

    @Message
    String kt_no_pairs();

    @Message
    String kt_no_participants();

    @Message
    String kt_col_participant();

    @Message
    String kt_col_gain();

    @Message
    String kt_not_taken();

    @Message
    String kt_late_short();

    @Message
    String kt_begun();

    @Message
    String kt_results_link();

    @Message
    String kt_my_link();

    /** A pre-test sent after the lessons began: why it is refused. */
    @Message
    String pretest_closed();

    /** A knowledge test sent with questions unanswered and not confirmed: what to do. */
    @Message
    String kt_confirm_unanswered();

    /** A revocation reason longer than its column. */
    @Message
    String certificate_reason_too_long(String max);

    /** A revocation without a reason. */
    @Message
    String certificate_reason_required();
}
