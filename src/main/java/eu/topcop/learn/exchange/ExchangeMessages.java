package eu.topcop.learn.exchange;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the exchange programme and network events in the partners' seven languages, in
 * {@code messages/exchange_<language>.properties}; templates use them as {@code {exchange:...}}.
 */
@MessageBundle(value = "exchange", locale = "en")
public interface ExchangeMessages {

    @Message
    String nav_exchange();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String publish();

    @Message
    String search();

    @Message
    String any();

    @Message
    String no_offers();

    @Message
    String places_left(int places, long matched);

    @Message
    String my_applications();

    @Message
    String country_applications();

    @Message
    String all_applications();

    @Message
    String no_applications();

    @Message
    String applications_title();

    @Message
    String application_title();

    @Message
    String apply();

    @Message
    String col_guest();

    @Message
    String col_offer();

    @Message
    String col_status();

    @Message
    String col_why();

    @Message
    String col_score();

    @Message
    String kind_short();

    @Message
    String kind_long();

    @Message
    String kind_study_visit();

    @Message
    String kind_workshop();

    @Message
    String kind_webinar();

    @Message
    String status_submitted();

    @Message
    String status_endorsed();

    @Message
    String status_declined();

    @Message
    String status_matched();

    @Message
    String status_reported();

    @Message
    String status_withdrawn();

    @Message
    String refused_abroad();

    @Message
    String f_kind();

    @Message
    String f_host_country();

    @Message
    String f_host_agency();

    @Message
    String f_topic();

    @Message
    String f_priority();

    @Message("Network whose meeting it is")
    String f_network();

    @Message
    String f_places();

    @Message
    String f_dates();

    @Message
    String f_starts_on();

    @Message
    String f_ends_on();

    @Message
    String f_language();

    @Message
    String f_description();

    @Message
    String f_agency();

    @Message
    String f_languages();

    @Message
    String f_motivation();

    @Message
    String f_reason();

    @Message
    String f_mentor();

    @Message
    String f_mentor_email();

    @Message
    String f_learning_agreement();

    @Message
    String f_report();

    @Message
    String f_commitment();

    @Message
    String f_share_by();

    @Message
    String f_shared_on();

    @Message
    String f_shared_with();

    @Message
    String f_how();

    @Message
    String f_title();

    @Message
    String f_starts_at();

    @Message
    String f_ends_at();

    @Message
    String f_place();

    @Message
    String f_link();

    @Message
    String f_capacity();

    @Message
    String f_agenda();

    @Message
    String f_url();

    @Message
    String endorse_title();

    @Message
    String endorse();

    @Message
    String decline();

    @Message
    String match_title();

    @Message
    String match();

    @Message
    String withdraw();

    @Message
    String report_title();

    @Message
    String send_report();

    @Message
    String sharing_title();

    @Message
    String save();

    @Message
    String saved();

    @Message
    String suggestions_title();

    @Message
    String suggestions_intro();

    @Message
    String no_suggestions();

    @Message
    String why_priority();

    @Message
    String why_language();

    @Message
    String why_reciprocal();

    @Message
    String events_title();

    @Message
    String events_intro();

    @Message
    String events_upcoming();

    @Message
    String events_past();

    @Message
    String schedule_event();

    @Message
    String no_events();

    @Message
    String registered_count(long registered, int capacity);

    @Message
    String you_are_registered();

    @Message
    String join_webinar();

    @Message
    String register();

    @Message
    String unregister();

    @Message
    String materials();

    @Message
    String no_materials();

    @Message
    String outcomes();

    @Message
    String attendance();

    @Message
    String no_registrations();

    @Message
    String add_material();

    @Message
    String notify_endorsed_subject(String topic);

    @Message
    String notify_endorsed_body(String topic);

    @Message
    String notify_declined_subject(String topic);

    @Message
    String notify_declined_body(String topic, String reason);

    @Message
    String notify_matched_subject(String topic);

    @Message
    String notify_matched_body(String host, String topic, String dates, String mentor);

    @Message
    String notify_share_due_subject(String topic);

    @Message
    String notify_share_due_body(String topic, String day);

    @Message
    String notify_submitted_subject(String topic);

    @Message
    String notify_submitted_body(String guest, String topic);

    @Message
    String back();
}
