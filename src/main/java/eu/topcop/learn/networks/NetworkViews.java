package eu.topcop.learn.networks;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Networks as pages and the API give them, and what members and moderators send. */
public final class NetworkViews {

    private NetworkViews() {}

    /** Column limits, for the edge's checks. */
    public static final int ORGANISATION = 200;

    public static final int REASON = 500;

    /**
     * A network in the list: its name and purpose in the reader's language, how people join, its active members,
     * and the reader's own membership ({@code myStatus} null when they never had one).
     */
    public record Summary(
            String code,
            Network.Kind kind,
            String name,
            String purpose,
            Network.Joining joining,
            long members,
            NetworkMember.Status myStatus,
            boolean joinsAtOnce) {}

    /** A membership as the space lists it; the organisation's country as a code. */
    public record Member(
            long id,
            String name,
            NetworkMember.Role role,
            NetworkMember.Status status,
            String organisation,
            NetworkMember.OrganisationKind organisationKind,
            String country,
            String reason,
            Instant since,
            Instant mutedUntil) {}

    /** A meeting of the network: one of its workshops or webinars. */
    public record Meeting(String code, String kind, String title, Instant startsAt, String place) {}

    /**
     * A network's space: what everyone sees (purpose, priorities, moderators, how to join), and for its readers the
     * members and meetings; for its moderators the requests and invitations waiting.
     */
    public record Space(
            Summary network,
            List<String> priorities,
            List<Member> moderators,
            boolean reads,
            boolean moderates,
            List<Member> members,
            List<Member> waiting,
            List<Meeting> meetings) {}

    /** Asking to join (or accepting an invitation): for which organisation and country, and why. */
    public record JoinRequest(
            @Size(max = ORGANISATION) String organisation,
            NetworkMember.OrganisationKind organisationKind,
            @Size(max = 2) @Pattern(regexp = "[A-Z]{2}") String country,
            @Size(max = REASON) String reason) {}

    /** A moderator's invitation of someone who has an account, by their e-mail. */
    public record Invitation(
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = ORGANISATION) String organisation,
            NetworkMember.OrganisationKind organisationKind,
            @Size(max = 2) @Pattern(regexp = "[A-Z]{2}") String country) {}

    /** A moderator's decision on a request. */
    public enum Decision {
        APPROVE,
        REFUSE
    }

    public record DecisionRequest(
            Decision decision, @Size(max = REASON) String reason) {}

    public record RoleRequest(NetworkMember.Role role) {}
}
