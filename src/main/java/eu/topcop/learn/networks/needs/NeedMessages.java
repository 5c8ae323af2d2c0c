package eu.topcop.learn.networks.needs;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the emerging training needs proposed by the networks, in the partners' seven languages, in
 * {@code messages/needs_<language>.properties}; templates use them as {@code {needs:...}}.
 */
@MessageBundle(value = "needs", locale = "en")
public interface NeedMessages {

    @Message("Training needs proposed by the networks")
    String list_title();

    @Message(
            "Conclusions and good practices of the networks that their members propose as emerging training needs. Link each to the OTNA capability gap it adds to, or decline it with a note for the proposer.")
    String list_intro();

    @Message("No proposal here.")
    String list_none();

    @Message("Waiting for a decision")
    String status_NEW();

    @Message("Linked to a capability gap")
    String status_LINKED();

    @Message("Declined")
    String status_DECLINED();

    @Message("All")
    String status_all();

    @Message("Show")
    String filter_status();

    @Message("Training need")
    String col_need();

    @Message("From")
    String col_source();

    @Message("Crime priority")
    String col_priority();

    @Message("Country")
    String col_country();

    @Message("Proposed by")
    String col_proposer();

    @Message("State")
    String col_status();

    @Message("Library document")
    String source_DOCUMENT();

    @Message("Discussion")
    String source_THREAD();

    @Message("More")
    String more();

    @Message("Proposed training need")
    String proposal_title();

    @Message("Decided by {name} on {date}")
    String decided_by(String name, String date);

    @Message("Note")
    String note();

    @Message("Capability gap")
    String gap();

    @Message("Decide")
    String decide_title();

    @Message("Link it to the capability gap it adds to")
    String decide_link();

    @Message("Capability gap of an open OTNA round")
    String f_gap();

    @Message(
            "No open OTNA round has a gap of this priority and country. Raise an emerging need in the round first, or decline.")
    String no_candidates();

    @Message("Decline it")
    String decide_decline();

    @Message("Note for the proposer (required to decline)")
    String f_note();

    @Message("Save the decision")
    String decide_submit();

    @Message("The decision is saved and the proposer is told.")
    String done_decided();

    @Message(
            "Proposed: course managers see it among the emerging training needs, and you will be told what they decide.")
    String done_proposed();

    @Message("Propose as an emerging training need")
    String propose_title();

    @Message("Course managers see the proposals and link them to the OTNA capability gaps when planning training.")
    String propose_intro();

    @Message("The training need")
    String f_need();

    @Message("Crime priority (optional)")
    String f_priority();

    @Message("Country (optional)")
    String f_country();

    @Message("Any")
    String any();

    @Message("Propose")
    String propose();

    @Message("Back to the discussion")
    String back_to_thread();

    @Message("Proposed by the networks")
    String gap_proposals_title();

    @Message("No network has proposed a training need for this gap.")
    String gap_proposals_none();

    @Message("Training needs proposed by the networks")
    String link_list();

    @Message("Describe the training need.")
    String error_required();

    @Message("This is too long.")
    String error_too_long();

    @Message("There is no such crime priority.")
    String error_unknown();

    @Message("Choose the capability gap it adds to.")
    String error_gap_required();

    @Message("There is no such capability gap.")
    String error_unknown_gap();

    @Message("Say why, for the proposer.")
    String error_note_required();

    @Message("Choose whether to link or decline.")
    String error_unknown_decision();

    @Message("Your proposed training need is linked to a capability gap")
    String notice_linked_subject();

    @Message(
            "A course manager linked the training need you proposed (\"{need}\") to an OTNA capability gap: it counts when training is planned for that gap. {link}")
    String notice_linked_body(String need, String link);

    @Message("Your proposed training need was declined")
    String notice_declined_subject();

    @Message("A course manager declined the training need you proposed (\"{need}\"). Their note: {note} {link}")
    String notice_declined_body(String need, String note, String link);
}
