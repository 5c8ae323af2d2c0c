package eu.topcop.learn.networks.discussions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.Application;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.EnrolmentService;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.NetworkService;
import eu.topcop.learn.networks.NetworkViews;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An offering's own discussion space: its approved participants and trainers are in from approval until six months
 * after its end (then they read), course managers moderate, everyone else is out; it is no network to join.
 */
@QuarkusTest
class OfferingSpaceTest {

    @Inject
    OfferingSpaces spaces;

    @Inject
    NetworkAccess access;

    @Inject
    Discussions discussions;

    @Inject
    Moderation moderation;

    @Inject
    NetworkService networks;

    @Inject
    NetworkFixture networkFixture;

    @Inject
    EnrolmentFixture people;

    @Inject
    EnrolmentService enrolment;

    @Test
    void shouldLetAnApprovedParticipantOpenReadAndPostInTheOfferingsSpace() {
        Offering offering = people.offering(5);
        Person participant = people.person("GE");
        people.approved(offering, participant, people.manager());
        NetworkAccess.Viewer viewer = NetworkFixture.viewer(participant);

        OfferingSpaces.Space space = spaces.open(offering.code, viewer);

        assertEquals("offering-" + offering.code, space.network());
        assertTrue(space.opened());
        assertTrue(space.writes());
        assertFalse(space.moderator());
        assertNull(space.closedSince());
        discussions.start(
                space.network(), viewer, new Discussions.NewThread("Travel", "Who arrives on Sunday?", "en"), "en");
        Discussions.ThreadList list = discussions.threads(space.network(), viewer, null, 20, "en");
        assertEquals(1, list.threads().size());
        assertTrue(list.canPost());
        assertEquals(offering.code, list.offering().offering());
        assertEquals(offering.startsOn, list.offering().startsOn());
        assertEquals(offering.endsOn, list.offering().endsOn());
    }

    @Test
    void shouldLetAlumniReadButNotPostOnceSixMonthsHavePassedSinceTheEnd() {
        Offering offering = people.offering(5);
        Person participant = people.person("GE");
        Person trainer = trainerOf(offering);
        people.approved(offering, participant, people.manager());
        NetworkAccess.Viewer viewer = NetworkFixture.viewer(participant);
        String code = spaces.open(offering.code, viewer).network();
        discussions.start(code, viewer, new Discussions.NewThread("Thanks", "Thank you all", "en"), "en");

        LocalDate endsOn = endedMonthsAgo(offering, 5);
        assertTrue(access.writer(code, viewer).writes(), "five months after the end the space still takes posts");

        endsOn = endedMonthsAgo(offering, 7);
        NetworkAccess.Standing alumnus = access.reader(code, viewer);
        assertFalse(alumnus.writes());
        assertEquals(endsOn.plusMonths(6).plusDays(1), alumnus.closedSince());
        assertThrows(ForbiddenException.class, () -> access.writer(code, viewer));
        assertThrows(
                ForbiddenException.class,
                () -> discussions.start(code, viewer, new Discussions.NewThread("Late", "Too late", "en"), "en"));
        Discussions.ThreadList list = discussions.threads(code, viewer, null, 20, "en");
        assertEquals(1, list.threads().size(), "alumni keep reading");
        assertFalse(list.canPost());
        assertEquals(alumnus.closedSince(), list.offering().closedSince());

        NetworkAccess.Standing formerTrainer = access.reader(code, NetworkFixture.viewer(trainer, Roles.TRAINER));
        assertFalse(formerTrainer.moderator(), "trainers moderate only while the space takes posts");
        assertFalse(formerTrainer.writes());
    }

    @Test
    void shouldLetTheOfferingsTrainersModerateWhileTheSpaceIsOpen() {
        Offering offering = people.offering(5);
        Person participant = people.person("GE");
        people.approved(offering, participant, people.manager());
        NetworkAccess.Viewer trainer = NetworkFixture.viewer(trainerOf(offering), Roles.TRAINER);

        OfferingSpaces.Space space = spaces.open(offering.code, trainer);
        assertTrue(space.moderator());
        DiscussionThread thread = discussions.start(
                space.network(),
                NetworkFixture.viewer(participant),
                new Discussions.NewThread("Homework", "Where is the case study?", "en"),
                "en");
        moderation.thread(space.network(), thread.id, trainer, DiscussionModeration.Action.LOCK, "answered");

        assertTrue(discussions
                .thread(space.network(), thread.id, NetworkFixture.viewer(participant), null, 20, "en")
                .thread()
                .locked());
    }

