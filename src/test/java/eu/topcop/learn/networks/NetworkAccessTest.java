package eu.topcop.learn.networks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.discussions.OfferingSpaces;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may read, post and moderate in a network's space: the one rule every part of the space asks. */
@QuarkusTest
class NetworkAccessTest {

    @Inject
    NetworkAccess access;

    @Inject
    NetworkFixture networks;

    @Inject
    EnrolmentFixture people;

    @Inject
    OfferingSpaces offeringSpaces;

    @Test
    void shouldLetMembersReadAndPostModeratorsModerateAndOthersOnlySeeThatItExists() {
        Network network = networks.network();
        Person member = people.person("GE");
        Person moderator = people.person("MD");
        Person outsider = people.person("GE");
        Person requested = people.person("UA");
        networks.member(network, member);
        networks.moderator(network, moderator);
        networks.membership(network, requested, NetworkMember.Role.MEMBER, NetworkMember.Status.REQUESTED);

        NetworkAccess.Standing asMember = access.writer(network.code, NetworkFixture.viewer(member));
        assertTrue(asMember.member());
        assertFalse(asMember.moderator());
        assertThrows(ForbiddenException.class, () -> access.moderator(network.code, NetworkFixture.viewer(member)));
        assertTrue(
                access.moderator(network.code, NetworkFixture.viewer(moderator)).writes());

        NetworkAccess.Standing asOutsider = access.standing(network.code, NetworkFixture.viewer(outsider));
        assertFalse(asOutsider.reads());
        assertEquals(null, asOutsider.status());
        assertThrows(ForbiddenException.class, () -> access.reader(network.code, NetworkFixture.viewer(outsider)));
        assertThrows(ForbiddenException.class, () -> access.reader(network.code, NetworkFixture.viewer(requested)));
        assertEquals(
                NetworkMember.Status.REQUESTED,
                access.standing(network.code, NetworkFixture.viewer(requested)).status());

        NetworkAccess.Standing manager =
                access.moderator(network.code, NetworkFixture.viewer(outsider, Roles.COURSE_MANAGER));
        assertTrue(manager.reads(), "course managers run every network without joining it");
        assertThrows(
                DomainException.NotFound.class,
                () -> access.standing("no-such-network", NetworkFixture.viewer(member)));
    }

    @Test
    void shouldLetAMutedMemberReadButNotPostUntilTheMuteEnds() {
        Network network = networks.network();
        Person member = people.person("AM");
        NetworkMember membership = networks.member(network, member);
        mute(membership.id, Instant.now().plus(1, ChronoUnit.DAYS));
        assertTrue(access.reader(network.code, NetworkFixture.viewer(member)).muted());
        assertThrows(ForbiddenException.class, () -> access.writer(network.code, NetworkFixture.viewer(member)));
        mute(membership.id, Instant.now().minus(1, ChronoUnit.MINUTES));
        assertTrue(access.writer(network.code, NetworkFixture.viewer(member)).writes());
    }

    @Test
    void shouldTellHoldersOfTheOpenRoleThatTheyJoinAtOnce() {
        Network network =
                networks.network(Network.Kind.CONTACT_POINTS, Network.Joining.ROLE, Roles.NATIONAL_COORDINATOR);
        Person coordinator = people.person("AZ");
        assertTrue(access.standing(network.code, NetworkFixture.viewer(coordinator, Roles.NATIONAL_COORDINATOR))
                .joinsAtOnce());
        assertFalse(access.standing(network.code, NetworkFixture.viewer(coordinator))
                .joinsAtOnce());
    }

    private static void mute(long membershipId, Instant until) {
        QuarkusTransaction.requiringNew().run(() -> {
            NetworkMember m = NetworkMember.findById(membershipId);
            m.mutedUntil = until;
        });
    }

    @Test
    void shouldTakeAnOfferingSpacesPeopleFromTheOfferingAndNeverFromAMembershipRow() {
        Offering offering = people.offering(5);
        Person participant = people.person("GE");
        Person stray = people.person("GE");
        people.approved(offering, participant, people.manager());
        String code = offeringSpaces
                .open(offering.code, NetworkFixture.viewer(participant))
                .network();
        Network space = QuarkusTransaction.requiringNew()
                .call(() -> Network.<Network>find("code", code).singleResult());
        networks.moderator(space, stray);

        NetworkAccess.Standing asParticipant = access.writer(code, NetworkFixture.viewer(participant));
        assertTrue(asParticipant.offeringSpace());
        assertFalse(asParticipant.moderator());
        assertThrows(ForbiddenException.class, () -> access.reader(code, NetworkFixture.viewer(stray)));
        assertEquals(
                asParticipant.networkId(),
                access.offeringStanding(offering.code, NetworkFixture.viewer(participant))
                        .networkId());
    }
}
