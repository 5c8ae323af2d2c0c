package eu.topcop.learn.networks;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the networks (list, space, membership, notices) in the partners' seven languages, in
 * {@code messages/networks_<language>.properties}; templates use them as {@code {networks:...}}.
 */
@MessageBundle(value = "networks", locale = "en")
public interface NetworkMessages {

    @Message("Networks")
    String nav_networks();

    @Message("Networks")
    String list_title();

    @Message(
            "The project's networks work together between meetings: the Strategic Cooperation Forum, the EMPACT Support Network and an expert network for each crime priority. Members share discussions, a library of guidelines and good practices, meetings and action points.")
    String list_intro();

    @Message("There is no network yet.")
    String list_none();

    @Message("Network")
    String col_network();

    @Message("Kind")
    String col_kind();

    @Message("How to join")
    String col_joining();

    @Message("Members")
    String col_members();

    @Message("You")
    String col_you();

    @Message("Strategic forum")
    String kind_STRATEGIC_FORUM();

    @Message("Support network")
    String kind_SUPPORT_NETWORK();

    @Message("Expert network")
    String kind_EXPERT_NETWORK();

    @Message("National contact points")
    String kind_CONTACT_POINTS();

    @Message
    String kind_OFFERING_SPACE();

    @Message("By invitation of a moderator")
    String joining_INVITATION();

    @Message("On request, approved by a moderator")
    String joining_REQUEST();

    @Message("Open to everyone in the role it serves")
    String joining_ROLE();

    @Message
    String joining_OFFERING();

    @Message("Invited")
    String status_INVITED();

    @Message("Request waiting")
    String status_REQUESTED();

    @Message("Member")
    String status_ACTIVE();

    @Message("Not admitted")
    String status_REFUSED();

    @Message("Left")
    String status_LEFT();

    @Message("Not a member")
    String status_none();

    @Message("Moderator")
    String role_MODERATOR();

    @Message("Member")
    String role_MEMBER();

    @Message("Partner country authority")
    String org_PARTNER_COUNTRY();

    @Message("EU Member State authority")
    String org_EU_MEMBER_STATE();

    @Message("EU agency")
    String org_EU_AGENCY();

    @Message("International organisation")
    String org_INTERNATIONAL();

    @Message("All networks")
    String back_to_networks();

    @Message("Purpose")
    String purpose();

    @Message("Crime priorities it serves")
    String priorities();

    @Message("Moderators")
    String moderators();

    @Message("Members")
    String members();

    @Message("Its members see the members, discussions, library and meetings of the network.")
    String members_only();

    @Message("Requests and invitations")
    String waiting();

    @Message("Nothing is waiting.")
    String waiting_none();

    @Message("Meetings")
    String meetings();

    @Message("No meeting of this network yet.")
    String meetings_none();

    @Message("Discussions")
    String discussions();

    @Message("Library")
    String library();

    @Message("Join this network")
    String join_title();

    @Message("Organisation you take part for")
    String organisation();

    @Message("Left empty: your agency.")
    String organisation_hint();

    @Message("Kind of organisation")
    String organisation_kind();

    @Message("Country of the organisation")
    String country();

    @Message("Your country")
    String country_same();

    @Message("Why you would like to join (optional)")
    String reason();

    @Message("Ask to join")
    String ask_to_join();

    @Message("Join")
    String join_now();

    @Message("Accept the invitation")
    String accept();

    @Message("Decline the invitation")
    String decline();

    @Message("Leave the network")
    String leave();

    @Message("Withdraw my request")
    String withdraw();

    @Message("This network admits members by a moderator's invitation.")
    String by_invitation();

    @Message("Invite someone")
    String invite_title();

    @Message("Their e-mail (they must have signed in once)")
    String invite_email();

    @Message("Invite")
    String invite();

    @Message("Approve")
    String approve();

    @Message("Refuse")
    String refuse();

    @Message("Reason for refusing (shown to them)")
    String refusal_reason();

    @Message("Make moderator")
    String make_moderator();

    @Message("Make member")
    String make_member();

    @Message("Since")
    String since();

    @Message("Your request has been sent to the network's moderators.")
    String done_REQUESTED();

    @Message("You are now a member of this network.")
    String done_ACTIVE();

    @Message("Done: you are no longer in this network.")
    String done_left();

    @Message("The invitation has been sent.")
    String done_invited();

    @Message("The decision has been recorded and the person told.")
    String done_decided();

    @Message("The role has been changed.")
    String done_role();

    @Message("This network admits members by a moderator's invitation only.")
    String error_network();

    @Message("Nobody with this e-mail has signed in yet: ask them to sign in once first.")
    String error_email();

    @Message("Choose a country from the list.")
    String error_country();

    @Message("At most {limit} characters.")
    String error_too_long(String limit);

    @Message("This has changed in the meantime: the page now shows where things stand.")
    String error_conflict();

    @Message("Please correct the marked fields.")
    String error_invalid();

    @Message("{network}: a request to join")
    String notice_requested_subject(String network);

    @Message("{person} asks to join {network}. Approve or refuse the request: {link}")
    String notice_requested_body(String person, String network, String link);

    @Message("You are invited to join {network}")
    String notice_invited_subject(String network);

    @Message("A moderator invites you to join {network}. Accept or decline the invitation: {link}")
    String notice_invited_body(String network, String link);

    @Message("Welcome to {network}")
    String notice_approved_subject(String network);

    @Message("You are now a member of {network}: {link}")
    String notice_approved_body(String network, String link);

    @Message("{network}: your request")
    String notice_refused_subject(String network);

    @Message("Your request to join {network} was not approved. {reason}")
    String notice_refused_body(String network, String reason);

    @Message("Action points")
    String actions();

    @Message(
            "The conclusions of the network's meetings and discussions as things to do: who does what by when. Owners are reminded a few days before the day.")
    String actions_intro();

    @Message("No action point here.")
    String actions_none();

    @Message("What is to be done")
    String action_title();

    @Message("Details (optional)")
    String action_details();

    @Message("Where it was concluded (optional)")
    String action_source();

    @Message("Owner")
    String action_owner();

    @Message("Due on")
    String action_due();

    @Message("Add the action point")
    String action_add();

    @Message("New action point")
    String action_new();

    @Message("Open")
    String action_OPEN();

    @Message("Done")
    String action_DONE();

    @Message("Dropped")
    String action_DROPPED();

    @Message("Mark done")
    String mark_done();

    @Message("Drop")
    String mark_dropped();

    @Message("Reopen")
    String reopen();

    @Message("Overdue")
    String overdue();

    @Message("The action point has been recorded.")
    String done_action();

    @Message("The action point has been updated.")
    String done_moved();

    @Message("Next page")
    String next_page();

    @Message("Say what is to be done (at most 300 characters).")
    String error_title();

    @Message("Choose a day from today to five years ahead.")
    String error_due();

    @Message("Choose a member of the network.")
    String error_owner();

    @Message("{network}: an action point is due soon")
    String notice_action_subject(String network);

    @Message("The action point \"{title}\" that you own is due on {due} ({network}): {link}")
    String notice_action_body(String title, String due, String network, String link);
}
