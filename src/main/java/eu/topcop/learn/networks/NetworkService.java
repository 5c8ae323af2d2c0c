package eu.topcop.learn.networks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.NetworkAccess.Standing;
import eu.topcop.learn.networks.NetworkAccess.Viewer;
import eu.topcop.learn.networks.NetworkViews.Member;
import eu.topcop.learn.networks.NetworkViews.Summary;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * The networks and who belongs to them: the list, a network's space, and the membership flows (ask to join, join at
 * once when open to one's role, accept or decline an invitation, leave; a moderator invites, decides on requests and
 * names moderators). Row rules are {@link NetworkAccess}'s; each page of it costs a fixed number of statements.
 */
@ApplicationScoped
public class NetworkService {

    @Inject
    EntityManager em;

    @Inject
    NetworkAccess access;

    @Inject
    NetworkNotices notices;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Every network with its active members and the viewer's membership: one statement. */
    public List<Summary> list(Viewer viewer, Language language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT n.code, n.kind, n.name, n.purpose, n.joining, n.open_to_role,"
                                + " (SELECT COUNT(*) FROM network_member a WHERE a.network_id = n.id AND a.status = 'ACTIVE'),"
                                + " m.status FROM network n LEFT JOIN network_member m ON m.network_id = n.id AND m.person_id = :p"
                                // An offering's space is reached from its offering, not listed among the networks.
                                + " WHERE n.kind <> 'OFFERING_SPACE'"
                                + " ORDER BY FIELD(n.kind, 'STRATEGIC_FORUM', 'SUPPORT_NETWORK', 'EXPERT_NETWORK', 'CONTACT_POINTS'),"
                                + " n.code")
                .setParameter("p", viewer.personId())
                .getResultList();
        return rows.stream().map(r -> summary(r, viewer, language)).toList();
    }

    /** A network's space as the viewer may see it: five statements whatever its size. */
    public NetworkViews.Space space(String code, Viewer viewer, Language language) {
        Standing standing = access.standing(code, viewer);
        @SuppressWarnings("unchecked")
        List<Object[]> head = em.createNativeQuery(
                        "SELECT n.code, n.kind, n.name, n.purpose, n.joining, n.open_to_role,"
                                + " (SELECT COUNT(*) FROM network_member a WHERE a.network_id = n.id AND a.status = 'ACTIVE'),"
                                + " m.status FROM network n LEFT JOIN network_member m ON m.network_id = n.id AND m.person_id = :p"
                                + " WHERE n.id = :n")
                .setParameter("p", viewer.personId())
                .setParameter("n", standing.networkId())
                .getResultList();
        List<?> priorities = em.createNativeQuery(
                        "SELECT c.code FROM network_priority p JOIN crime_priority c"
                                + " ON c.id = p.crime_priority_id WHERE p.network_id = :n ORDER BY c.portfolio DESC, c.position")
                .setParameter("n", standing.networkId())
                .getResultList();
        List<Member> people = members(standing.networkId(), standing.moderator());
        List<Member> moderators = people.stream()
                .filter(m -> m.status() == NetworkMember.Status.ACTIVE && m.role() == NetworkMember.Role.MODERATOR)
                .toList();
        List<Member> members = standing.reads()
                ? people.stream()
                        .filter(m -> m.status() == NetworkMember.Status.ACTIVE)
                        .toList()
                : List.of();
        List<Member> waiting = standing.moderator()
                ? people.stream()
                        .filter(m -> m.status() == NetworkMember.Status.REQUESTED
                                || m.status() == NetworkMember.Status.INVITED)
                        .toList()
                : List.of();
        return new NetworkViews.Space(
                summary(head.get(0), viewer, language),
                names(priorities),
                moderators,
                standing.reads(),
                standing.moderator(),
                members,
                waiting,
                standing.reads() ? meetings(standing.networkId()) : List.of());
    }

    /**
     * Asks to join, joins at once (open to the viewer's role), or accepts an invitation. Organisation and country
     * default to the person's agency and country.
     */
    @Transactional
    public Member join(String code, Viewer viewer, NetworkViews.JoinRequest request) {
        Standing standing = joinable(access.standing(code, viewer));
        Network network = em.find(Network.class, standing.networkId());
        Person person = em.find(Person.class, viewer.personId());
        NetworkMember member = membership(network.id, person.id);
        if (member != null && member.active()) {
            throw new DomainException.Conflict("You are already a member of this network");
        }
        if (member != null && member.status == NetworkMember.Status.REQUESTED) {
            throw new DomainException.Conflict("Your request waits for a moderator's decision");
        }
        boolean invited = member != null && member.status == NetworkMember.Status.INVITED;
        if (!invited && !standing.joinsAtOnce() && network.joining != Network.Joining.REQUEST) {
            throw new DomainException.RuleViolation(
                    "network", "People join this network when a moderator invites them");
        }
        if (member == null) {
            member = new NetworkMember();
            member.network = network;
            member.personId = person.id;
        }
        organisation(member, person, request.organisation(), request.organisationKind(), request.country());
        Instant now = Instant.now(clock);
        member.reason = blankToNull(request.reason());
        member.askedAt = invited ? member.askedAt : now;
        member.leftAt = null;
        if (invited || standing.joinsAtOnce()) {
            member.status = NetworkMember.Status.ACTIVE;
            member.joinedAt = now;
        } else {
            member.status = NetworkMember.Status.REQUESTED;
            member.joinedAt = null;
            member.role = NetworkMember.Role.MEMBER;
        }
        member.persist();
        em.flush();
        if (member.status == NetworkMember.Status.REQUESTED) {
            notices.requested(network, person, moderatorsOf(network.id));
        }
        return member(member, person);
    }

    /** Leaves the network, withdraws a request or declines an invitation. */
    @Transactional
    public void leave(String code, Viewer viewer) {
        Standing standing = joinable(access.standing(code, viewer));
        NetworkMember member = membership(standing.networkId(), viewer.personId());
        if (member == null
                || member.status == NetworkMember.Status.LEFT
                || member.status == NetworkMember.Status.REFUSED) {
            throw new DomainException.Conflict("You are not in this network");
        }
        member.status = member.status == NetworkMember.Status.INVITED
                ? NetworkMember.Status.REFUSED
                : NetworkMember.Status.LEFT;
        member.leftAt = Instant.now(clock);
        member.role = NetworkMember.Role.MEMBER;
    }

    /** A moderator invites someone who has an account, found by e-mail; they accept or decline it. */
    @Transactional
    public Member invite(String code, Viewer moderator, NetworkViews.Invitation invitation) {
        Standing standing = joinable(access.moderator(code, moderator));
        Network network = em.find(Network.class, standing.networkId());
        Person person = Person.<Person>find(
                        "lower(email) = ?1", invitation.email().strip().toLowerCase())
                .firstResult();
        if (person == null) {
            throw new DomainException.RuleViolation(
                    "email", "Nobody with this e-mail has signed in yet: ask them to sign in once first");
        }
        NetworkMember member = membership(network.id, person.id);
        if (member != null && (member.active() || member.status == NetworkMember.Status.INVITED)) {
            throw new DomainException.Conflict("They are already a member or invited");
        }
        if (member == null) {
            member = new NetworkMember();
            member.network = network;
            member.personId = person.id;
        }
        boolean requested = member.status == NetworkMember.Status.REQUESTED;
        organisation(member, person, invitation.organisation(), invitation.organisationKind(), invitation.country());
        Instant now = Instant.now(clock);
        member.invitedBy = moderator.personId();
        member.askedAt = requested ? member.askedAt : now;
        member.leftAt = null;
        // Inviting someone who asked is approving them.
        member.status = requested ? NetworkMember.Status.ACTIVE : NetworkMember.Status.INVITED;
        member.joinedAt = requested ? now : null;
        member.persist();
        em.flush();
        notices.invited(network, person, requested);
        return member(member, person);
    }

    /** A moderator approves or refuses a request to join. */
    @Transactional
    public Member decide(String code, long memberId, NetworkViews.DecisionRequest request, Viewer moderator) {
        Standing standing = joinable(access.moderator(code, moderator));
        NetworkMember member = ofNetwork(standing.networkId(), memberId);
        if (request.decision() == null) {
            throw new DomainException.Invalid(
                    "The decision has mistakes", List.of(new Problem.FieldError("decision", "Approve or refuse")));
        }
        if (member.status != NetworkMember.Status.REQUESTED) {
            throw new DomainException.Conflict("This request has already been decided");
        }
        Instant now = Instant.now(clock);
        member.decidedBy = moderator.personId();
        if (request.decision() == NetworkViews.Decision.APPROVE) {
            member.status = NetworkMember.Status.ACTIVE;
            member.joinedAt = now;
        } else {
            member.status = NetworkMember.Status.REFUSED;
            member.reason = blankToNull(request.reason());
            member.leftAt = now;
        }
        Person person = em.find(Person.class, member.personId);
        notices.decided(member.network, person, member.active(), member.reason);
        return member(member, person);
    }

    /** A moderator names another member moderator, or makes a moderator a member again. */
    @Transactional
    public Member role(String code, long memberId, NetworkViews.RoleRequest request, Viewer moderator) {
        Standing standing = joinable(access.moderator(code, moderator));
        NetworkMember member = ofNetwork(standing.networkId(), memberId);
        if (request.role() == null) {
            throw new DomainException.Invalid(
                    "The role has mistakes", List.of(new Problem.FieldError("role", "MEMBER or MODERATOR")));
        }
        if (!member.active()) {
            throw new DomainException.Conflict("Only a member can be a moderator");
        }
        member.role = request.role();
        return member(member, em.find(Person.class, member.personId));
    }

    /**
     * Refuses the membership flows in an offering's space: its people are the offering's participants and trainers,
     * and its moderators its trainers, whoever would join, invite or name them.
     */
    private static Standing joinable(Standing standing) {
        if (standing.offeringSpace()) {
            throw new DomainException.Conflict(
                    "An offering's discussion space has no members to join, invite or name: its people are the"
                            + " offering's participants and trainers");
        }
        return standing;
    }

    private void organisation(
            NetworkMember member,
            Person person,
            String organisation,
            NetworkMember.OrganisationKind kind,
            String country) {
        String chosenCountry = country == null || country.isBlank() ? person.country : country;
        if (chosenCountry != null
                && em.createNativeQuery("SELECT 1 FROM country WHERE code = :c")
                        .setParameter("c", chosenCountry)
                        .getResultList()
                        .isEmpty()) {
            throw new DomainException.RuleViolation("country", "No country " + chosenCountry);
        }
        member.organisation = blankToNull(organisation) == null ? person.agency : organisation.strip();
        member.country =
                kind == NetworkMember.OrganisationKind.EU_AGENCY || kind == NetworkMember.OrganisationKind.INTERNATIONAL
                        ? null
                        : chosenCountry;
        member.organisationKind = kind != null ? kind : defaultKind(chosenCountry);
    }

    private NetworkMember.OrganisationKind defaultKind(String country) {
        if (country == null) {
            return null;
        }
        List<?> partner = em.createNativeQuery("SELECT eap_partner FROM country WHERE code = :c")
                .setParameter("c", country)
                .getResultList();
        boolean eap = !partner.isEmpty() && Boolean.TRUE.equals(bool(partner.get(0)));
        return eap ? NetworkMember.OrganisationKind.PARTNER_COUNTRY : NetworkMember.OrganisationKind.EU_MEMBER_STATE;
    }

    private static Boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n ? n.intValue() != 0 : Boolean.FALSE;
    }

    private NetworkMember membership(long networkId, long personId) {
        return NetworkMember.<NetworkMember>find("network.id = ?1 and personId = ?2", networkId, personId)
                .firstResult();
    }

    private NetworkMember ofNetwork(long networkId, long memberId) {
        NetworkMember member = NetworkMember.findById(memberId);
        if (member == null || !member.network.id.equals(networkId)) {
            throw new DomainException.NotFound("No such member of this network");
        }
        return member;
    }

    private List<Person> moderatorsOf(long networkId) {
        return em.createQuery(
                        "select p from Person p where p.id in (select m.personId from NetworkMember m where"
                                + " m.network.id = :n and m.status = :active and m.role = :moderator)",
                        Person.class)
                .setParameter("n", networkId)
                .setParameter("active", NetworkMember.Status.ACTIVE)
                .setParameter("moderator", NetworkMember.Role.MODERATOR)
                .getResultList();
    }

    /** Everyone with a membership row (moderators see all; others the active ones), by role then name. */
    private List<Member> members(long networkId, boolean all) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, p.name, m.role, m.status, m.organisation,"
                        + " m.organisation_kind, m.country_code, m.reason, COALESCE(m.joined_at, m.asked_at),"
                        + " m.muted_until FROM network_member m JOIN person p ON p.id = m.person_id"
                        + " WHERE m.network_id = :n AND m.status IN (:statuses)"
                        + " ORDER BY m.role DESC, p.name, m.id")
                .setParameter("n", networkId)
                .setParameter("statuses", all ? List.of("ACTIVE", "REQUESTED", "INVITED") : List.of("ACTIVE"))
                .getResultList();
        return rows.stream()
                .map(r -> new Member(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        NetworkMember.Role.valueOf((String) r[2]),
                        NetworkMember.Status.valueOf((String) r[3]),
                        (String) r[4],
                        r[5] == null ? null : NetworkMember.OrganisationKind.valueOf((String) r[5]),
                        (String) r[6],
                        all ? (String) r[7] : null,
                        instant(r[8]),
                        all ? instant(r[9]) : null))
                .toList();
    }

    private List<NetworkViews.Meeting> meetings(long networkId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, kind, title, starts_at, place FROM network_event"
                        + " WHERE network_id = :n AND status <> 'CANCELLED' ORDER BY starts_at DESC, id DESC")
                .setParameter("n", networkId)
                .setMaxResults(50)
                .getResultList();
        return rows.stream()
                .map(r -> new NetworkViews.Meeting(
                        (String) r[0], (String) r[1], (String) r[2], instant(r[3]), (String) r[4]))
                .toList();
    }

    private Member member(NetworkMember m, Person person) {
        return new Member(
                m.id,
                person.name,
                m.role,
                m.status,
                m.organisation,
                m.organisationKind,
                m.country,
                m.reason,
                m.joinedAt != null ? m.joinedAt : m.askedAt,
                m.mutedUntil);
    }

    private Summary summary(Object[] r, Viewer viewer, Language language) {
        return new Summary(
                (String) r[0],
                Network.Kind.valueOf((String) r[1]),
                Localized.pick(map(r[2]), language).text(),
                Localized.pick(map(r[3]), language).text(),
                Network.Joining.valueOf((String) r[4]),
                ((Number) r[6]).longValue(),
                r[7] == null ? null : NetworkMember.Status.valueOf((String) r[7]),
                "ROLE".equals(r[4]) && viewer.roles().contains((String) r[5]));
    }

    private Map<String, String> map(Object column) {
        try {
            return json.readValue(column.toString(), new TypeReference<Map<String, String>>() {});
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Map.of("en", column.toString());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Instant instant(Object value) {
        return eu.topcop.learn.platform.persistence.SqlValues.instant(value);
    }

    static List<String> names(List<?> rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(String.valueOf(r)));
        return names;
    }
}
