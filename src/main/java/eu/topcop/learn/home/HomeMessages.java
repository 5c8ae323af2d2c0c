package eu.topcop.learn.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the home page's sections in the partners' seven languages, in
 * {@code messages/home_<language>.properties}; templates use them as {@code {home:...}}.
 */
@MessageBundle(value = "home", locale = "en")
public interface HomeMessages {

    @Message
    String trainee_heading();

    @Message
    String trainee_empty();

    @Message
    String browse_catalogue();

    @Message
    String in_progress();

    @Message
    String resume();

    @Message
    String lesson_of(int current, int lessons);

    @Message
    String take_quiz();

    @Message
    String all_learning();

    @Message
    String next_deadline();

    @Message
    String quiz_due(String module, String at);

    @Message
    String deadline_ONLINE_PHASE(String title, String on);

    @Message
    String deadline_SEAT_OFFER(String title, String on);

    @Message
    String deadline_TRAINING_STARTS(String title, String on);

    @Message
    String my_applications();

    @Message
    String all_applications();

    @Message
    String my_certificates();

    @Message
    String trainer_heading();

    @Message
    String to_report();

    @Message
    String ended_on(String on);

    @Message
    String trains_next();

    @Message
    String starts_on(String on);

    @Message
    String multiplication_courses();

    @Message
    String trainer_record();

    @Message
    String coordinator_heading(String country);

    @Message
    String endorse();

    @Message
    String country_applications();

    @Message
    String country_figures();

    @Message
    String quota_heading();

    @Message
    String quota_use(long seated, int seats, long active);

    @Message
    String col_offering();

    @Message
    String col_starts();

    @Message
    String col_quota();

    @Message
    String manager_heading();

    @Message
    String decide();

    @Message
    String queue();

    @Message
    String starting_soon();

    @Message
    String seated_of(long seated, int capacity);

    @Message
    String none_starting();

    @Message
    String imports_heading();

    @Message
    String import_failed();

    @Message
    String import_running();

    @Message
    String import_done(int published, int refused);

    @Message
    String no_imports();

    @Message
    String admin_heading();

    @Message
    String outbox();

    @Message
    String keycloak_sync();

    @Message
    String jobs();

    @Message
    String jobs_fine();

    @Message
    String threads_heading();

    @Message
    String threads_none();

    @Message
    String networks();

    @Message
    String coverage_gaps(String round, long addressed, long total);

    @Message
    String coverage_trained(int year, long trained);

    @Message
    String coverage_link();
}