    @Test
    void shouldLetCourseManagersModerateEveryOfferingsSpaceEvenAfterItCloses() {
        Offering offering = people.offering(5);
        NetworkAccess.Viewer manager = NetworkFixture.viewer(people.person("HU"), Roles.COURSE_MANAGER);
        String code = spaces.open(offering.code, manager).network();
        endedMonthsAgo(offering, 7);

        NetworkAccess.Standing standing = access.moderator(code, manager);
        assertTrue(standing.reads());
        assertTrue(standing.moderator());
    }

    @Test
    void shouldKeepOutAnotherOfferingsParticipantWithdrawnAndRejectedApplicantsAndCoordinators() {
        Offering offering = people.offering(5);
        Offering other = people.offering(5);
        Person manager = people.manager();
        Person participant = people.person("GE");
        people.approved(offering, participant, manager);
        String code =
                spaces.open(offering.code, NetworkFixture.viewer(participant)).network();

        Person elsewhere = people.person("GE");
        people.approved(other, elsewhere, manager);
        Person withdrawn = people.person("GE");
        Application application = people.approved(offering, withdrawn, manager);
        enrolment.withdraw(application.id, withdrawn, "I changed posts");
        Person rejected = people.person("GE");
        enrolment.decide(
                people.decidable(offering, rejected).id,
                manager,
                false,
                EnrolmentService.Decision.REJECT,
                "Not this time");
        Person pending = people.person("GE");
        people.apply(offering, pending);
        Person coordinator = people.coordinator("AM");

        List<NetworkAccess.Viewer> outsiders = List.of(
                NetworkFixture.viewer(elsewhere),
                NetworkFixture.viewer(withdrawn),
                NetworkFixture.viewer(rejected),
                NetworkFixture.viewer(pending),
                NetworkFixture.viewer(coordinator, Roles.NATIONAL_COORDINATOR));
        for (NetworkAccess.Viewer outsider : outsiders) {
            assertThrows(ForbiddenException.class, () -> access.reader(code, outsider));
            assertThrows(ForbiddenException.class, () -> spaces.open(offering.code, outsider));
            assertThrows(ForbiddenException.class, () -> discussions.threads(code, outsider, null, 20, "en"));
            assertFalse(spaces.reads(offering.code, outsider));
        }
    }

    @Test
    void shouldNeitherListTheSpaceAmongNetworksNorLetAnyoneJoinInviteOrMoveThreadsInOrOut() {
        Offering offering = people.offering(5);
        Person participant = people.person("GE");
        Person outsider = people.person("GE");
        people.approved(offering, participant, people.manager());
        NetworkAccess.Viewer manager = NetworkFixture.viewer(people.person("HU"), Roles.COURSE_MANAGER);
        String code =
                spaces.open(offering.code, NetworkFixture.viewer(participant)).network();

        assertTrue(networks.list(manager, Language.ENGLISH).stream()
                .noneMatch(n -> n.code().equals(code)));
        NetworkViews.JoinRequest join = new NetworkViews.JoinRequest(null, null, null, null);
        assertThrows(DomainException.Conflict.class, () -> networks.join(code, NetworkFixture.viewer(outsider), join));
        assertThrows(
                DomainException.Conflict.class,
                () -> networks.invite(code, manager, new NetworkViews.Invitation(outsider.email, null, null, null)));

        Network network = networkFixture.network();
        DiscussionThread inNetwork =
                discussions.start(network.code, manager, new Discussions.NewThread("Here", "Stays here", "en"), "en");
        DiscussionThread inSpace =
                discussions.start(code, manager, new Discussions.NewThread("There", "Stays there", "en"), "en");
        assertThrows(
                DomainException.Conflict.class,
                () -> moderation.move(network.code, inNetwork.id, manager, new Moderation.Move(code, null)));
        assertThrows(
                DomainException.Conflict.class,
                () -> moderation.move(code, inSpace.id, manager, new Moderation.Move(network.code, null)));
    }

