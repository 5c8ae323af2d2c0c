package eu.topcop.learn.insight.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.results.ResultViews.BeforeAfterCell;
import eu.topcop.learn.insight.results.ResultViews.Figures;
import eu.topcop.learn.insight.results.ResultViews.ResultCell;
import eu.topcop.learn.insight.results.ResultViews.TrainingCell;
import eu.topcop.learn.insight.results.ResultsViewer.Viewer;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static eu.topcop.learn.insight.results.ResultKind.ARRESTS;
import static eu.topcop.learn.insight.results.ResultKind.ASSETS;
import static eu.topcop.learn.insight.results.ResultKind.CROSS_BORDER_CASE;
import static eu.topcop.learn.insight.results.ResultKind.JOINT_ACTION_DAY;
import static eu.topcop.learn.insight.results.ResultKind.JOINT_INVESTIGATION_TEAM;
import static eu.topcop.learn.insight.results.ResultKind.OPERATIONAL_ACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The level 4 figures on a small hand-checked data set of Finland (no other test writes there), with days counted back
 * from today (T). Seven officers; O1 to O5 completed a drug trafficking course 24, 18, 15, 14 and 13 months ago, O6
 * six months ago, O7 never; O1 also completed a firearms course 20 months ago.
 *
 * <pre>
 * result  kind      priority  day        officers   state
 * R1      JAD       drugs     T-20m      O1 O2      validated   O1's year after; O2's year before
 * R2      OA        drugs     T-10m      O3 O6      validated   O3's year after
 * R3      arrests 4 drugs     T-11m      O4         validated   not an operation
 * R4      JIT       drugs     T-9m       O5         proposed    not counted
 * R5      JAD       firearms  T-16m      O2         validated   another priority than O2's training
 * R6      JIT       drugs     T-40m      O7 O1      validated   Finland's first validated day
 * R7      assets €  drugs     T-5m       O2 O3      validated, restricted (1,000.50)
 * R8      case      drugs     T-4m       O5         validated   no count: one case
 * R9      case 3    drugs     T-3m       O5         validated
 * R10     assets    drugs     O4's day+12m O4       validated   no amount; the last day of O4's year after
 * R11     JAD       drugs     T-8m       O4         rejected    not counted
 * R12     JAD       drugs     O2's day   O2         validated   the training day itself: in neither year
 * R13     JIT       drugs     T-30m      O1 O3      validated   O1's year before
 * </pre>
 *
 * (a) drugs: trained 12 months ago or more O1..O5 = 5, in an operation within their year after O1 (R1), O3 (R2) = 2,
 * 40.0 %, trained since O6 = 1; firearms: O1 only, hidden. (b) drugs: 7 officers named; OA 1, JAD 2 (R1, R12), JIT 2
 * (R6, R13), cases 2 counting 4, assets 2 summing 1,000.50, arrests 1 counting 4; firearms: one officer, hidden. (c)
 * Finland's data begin at T-40m, so O1..O5 (training between T-24m and T-13m) have both years inside: before O1 1
 * (R13), O2 1 (R1); after O1 1 (R1), O3 2 (R2, R7), O4 2 (R3, R10), O5 2 (R8, R9): 2 before, 7 after, 2 and 4
 * officers.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultFiguresTest {

    static final String COUNTRY = "FI";

    @Inject
    ResultFixture fixture;

    @Inject
    ResultFigures figures;

    @Inject
    ResultService results;

    private Viewer manager;

    @BeforeAll
    void seed() {
        LocalDate t = LocalDate.now(ZoneOffset.UTC);
        manager = fixture.manager();
        List<Person> o = fixture.officers(7, COUNTRY);
        Person o1 = o.get(0), o2 = o.get(1), o3 = o.get(2), o4 = o.get(3), o5 = o.get(4), o6 = o.get(5);
        Person o7 = o.get(6);
        LocalDate[] trained = {
            t.minusMonths(24),
            t.minusMonths(18),
            t.minusMonths(15),
            t.minusMonths(14),
            t.minusMonths(13),
            t.minusMonths(6)
        };
        for (int i = 0; i < trained.length; i++) {
            fixture.completed(o.get(i), "drugs-regional-training", trained[i]);
        }
        // A later course of the same priority does not move O1's training day.
        fixture.completed(o1, "drugs-independent-learning", t.minusMonths(13));
        fixture.completed(o1, "firearms-regional-training", t.minusMonths(20));

        fixture.record(manager, JOINT_ACTION_DAY, t.minusMonths(20), "drug-trafficking", List.of(o1, o2));
        fixture.record(manager, OPERATIONAL_ACTION, t.minusMonths(10), "drug-trafficking", List.of(o3, o6));
        fixture.record(manager, ARRESTS, t.minusMonths(11), "drug-trafficking", List.of(o4), 4, null, false);
        fixture.record(
                ResultFixture.officer(o5), JOINT_INVESTIGATION_TEAM, t.minusMonths(9), "drug-trafficking", List.of(o5));
        fixture.record(manager, JOINT_ACTION_DAY, t.minusMonths(16), "firearms-trafficking", List.of(o2));
        fixture.record(manager, JOINT_INVESTIGATION_TEAM, t.minusMonths(40), "drug-trafficking", List.of(o7, o1));
        fixture.record(
                manager,
                ASSETS,
                t.minusMonths(5),
                "drug-trafficking",
                List.of(o2, o3),
                null,
                new BigDecimal("1000.50"),
                true);
        fixture.record(manager, CROSS_BORDER_CASE, t.minusMonths(4), "drug-trafficking", List.of(o5));
        fixture.record(manager, CROSS_BORDER_CASE, t.minusMonths(3), "drug-trafficking", List.of(o5), 3, null, false);
        fixture.record(manager, ASSETS, trained[3].plusMonths(12), "drug-trafficking", List.of(o4));
        long rejected = fixture.record(
                ResultFixture.officer(o4), JOINT_ACTION_DAY, t.minusMonths(8), "drug-trafficking", List.of(o4));
        results.decide(
                rejected, new ResultViews.DecisionRequest(ResultViews.Decision.REJECT, "No such operation"), manager);
        fixture.record(manager, JOINT_ACTION_DAY, trained[1], "drug-trafficking", List.of(o2));
        fixture.record(manager, JOINT_INVESTIGATION_TEAM, t.minusMonths(30), "drug-trafficking", List.of(o1, o3));
    }

    @Test
    void shouldCountTheShareOfTrainedOfficersInAnOperationWithinTwelveMonths() {
        Figures f = figures.figures(COUNTRY, null, manager);
        TrainingCell drugs = training(f, "drug-trafficking");
        assertEquals(false, drugs.hidden());
        assertEquals(5L, drugs.trained());
        assertEquals(2L, drugs.involved());
        assertEquals(new BigDecimal("40.0"), drugs.sharePercent());
        assertEquals(1L, drugs.trainedRecently());
        TrainingCell firearms = training(f, "firearms-trafficking");
        assertTrue(firearms.hidden(), "one officer trained in firearms: fewer than five");
        assertNull(firearms.trained());
        assertNull(firearms.sharePercent());
        assertEquals(2, f.training().size());
    }

    @Test
    void shouldCountValidatedResultsPerKindWithArrestsCasesAndAssets() {
        Figures f = figures.figures(COUNTRY, null, manager);
        ResultCell drugs = results(f, "drug-trafficking");
        assertEquals(false, drugs.hidden());
        assertEquals(7L, drugs.officers());
        assertEquals(1L, drugs.results().get(OPERATIONAL_ACTION));
        assertEquals(2L, drugs.results().get(JOINT_ACTION_DAY));
        assertEquals(2L, drugs.results().get(JOINT_INVESTIGATION_TEAM));
        assertEquals(2L, drugs.results().get(CROSS_BORDER_CASE));
        assertEquals(2L, drugs.results().get(ASSETS));
        assertEquals(1L, drugs.results().get(ARRESTS));
        assertEquals(4L, drugs.arrests());
        assertEquals(4L, drugs.cases());
        assertEquals(new BigDecimal("1000.50"), drugs.assetsEur());
        ResultCell firearms = results(f, "firearms-trafficking");
        assertTrue(firearms.hidden());
        assertNull(firearms.officers());
        assertTrue(firearms.results().isEmpty());
    }

    @Test
    void shouldCompareTheYearBeforeAndTheYearAfterTrainingForTheSameOfficers() {
        Figures f = figures.figures(COUNTRY, null, manager);
        BeforeAfterCell drugs = f.beforeAfter().stream()
                .filter(c -> c.priority().equals("drug-trafficking"))
                .findFirst()
                .orElseThrow();
        assertEquals(false, drugs.hidden());
        assertEquals(5L, drugs.officers());
        assertEquals(2L, drugs.resultsBefore());
        assertEquals(7L, drugs.resultsAfter());
        assertEquals(2L, drugs.officersWithResultBefore());
        assertEquals(4L, drugs.officersWithResultAfter());
        assertTrue(f.beforeAfter().stream()
                .filter(c -> c.priority().equals("firearms-trafficking"))
                .allMatch(BeforeAfterCell::hidden));
    }

    @Test
    void shouldNarrowTheFiguresToOnePriority() {
        Figures f = figures.figures(COUNTRY, "firearms-trafficking", manager);
        assertEquals(1, f.training().size());
        assertEquals(1, f.results().size());
        assertEquals("firearms-trafficking", f.results().get(0).priority());
    }

    @Test
    void shouldGiveACoordinatorTheirOwnCountryAndAnOfficerNoFigures() {
        Person coordinator = fixture.officers(1, "GE").get(0);
        Figures own = figures.figures(null, null, ResultFixture.coordinator(coordinator));
        assertEquals("GE", own.country());
        assertTrue(own.training().stream().allMatch(c -> c.country().equals("GE")));
        assertTrue(own.results().stream().allMatch(c -> c.country().equals("GE")));
        assertThrows(
                ForbiddenException.class, () -> figures.figures(COUNTRY, null, ResultFixture.coordinator(coordinator)));
        assertThrows(ForbiddenException.class, () -> figures.figures(null, null, ResultFixture.officer(coordinator)));
    }

    private static TrainingCell training(Figures f, String priority) {
        return f.training().stream()
                .filter(c -> c.priority().equals(priority))
                .findFirst()
                .orElseThrow();
    }

    private static ResultCell results(Figures f, String priority) {
        return f.results().stream()
                .filter(c -> c.priority().equals(priority))
                .findFirst()
                .orElseThrow();
    }
}
