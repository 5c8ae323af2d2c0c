package eu.topcop.learn.networks.library;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The library's texts in the partners' seven languages, in {@code messages/library_<language>.properties};
 * templates use them as {@code {library:...}}.
 */
@MessageBundle(value = "library", locale = "en")
public interface LibraryMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String network_title(String name);

    @Message
    String network_library();

    @Message
    String search();

    @Message
    String search_label();

    @Message
    String any();

    @Message
    String more();

    @Message
    String no_documents();

    @Message
    String f_kind();

    @Message
    String f_title();

    @Message
    String f_summary();

    @Message
    String f_body();

    @Message
    String f_body_hint();

    @Message
    String f_language();

    @Message
    String f_access();

    @Message
    String f_priorities();

    @Message
    String f_countries();

    @Message
    String f_co_authors();

    @Message
    String f_readers();

    @Message
    String f_translation_of();

    @Message
    String f_note();

    @Message
    String f_file();

    @Message
    String f_file_hint(long megabytes);

    // The labels of fields the search and proposal forms name in the singular, for a refusal's summary.
    @Message
    String f_priority();

    @Message
    String f_country();

    @Message
    String f_q();

    @Message
    String f_parent();

    @Message
    String new_document();

    @Message
    String revise();

    @Message
    String save_draft();

    @Message
    String submit();

    @Message
    String publish();

    @Message
    String withdraw();

    @Message
    String mark_useful();

    @Message
    String unmark_useful();

    @Message
    String downloads(long count);

    @Message
    String download(String name);

    @Message
    String version_n(int number);

    @Message
    String versions();

    @Message
    String was_published();

    @Message
    String translations();

    @Message
    String no_translations();

    @Message
    String add_translation();

    @Message
    String authors();

    @Message
    String about();

    @Message
    String error_required();

    @Message
    String error_too_long();

    @Message
    String error_too_many();

    @Message
    String error_unknown();

    @Message
    String error_control();

    @Message
    String error_script();

    @Message
    String error_not_member();

    @Message
    String error_empty();

    @Message
    String error_too_large();

    @Message
    String error_file_type();

    @Message
    String error_disguised();

    @Message
    String error_other();

    @Message
    String done_saved();

    @Message
    String done_submitted();

    @Message
    String done_published();

    @Message
    String done_withdrawn();

    @Message
    String file_size(long bytes);

    @Message
    String review_comments();

    @Message
    String no_comments();

    @Message
    String add_comment();

    @Message
    String reply();

    @Message
    String done_commented();

    @Message
    String propose_title();

    @Message
    String propose_intro();

    @Message
    String f_need();

    @Message
    String propose();

    @Message
    String done_proposed();

    @Message
    String document();

    @Message
    String error_too_deep();

    @Message
    String error_closed();

    @Message
    String kind(LibraryDocument.Kind kind);

    @Message
    String status(LibraryDocument.Status status);

    @Message
    String access(LibraryDocument.Access access);
}