    @Test
    void shouldMakeOneSpaceWhenTwoPeopleOpenItForTheFirstTimeAtOnce() throws Exception {
        Offering offering = people.offering(5);
        Person manager = people.manager();
        List<NetworkAccess.Viewer> viewers = new ArrayList<>();
        for (Person p : people.people(4, "GE")) {
            people.approved(offering, p, manager);
            viewers.add(NetworkFixture.viewer(p));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(viewers.size());
        try {
            List<Future<OfferingSpaces.Space>> opened = new ArrayList<>();
            for (NetworkAccess.Viewer viewer : viewers) {
                Callable<OfferingSpaces.Space> open = () -> {
                    start.await();
                    return spaces.open(offering.code, viewer);
                };
                opened.add(pool.submit(open));
            }
            start.countDown();
            for (Future<OfferingSpaces.Space> space : opened) {
                assertEquals("offering-" + offering.code, space.get().network());
            }
        } finally {
            pool.shutdownNow();
        }
        long spacesMade = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Network.getEntityManager()
                                .createNativeQuery("SELECT COUNT(*) FROM network WHERE offering_id = :o")
                                .setParameter("o", offering.id)
                                .getSingleResult())
                        .longValue());
        assertEquals(1, spacesMade);
    }

    /** A trainer of the offering, as its course manager names them. */
    @Test
    void shouldTellTheSpacesParticipantsOfRepliesUntilTheyAreNoLongerOnTheOffering() {
        Offering offering = people.offering(5);
        Person manager = people.manager();
        Person asker = people.person("GE");
        Application asked = people.approved(offering, asker, manager);
        Person answerer = people.person("UA");
        people.approved(offering, answerer, manager);
        String code = spaces.open(offering.code, NetworkFixture.viewer(asker)).network();
        long thread = discussions.start(
                        code,
                        NetworkFixture.viewer(asker),
                        new Discussions.NewThread("Visa", "Who needs one?", "en"),
                        "en")
                .id;

        discussions.reply(
                code,
                thread,
                NetworkFixture.viewer(answerer),
                new Discussions.NewPost("Not for Georgia.", "en", null),
                "en");
        assertEquals(1, notices(asker), "the asker follows their thread, as a member of a network would");

        enrolment.withdraw(asked.id, asker, "I changed posts");
        discussions.reply(
                code,
                thread,
                NetworkFixture.viewer(answerer),
                new Discussions.NewPost("Nor for Ukraine.", "en", null),
                "en");
        assertEquals(1, notices(asker), "someone no longer on the offering is no longer told");
    }

    private static long notices(Person person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> eu.topcop.learn.enrolment.Notification.count(
                        "person.id = ?1 and kind = ?2", person.id, "discussion"));
    }

    @Test
    void shouldLetATrainerMuteAParticipantForATimeAndListTheParticipantsAsMembers() {
        Offering offering = people.offering(5);
        Person participant = people.person("GE");
        people.approved(offering, participant, people.manager());
        Person outsider = people.person("GE");
        NetworkAccess.Viewer trainer = NetworkFixture.viewer(trainerOf(offering), Roles.TRAINER);
        String code = spaces.open(offering.code, trainer).network();

        assertEquals(
                List.of(participant.id),
                moderation.members(code, trainer, null).members().stream()
                        .map(Moderation.Member::personId)
                        .toList());
        moderation.mute(
                code,
                trainer,
                new Moderation.Mute(participant.id, LocalDate.now().plusDays(3), "Off topic"));
        NetworkAccess.Viewer muted = NetworkFixture.viewer(participant);
        assertTrue(access.reader(code, muted).muted(), "reads, but does not post");
        assertThrows(ForbiddenException.class, () -> access.writer(code, muted));
        assertThrows(
                DomainException.NotFound.class,
                () -> moderation.mute(
                        code,
                        trainer,
                        new Moderation.Mute(outsider.id, LocalDate.now().plusDays(3), null)),
                "only the offering's participants are muted in its space");

        moderation.unmute(code, trainer, participant.id, "Back on topic");
        assertFalse(access.writer(code, muted).muted());
    }

    private Person trainerOf(Offering offering) {
        Person trainer = people.person("MD");
        QuarkusTransaction.requiringNew()
                .run(() -> Offering.getEntityManager()
                        .createNativeQuery("INSERT INTO offering_trainer (offering_id, username) VALUES (:o, :u)")
                        .setParameter("o", offering.id)
                        .setParameter("u", trainer.username)
                        .executeUpdate());
        return trainer;
    }

    /** Moves the offering (its applications already decided) so that it ended so many months ago. */
    private LocalDate endedMonthsAgo(Offering offering, int months) {
        QuarkusTransaction.requiringNew()
                .run(() -> Offering.getEntityManager()
                        .createNativeQuery("UPDATE offering SET gate_deadline = NULL, gate_checked_at = NULL,"
                                + " applications_open_on = CURDATE() - INTERVAL :m MONTH - INTERVAL 60 DAY,"
                                + " applications_close_on = CURDATE() - INTERVAL :m MONTH - INTERVAL 30 DAY,"
                                + " starts_on = CURDATE() - INTERVAL :m MONTH - INTERVAL 4 DAY,"
                                + " ends_on = CURDATE() - INTERVAL :m MONTH WHERE id = :id")
                        .setParameter("m", months)
                        .setParameter("id", offering.id)
                        .executeUpdate());
        return QuarkusTransaction.requiringNew().call(() -> Offering.<Offering>findById(offering.id).endsOn);
    }
}
