package eu.topcop.learn.networks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.security.ForbiddenException;

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
     * {@code joinsAtOnce} when the network is open to a role they hold.
     */
    public record Standing(
            long networkId,
            String code,
            NetworkMember.Status status,
            boolean member,
            boolean moderator,
            boolean muted,
            boolean joinsAtOnce) {

        /** May read the network's members, discussions, members-only documents, meetings and action points. */
        public boolean reads() {
            return member || moderator;
        }

        /** May post, reply, upload and comment. */
        public boolean writes() {
            return reads() && !muted;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The viewer's standing in the network with this code; 404 when there is no such network. */
    public Standing standing(String networkCode, Viewer viewer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.id, n.joining, n.open_to_role, m.role, m.status,"
                        + " m.muted_until FROM network n LEFT JOIN network_member m ON m.network_id = n.id"
                        + " AND m.person_id = :person WHERE n.code = :code")
                .setParameter("person", viewer.personId())
                .setParameter("code", networkCode)
                .getResultList();
        if (rows.isEmpty()) {
            throw new DomainException.NotFound("No such network");
        }
        Object[] r = rows.get(0);
        NetworkMember.Status status = r[4] == null ? null : NetworkMember.Status.valueOf((String) r[4]);
        boolean active = status == NetworkMember.Status.ACTIVE;
        boolean moderator = viewer.runsNetworks() || (active && "MODERATOR".equals(r[3]));
        Instant mutedUntil = instant(r[5]);
        return new Standing(
                ((Number) r[0]).longValue(),
                networkCode,
                status,
                active,
                moderator,
                active && !moderator && mutedUntil != null && Instant.now(clock).isBefore(mutedUntil),
                "ROLE".equals(r[1]) && viewer.roles().contains((String) r[2]));
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
        return eu.topcop.learn.platform.persistence.SqlValues.instant(value);
    }
}
