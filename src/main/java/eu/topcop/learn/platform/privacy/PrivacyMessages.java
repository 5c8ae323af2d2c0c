package eu.topcop.learn.platform.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of privacy: the notice, a person's own data, and erasure ({@code messages/privacy_<language>}). */
@MessageBundle(value = "privacy", locale = "en")
public interface PrivacyMessages {

    @Message
    String nav_privacy();

    @Message
    String nav_my_data();

    @Message
    String nav_erasure();

    @Message
    String notice_title();

    @Message
    String notice_intro();

    @Message
    String notice_kind();

    @Message
    String notice_holds();

    @Message
    String notice_fate();

    @Message
    String notice_stays_title();

    @Message
    String notice_stays();

    @Message
    String notice_rights();

    /** The name of a kind of personal data ({@code kind_$APPLICATION} in the bundles). */
    @Message
    String kind(Kind kind);

    /** What a kind of personal data is and why it is kept. */
    @Message
    String holds(Kind kind);

    /** A field of an exported record. */
    @Message
    String field(Field field);

    @Message
    String fate(Fate fate);

    @Message
    String yes();

    @Message
    String no();

    @Message
    String my_data_title();

    @Message
    String my_data_intro();

    @Message
    String my_data_download();

    @Message
    String my_data_compiled(String at);

    @Message
    String my_data_none();

    @Message
    String erasure_title();

    @Message
    String erasure_intro();

    @Message
    String erasure_search_label();

    @Message
    String erasure_search();

    @Message
    String erasure_none_found();

    @Message
    String erasure_review();

    @Message
    String erasure_past();

    @Message
    String erasure_none_past();

    @Message
    String erasure_reference();

    @Message
    String erasure_at();

    @Message
    String erasure_by();

    @Message
    String erasure_reason();

    @Message
    String erasure_records();

    @Message
    String erasure_confirm_title(String name);

    @Message
    String erasure_confirm_intro();

    @Message
    String erasure_reason_hint();

    @Message
    String erasure_submit();

    @Message
    String erasure_done_title();

    @Message
    String erasure_done(String reference);

    /** What became of the erased person's Keycloak account. */
    @Message
    String account(PrivacyErasure.Account account);

    @Message
    String erasure_account();

    @Message
    String erasure_error_reason_missing();

    @Message
    String erasure_error_reason_names();

    @Message
    String erasure_error_reason_long();

    @Message
    String erasure_error_self();

    @Message
    String erasure_error_already();
}
