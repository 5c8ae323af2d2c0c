package eu.topcop.learn.networks.discussions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.networks.NetworkAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offering's own discussion space: a network of kind OFFERING_SPACE, made the first time one of its people opens
 * it, and from then on the networks' discussions (threads, replies, files, moderation) under its network code.
 */
@ApplicationScoped
public class OfferingSpaces {

    @Schema(description = "An offering's discussion space as the viewer stands in it")
    public record Space(
            @Schema(description = "the network code: its discussions are at /api/networks/{network}/discussions")
            String network,

            @Schema(description = "made already; opening it (POST) makes it")
            boolean opened,

            boolean reads,
            boolean writes,
            boolean moderator,

            @Schema(description = "the first day it no longer takes posts; absent while it does")
            LocalDate closedSince) {}

    @Inject
    NetworkAccess access;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Where the viewer stands in the offering's space, without making it; 403 for those who may not read it. */
    public Space space(String offeringCode, NetworkAccess.Viewer viewer) {
        return view(readable(offeringCode, viewer));
    }

    /** Whether the viewer may read the offering's space: for a link to it. */
    public boolean reads(String offeringCode, NetworkAccess.Viewer viewer) {
        return access.offeringStanding(offeringCode, viewer).reads();
    }

    /**
     * Makes the offering's space if it does not exist yet, for someone who may read it; opening it again, or by two
     * people at once, finds the same one.
     */
    public Space open(String offeringCode, NetworkAccess.Viewer viewer) {
        NetworkAccess.Standing standing = QuarkusTransaction.requiringNew().call(() -> readable(offeringCode, viewer));
        if (standing.opened()) {
            return view(standing);
        }
        // Its own transaction: the unique key on offering_id lets only one insert through, and the read below then
        // starts after the other's commit, so that it sees the space whoever made it.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "INSERT IGNORE INTO network"
                                        + " (code, kind, name, purpose, joining, offering_id, created_at, updated_at)"
                                        + " SELECT :code, 'OFFERING_SPACE', c.title,"
                                        + " JSON_OBJECT('en', CONCAT('The discussion space of offering ', o.code)), 'OFFERING', o.id,"
                                        + " :now, :now FROM offering o JOIN course c ON c.id = o.course_id WHERE o.code = :offering")
                        .setParameter("code", standing.code())
                        .setParameter("now", Instant.now(clock))
                        .setParameter("offering", offeringCode)
                        .executeUpdate());
        return QuarkusTransaction.requiringNew().call(() -> view(readable(offeringCode, viewer)));
    }

    private NetworkAccess.Standing readable(String offeringCode, NetworkAccess.Viewer viewer) {
        NetworkAccess.Standing standing = access.offeringStanding(offeringCode, viewer);
        if (!standing.reads()) {
            throw new ForbiddenException("Only the offering's participants and trainers read its discussion");
        }
        return standing;
    }

    private static Space view(NetworkAccess.Standing s) {
        return new Space(s.code(), s.opened(), s.reads(), s.writes(), s.moderator(), s.closedSince());
    }
}
