package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.KnowledgeTestAttempt.Phase;
import eu.topcop.learn.learning.KnowledgeTests.Status;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge test of a face-to-face offering, taken by its participants: papers drawn and scored like a quiz's,
 * each test once, only on its day, only by those holding a place, with the time limit kept by the server.
 */
@QuarkusTest
class KnowledgeTestTakingTest {

    @Inject
    KnowledgeTests tests;

    @Inject
    KnowledgeTestFixture offerings;

    @Inject
    EnrolmentFixture people;

    @Inject
    EntityManager em;

    @Test
    void shouldDrawAPaperFromTheCurriculumsBankAndScoreItLikeAQuiz() {
        Person participant = people.person("GE");
        Offering offering = offerings.running(List.of(participant), 0, 4);

        KnowledgeTests.Offer before = offer(offering, participant);
        assertEquals(Status.OPEN, before.preTest().status());
        assertEquals(Status.NOT_YET_OPEN, before.postTest().status());
        assertEquals(10, before.questions());
        assertEquals(20, before.timeLimitMinutes());

        KnowledgeTests.Paper paper = tests.start(offering.code, Phase.PRE, participant, Language.ENGLISH);
        assertEquals(10, paper.questions().size(), "drugs-knowledge draws 10 of its 16 questions");
        assertEquals(
                10,
                paper.questions().stream()
                        .map(QuizService.PaperQuestion::key)
                        .distinct()
                        .count());
        assertTrue(paper.questions().stream().allMatch(q -> q.key().startsWith("dk-")));
        assertEquals(paper, tests.start(offering.code, Phase.PRE, participant, Language.ENGLISH), "a second click");
        assertEquals(paper, tests.paper(offering.code, Phase.PRE, participant, Language.ENGLISH), "the paper is kept");
        Set<String> values = paper.questions().stream()
                .flatMap(q -> java.util.stream.Stream.concat(q.choices().stream(), q.targets().stream()))
                .map(QuizService.Choice::value)
                .collect(Collectors.toSet());
        assertTrue(
                values.stream().allMatch(v -> v.matches("[a-z0-9]{12}")),
                "every choice under an id drawn for the paper, none of the bank's: " + values);
        Instant deadline = paper.deadlineAt();
        // 20 minutes, or less when the test's window (the offering's first day) closes sooner: within 20 minutes of
        // midnight UTC the window's close is the deadline.
        Instant now = Instant.now();
        Instant closes = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
        Instant expected = now.plusSeconds(20 * 60).isBefore(closes) ? now.plusSeconds(20 * 60) : closes;
        assertTrue(
                deadline.isBefore(expected.plusSeconds(5)) && deadline.isAfter(expected.minusSeconds(60)),
                "the time limit of 20 minutes, or the window's close: " + deadline);

        KnowledgeTests.Result result = tests.submit(
                offering.code,
                Phase.PRE,
                participant,
                RightAnswers.ofKnowledgeTest(em, offering.id, participant.id, Phase.PRE));
        assertEquals(0, new BigDecimal("100.00").compareTo(result.score()));
        assertFalse(result.late());
        assertNull(result.gain(), "a pre-test has no gain");
        KnowledgeTests.Result again = tests.submit(offering.code, Phase.PRE, participant, Map.of());
        assertEquals(result, again, "a second submission returns the first's result");
        assertEquals(
                result,
                QuarkusTransaction.requiringNew().call(() -> tests.result(offering.code, Phase.PRE, participant)),
                "as a new request reads it");
        assertEquals(Status.TAKEN, offer(offering, participant).preTest().status());
    }

