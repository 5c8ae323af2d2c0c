package eu.topcop.learn.networks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.persistence.SqlValues;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.security.ForbiddenException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The row rule of every part of a network's space (members, discussions, library, meetings, action points), in one
 * place and one statement: who the viewer is in the network.
 *
 * <ul>
 *   <li>Every signed-in person sees that a network exists, its purpose, its moderators and how to join.
 *   <li>Its <b>members</b> (active memberships) read and write its space; a muted member reads but does not post.
 *   <li>Its <b>moderators</b> also admit, invite and remove members and moderate.
 *   <li><b>Course managers and administrators</b> run the portfolio's networks: they read and moderate every
 *       network without joining it.
 *   <li>An <b>offering's space</b> has no members: its approved participants and its trainers are in, see
 *       {@link #offeringStanding}.
 * </ul>
 */
@ApplicationScoped
public class NetworkAccess {

    /** A viewer: their person and realm roles. */
    public record Viewer(long personId, Set<String> roles) {

        /** Course managers and administrators run every network. */
        public boolean runsNetworks() {
            return roles.contains(Roles.COURSE_MANAGER) || roles.contains(Roles.ADMIN);
        }
    }

    /**
     * The viewer's standing in one network. {@code status} is their membership's (null when they never had one);
     * {@code joinsAtOnce} when the network is open to a role they hold; {@code closedSince} the first day an
     * offering's space no longer takes posts (null while it does, and for every other network).
     */
    public record Standing(
            long networkId,
            String code,
            NetworkMember.Status status,
            boolean member,
            boolean moderator,
            boolean muted,
            boolean joinsAtOnce,
            boolean offeringSpace,
            LocalDate closedSince) {

        /** May read the network's members, discussions, members-only documents, meetings and action points. */
        public boolean reads() {
            return member || moderator;
        }

        /** May post, reply, upload and comment. */
        public boolean writes() {
            return reads() && !muted && closedSince == null;
        }

        /** An offering's space that has been made (its network row exists). */
        public boolean opened() {
            return networkId != 0;
        }
    }

    /** The address of an offering's discussion space: a network code of its own, derived from the offering's. */
    public static String offeringSpaceCode(String offeringCode) {
        return OFFERING_SPACE_PREFIX + offeringCode;
    }

    static final String OFFERING_SPACE_PREFIX = "offering-";

    /*
     * One statement for every kind of network: the membership row answers for the networks people join; for an
     * offering's space the application (unique per offering and person) and the trainer row (unique per offering and
     * username) answer, so that the joins never multiply the one row.
     */
    private static final String STANDING = "SELECT n.id, n.joining, n.open_to_role, m.role, m.status,"
            + " COALESCE(m.muted_until, om.muted_until), n.kind, o.ends_on, a.id, t.username";

    private static final String OFFERING_JOINS = " LEFT JOIN application a ON a.offering_id = o.id"
            + " AND a.person_id = :person AND a.status IN (:seated)"
            + " LEFT JOIN person p ON p.id = :person AND o.id IS NOT NULL"
            + " LEFT JOIN offering_trainer t ON t.offering_id = o.id AND t.username = p.username"
            + " LEFT JOIN offering_space_mute om ON om.network_id = n.id AND om.person_id = :person";

    /**
     * Who is in an offering's space: people whose application was approved (the state it keeps once the offering
     * has been held; a withdrawn, released, rejected or cancelled one is out).
     */
    private static final List<String> SEATED = List.of("APPROVED");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** How long after its offering's end an offering's space still takes posts; its people read it for ever. */
    @ConfigProperty(name = "lms.discussions.offering-space-months", defaultValue = "6")
    int offeringSpaceMonths;

    /** The viewer's standing in the network with this code; 404 when there is no such network. */
    public Standing standing(String networkCode, Viewer viewer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(STANDING
                        + " FROM network n LEFT JOIN network_member m ON m.network_id = n.id AND m.person_id = :person"
                        + " LEFT JOIN offering o ON o.id = n.offering_id" + OFFERING_JOINS + " WHERE n.code = :code")
                .setParameter("person", viewer.personId())
                .setParameter("seated", SEATED)
                .setParameter("code", networkCode)
                .getResultList();
        if (rows.isEmpty()) {
            throw new DomainException.NotFound("No such network");
        }
        return standing(rows.get(0), networkCode, viewer);
    }

    /**
     * The viewer's standing in an offering's space, whether or not it has been opened yet (then its network id is
     * 0); 404 when there is no such offering.
     */
    public Standing offeringStanding(String offeringCode, Viewer viewer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(STANDING
                        + " FROM offering o LEFT JOIN network n ON n.offering_id = o.id"
                        + " LEFT JOIN network_member m ON m.network_id = n.id AND m.person_id = :person"
                        + OFFERING_JOINS + " WHERE o.code = :code")
                .setParameter("person", viewer.personId())
                .setParameter("seated", SEATED)
                .setParameter("code", offeringCode)
                .getResultList();
        if (rows.isEmpty()) {
            throw new DomainException.NotFound("No such offering");
        }
        Object[] r = rows.get(0);
        if (r[0] == null) {
            r[6] = Network.Kind.OFFERING_SPACE.name();
        }
        return standing(r, offeringSpaceCode(offeringCode), viewer);
    }

    private Standing standing(Object[] r, String networkCode, Viewer viewer) {
        long networkId = r[0] == null ? 0 : ((Number) r[0]).longValue();
        if (Network.Kind.OFFERING_SPACE.name().equals(r[6])) {
            return offeringSpace(r, networkId, networkCode, viewer);
        }
        NetworkMember.Status status = r[4] == null ? null : NetworkMember.Status.valueOf((String) r[4]);
        boolean active = status == NetworkMember.Status.ACTIVE;
        boolean moderator = viewer.runsNetworks() || (active && "MODERATOR".equals(r[3]));
        Instant mutedUntil = instant(r[5]);
        return new Standing(
                networkId,
                networkCode,
                status,
                active,
                moderator,
                active && !moderator && mutedUntil != null && Instant.now(clock).isBefore(mutedUntil),
                "ROLE".equals(r[1]) && viewer.roles().contains((String) r[2]),
                false,
                null);
    }

    /**
     * Participants post from their approval until the months after the offering's end, then read as alumni; its
     * trainers moderate while it takes posts and read afterwards; those who run every network moderate always.
     */
    private Standing offeringSpace(Object[] r, long networkId, String networkCode, Viewer viewer) {
        boolean participant = r[8] != null;
        boolean trainer = r[9] != null;
        LocalDate endsOn = SqlValues.localDate(r[7]);
        LocalDate closesOn = endsOn.plusMonths(offeringSpaceMonths).plusDays(1);
        boolean open = LocalDate.now(clock).isBefore(closesOn);
        boolean moderator = viewer.runsNetworks() || (trainer && open);
        Instant mutedUntil = instant(r[5]);
        return new Standing(
                networkId,
                networkCode,
                null,
                participant || trainer,
                moderator,
                !moderator && mutedUntil != null && Instant.now(clock).isBefore(mutedUntil),
                false,
                true,
                open ? null : closesOn);
    }

    /** The standing of a reader of the network's space; 403 for anyone else. */
    public Standing reader(String networkCode, Viewer viewer) {
        Standing standing = standing(networkCode, viewer);
        if (!standing.reads()) {
            throw new ForbiddenException("Only the network's members read its space");
        }
        return standing;
    }

    /** The standing of a member who may post; 403 for non-members and muted members. */
    public Standing writer(String networkCode, Viewer viewer) {
        Standing standing = reader(networkCode, viewer);
        if (standing.closedSince() != null) {
            throw new ForbiddenException("This offering's discussion closed for posting on " + standing.closedSince());
        }
        if (standing.muted()) {
            throw new ForbiddenException("A moderator has muted you in this network for a time");
        }
        return standing;
    }

    /** The standing of one of its moderators (or someone who runs every network); 403 for anyone else. */
    public Standing moderator(String networkCode, Viewer viewer) {
        Standing standing = standing(networkCode, viewer);
        if (!standing.moderator()) {
            throw new ForbiddenException("Only the network's moderators may do this");
        }
        return standing;
    }

    private static Instant instant(Object value) {
        return SqlValues.instant(value);
    }
}
