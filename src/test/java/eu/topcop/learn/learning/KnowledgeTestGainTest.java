package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.KnowledgeTests.CurriculumGain;
import eu.topcop.learn.learning.KnowledgeTests.OfferingGain;
import eu.topcop.learn.learning.KnowledgeTests.ParticipantGain;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The knowledge gain of face-to-face offerings on a small set worked out by hand: two offerings of one curriculum
 * whose test has ten true-false questions, all drawn, so that a paper with {@code k} right answers scores 10 k %.
 *
 * <pre>
 *   offering A   pre   post   gain        offering B   pre   post   gain
 *   a1            30     80     50        b1            40    100     60
 *   a2            50     70     20        b2            60     50    -10
 *   a3            20      -      -        b3            10     30     20
 *                                         b4             -     90      -
 *   A: 2 pairs, pre 40.00, post 75.00,    B: 3 pairs, pre 36.67 (110/3), post 60.00,
 *      gain 35.00                            gain 23.33 (70/3)
 *   curriculum: 5 pairs in 2 offerings, pre 38.00 (190/5), post 66.00 (330/5), gain 28.00 (140/5): each
 *   participant weighs the same, so it is not the mean of the offerings' gains (29.17).
 * </pre>
 */
@QuarkusTest
class KnowledgeTestGainTest {

    @Inject
    KnowledgeTests tests;

    @Inject
    KnowledgeTestFixture offerings;

    @Inject
    EnrolmentFixture people;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldComputeExactGainsPerParticipantOfferingAndCurriculum() {
        String course = offerings.courseWithTest(10);
        String curriculum = course.replace("-regional", "-curriculum");
        List<Person> a = people.people(3, "MD");
        List<Person> b = people.people(4, "AZ");
        Offering offeringA = offerings.running(course, a, 0, 0);
        Offering offeringB = offerings.running(course, b, 0, 0);

        offerings.take(offeringA, a.get(0), 3, 8);
        offerings.take(offeringA, a.get(1), 5, 7);
        offerings.take(offeringA, a.get(2), 2, null);
        offerings.take(offeringB, b.get(0), 4, 10);
        offerings.take(offeringB, b.get(1), 6, 5);
        offerings.take(offeringB, b.get(2), 1, 3);
        offerings.take(offeringB, b.get(3), null, 9);

        List<ParticipantGain> perParticipant =
                QuarkusTransaction.requiringNew().call(() -> tests.gainPerParticipant(offeringA.id));
        assertEquals(
                List.of(
                        new ParticipantGain(a.get(0).id, decimal("30.00"), decimal("80.00"), decimal("50.00")),
                        new ParticipantGain(a.get(1).id, decimal("50.00"), decimal("70.00"), decimal("20.00"))),
                perParticipant);
        assertEquals(
                new OfferingGain(offeringA.id, 2, decimal("40.00"), decimal("75.00"), decimal("35.00")),
                QuarkusTransaction.requiringNew().call(() -> tests.gainPerOffering(offeringA.id)));
        OfferingGain gainB = new OfferingGain(offeringB.id, 3, decimal("36.67"), decimal("60.00"), decimal("23.33"));
        assertEquals(gainB, QuarkusTransaction.requiringNew().call(() -> tests.gainPerOffering(offeringB.id)));

        CurriculumGain whole = QuarkusTransaction.requiringNew().call(() -> tests.gainPerCurriculum(curriculum));
        assertEquals(
                new CurriculumGain(
                        curriculum,
                        2,
                        5,
                        decimal("38.00"),
                        decimal("66.00"),
                        decimal("28.00"),
                        List.of(
                                new OfferingGain(offeringA.id, 2, decimal("40.00"), decimal("75.00"), decimal("35.00")),
                                gainB)),
                whole);

        var results = QuarkusTransaction.requiringNew()
                .call(() -> tests.results(offeringB.code, people.manager(), true, Language.ENGLISH));
        assertEquals(gainB, results.gain());
        var b4 = results.participants().stream()
                .filter(r -> r.name().equals(b.get(3).name))
                .findFirst()
                .orElseThrow();
        assertNull(b4.preTest());
        assertEquals(0, decimal("90.00").compareTo(b4.postTest().score()));
        assertNull(b4.gain());
    }

    @Test
    void shouldHaveNoGainWithoutAPair() {
        String course = offerings.courseWithTest(4);
        Person alone = people.person("MD");
        Offering offering = offerings.running(course, List.of(alone), 0, 0);
        offerings.take(offering, alone, 2, null);

        OfferingGain none = QuarkusTransaction.requiringNew().call(() -> tests.gainPerOffering(offering.id));
        assertEquals(new OfferingGain(offering.id, 0, null, null, null), none);
        CurriculumGain empty = QuarkusTransaction.requiringNew()
                .call(() -> tests.gainPerCurriculum(course.replace("-regional", "-curriculum")));
        assertEquals(0, empty.pairs());
        assertEquals(0, empty.offerings());
        assertNull(empty.gain());
        assertEquals(List.of(), empty.perOffering());
    }

    @Test
    void shouldComputeGainsWithTheSameStatementsForFewAndManyParticipantsAndOfferings() {
        String small = offerings.courseWithTest(4);
        String large = offerings.courseWithTest(4);
        Offering few = offerings.running(small, people.people(2, "MD"), 0, 0);
        List<Person> many = people.people(12, "MD");
        Offering crowded = offerings.running(large, many, 0, 0);
        offerings.running(large, people.people(1, "MD"), 0, 0);
        for (Person p : many) {
            offerings.take(crowded, p, 1, 3);
        }

        assertEquals(
                statements(() -> tests.gainPerOffering(few.id)), statements(() -> tests.gainPerOffering(crowded.id)));
        assertEquals(
                statements(() -> tests.gainPerParticipant(few.id)),
                statements(() -> tests.gainPerParticipant(crowded.id)));
        assertEquals(
                statements(() -> tests.gainPerCurriculum(small.replace("-regional", "-curriculum"))),
                statements(() -> tests.gainPerCurriculum(large.replace("-regional", "-curriculum"))));
        assertEquals(
                statements(() -> tests.results(few.code, people.manager(), true, Language.ENGLISH)),
                statements(() -> tests.results(crowded.code, people.manager(), true, Language.ENGLISH)),
                "the trainers' list of 2 and of 12 participants");
    }

    private long statements(Supplier<?> work) {
        QuarkusTransaction.requiringNew().call(work::get);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        QuarkusTransaction.requiringNew().call(work::get);
        return statistics.getPrepareStatementCount();
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