    @Test
    void shouldLetEachParticipantTakeEachTestOnceAndGiveThePostTestsGain() {
        Person participant = people.person("MD");
        Offering offering = offerings.running(List.of(participant), 0, 0);
        tests.start(offering.code, Phase.PRE, participant, Language.ENGLISH);
        KnowledgeTests.Result pre = tests.submit(offering.code, Phase.PRE, participant, Map.of());
        assertEquals(0, BigDecimal.ZERO.compareTo(pre.score()), "nothing answered scores 0");

        assertThrows(
                DomainException.Conflict.class,
                () -> tests.start(offering.code, Phase.PRE, participant, Language.ENGLISH),
                "the pre-test is taken once");
        KnowledgeTests.Paper post = tests.start(offering.code, Phase.POST, participant, Language.ENGLISH);
        long versions = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select count(distinct a.versionId) from KnowledgeTestAttempt a where a.personId = :p",
                                Long.class)
                        .setParameter("p", participant.id)
                        .getSingleResult());
        assertEquals(1, versions, "the post-test draws from the version of the pre-test");
        assertFalse(post.submitted());
        KnowledgeTests.Result result = tests.submit(
                offering.code,
                Phase.POST,
                participant,
                RightAnswers.ofKnowledgeTest(em, offering.id, participant.id, Phase.POST));
        assertEquals(0, new BigDecimal("100.00").compareTo(result.score()));
        assertEquals(0, BigDecimal.ZERO.compareTo(result.preTestScore()));
        assertEquals(0, new BigDecimal("100.00").compareTo(result.gain()));
        assertThrows(
                DomainException.Conflict.class,
                () -> tests.start(offering.code, Phase.POST, participant, Language.ENGLISH),
                "the post-test is taken once");
        KnowledgeTests.Offer taken = offer(offering, participant);
        assertEquals(Status.TAKEN, taken.postTest().status());
        assertEquals(0, new BigDecimal("100.00").compareTo(taken.gain()));
    }

    @Test
    void shouldLetOnlyParticipantsHoldingAPlaceTakeIt() {
        Person seated = people.person("MD");
        Person applicant = people.person("MD");
        Offering open = offerings.running(List.of(seated), 60, 64);
        people.apply(open, applicant);
        Offering offering = offerings.dated(open, 0, 4);
        Person stranger = people.person("MD");

        for (Person outsider : List.of(applicant, stranger)) {
            assertThrows(
                    DomainException.NotFound.class,
                    () -> tests.start(offering.code, Phase.PRE, outsider, Language.ENGLISH),
                    "a place not approved is no place");
            assertThrows(DomainException.NotFound.class, () -> tests.offer(offering.code, outsider, Language.ENGLISH));
        }
        assertThrows(
                DomainException.NotFound.class,
                () -> tests.submit(offering.code, Phase.PRE, stranger, Map.of()),
                "no paper to submit");
        assertFalse(tests.start(offering.code, Phase.PRE, seated, Language.ENGLISH)
                .questions()
                .isEmpty());
    }

    @Test
    void shouldRefuseATestOutsideItsDay() {
        Person participant = people.person("MD");
        Offering later = offerings.running(List.of(participant), 3, 7);
        var offer = offer(later, participant);
        assertEquals(Status.NOT_YET_OPEN, offer.preTest().status());
        assertThrows(
                DomainException.Conflict.class,
                () -> tests.start(later.code, Phase.PRE, participant, Language.ENGLISH),
                "before the first day");

        Offering running = offerings.dated(later, -3, 2);
        assertEquals(Status.CLOSED, offer(running, participant).preTest().status());
        assertThrows(
                DomainException.Conflict.class,
                () -> tests.start(running.code, Phase.PRE, participant, Language.ENGLISH),
                "after the first day");
        assertThrows(
                DomainException.Conflict.class,
                () -> tests.start(running.code, Phase.POST, participant, Language.ENGLISH),
                "before the last day");

        Offering ended = offerings.dated(later, -8, -4);
        assertEquals(Status.CLOSED, offer(ended, participant).postTest().status());
        assertThrows(
                DomainException.Conflict.class,
                () -> tests.start(ended.code, Phase.POST, participant, Language.ENGLISH),
                "after the last day");
    }

    @Test
    void shouldCloseAPaperSubmittedAfterItsTimeAsLateAndLeaveItOutOfTheGain() {
        Person participant = people.person("AZ");
        Offering offering = offerings.running(List.of(participant), 0, 0);
        tests.start(offering.code, Phase.PRE, participant, Language.ENGLISH);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery(
                                "update KnowledgeTestAttempt a set a.deadlineAt = :past where a.personId = :p")
                        .setParameter("past", Instant.now().minusSeconds(120))
                        .setParameter("p", participant.id)
                        .executeUpdate());
        assertEquals(
                Status.TAKEN, offer(offering, participant).preTest().status(), "a paper whose time ran out is taken");

        KnowledgeTests.Result late = tests.submit(
                offering.code,
                Phase.PRE,
                participant,
                RightAnswers.ofKnowledgeTest(em, offering.id, participant.id, Phase.PRE));
        assertTrue(late.late());
        assertEquals(0, BigDecimal.ZERO.compareTo(late.score()), "the right answers came too late");

        tests.start(offering.code, Phase.POST, participant, Language.ENGLISH);
        KnowledgeTests.Result post = tests.submit(
                offering.code,
                Phase.POST,
                participant,
                RightAnswers.ofKnowledgeTest(em, offering.id, participant.id, Phase.POST));
        assertNull(post.gain(), "a late pre-test says nothing about what was known");
        assertEquals(
                0,
                QuarkusTransaction.requiringNew()
                        .call(() -> tests.gainPerOffering(offering.id))
                        .pairs());
    }

    @Test
    void shouldCloseAPreTestLeftOpenWhenThePostTestBeginsOnAOneDayOffering() {
        Person participant = people.person("AZ");
        Offering offering = offerings.running(List.of(participant), 0, 0);
        tests.start(offering.code, Phase.PRE, participant, Language.ENGLISH);

        tests.start(offering.code, Phase.POST, participant, Language.ENGLISH);

        KnowledgeTests.Result pre = tests.submit(
                offering.code,
                Phase.PRE,
                participant,
                RightAnswers.ofKnowledgeTest(em, offering.id, participant.id, Phase.PRE));
        assertTrue(pre.late(), "the pre-test closed when the post-test began");
        Person other = people.person("AZ");
        Offering second = offerings.running(List.of(other), 0, 0);
        tests.start(second.code, Phase.POST, other, Language.ENGLISH);
        assertThrows(
                DomainException.Conflict.class,
                () -> tests.start(second.code, Phase.PRE, other, Language.ENGLISH),
                "no pre-test after the post-test");
        assertEquals(Status.CLOSED, offer(second, other).preTest().status());
    }

    @Test
    void shouldOfferNoTestForACurriculumWithoutOne() {
        Person participant = people.person("MD");
        Offering firearms = offerings.running("firearms-regional-training", List.of(participant), 0, 4);
        assertThrows(
                KnowledgeTests.NoKnowledgeTest.class, () -> tests.offer(firearms.code, participant, Language.ENGLISH));
        assertThrows(
                KnowledgeTests.NoKnowledgeTest.class,
                () -> tests.start(firearms.code, Phase.PRE, participant, Language.ENGLISH));
    }

    /** The participant's view as a new request reads it. */
    private KnowledgeTests.Offer offer(Offering offering, Person participant) {
        return QuarkusTransaction.requiringNew().call(() -> tests.offer(offering.code, participant, Language.ENGLISH));
    }
}
