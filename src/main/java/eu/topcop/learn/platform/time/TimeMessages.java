package eu.topcop.learn.platform.time;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of a person's time zone ({@code messages/time_<language>.properties}). */
@MessageBundle(value = "time", locale = "en")
public interface TimeMessages {

    @Message
    String zone_title();

    @Message
    String zone_intro();

    @Message
    String zone_label();

    /** The field's name in a refused form's summary. */
    @Message
    String f_zone();

    @Message
    String zone_hint();

    @Message
    String zone_from_country(String zone);

    @Message
    String zone_likely();

    @Message
    String zone_all();

    @Message
    String zone_save();

    @Message
    String zone_saved();

    @Message
    String zone_now(String time);

    @Message
    String zone_unknown();

    @Message
    String zone_link(String zone);

    @Message
    String zone_of_form(String zone);
}
