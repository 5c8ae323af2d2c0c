package eu.topcop.learn.insight.dashboard;

import java.math.BigDecimal;
import java.util.List;

import eu.topcop.learn.insight.dashboard.DashboardViews.Figures;
import eu.topcop.learn.insight.dashboard.DashboardViews.Hidden;
import eu.topcop.learn.insight.dashboard.DashboardViews.Surveyed;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The hiding rule of the survey figures (DashboardService), on figures made by hand: what fewer than 5 respondents
 * give is hidden, and so is a total whose hidden cells hold 1 to 4 respondents, counted once even when a course
 * puts them under two priorities.
 */
class DashboardHidingTest {

    private static final int SMALLEST = 5;

    @Test
    void shouldHideFewerThanFiveRespondentsAndRoundTheRest() {
        Surveyed four = Surveyed.of(BigDecimal.valueOf(4), BigDecimal.valueOf(400), BigDecimal.valueOf(4), SMALLEST);
        assertNull(four.value());
        assertEquals(Hidden.FEWER_THAN_SMALLEST, four.hidden());
        Surveyed five = Surveyed.of(BigDecimal.valueOf(5), BigDecimal.valueOf(401), BigDecimal.valueOf(5), SMALLEST);
        assertEquals(80, five.value());
        // Nine half-weighted respondents of a two-priority course, in a slice with only one of its priorities.
        Surveyed weighed = Surveyed.of(new BigDecimal("4.5"), new BigDecimal("360"), new BigDecimal("4.5"), SMALLEST);
        assertEquals(Hidden.FEWER_THAN_SMALLEST, weighed.hidden());
        assertEquals(Surveyed.NONE, Surveyed.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, SMALLEST));
    }

    @Test
    void shouldHideATotalWhoseHiddenCellsHoldTheSameThreePeopleUnderTwoPriorities() {
        // Three respondents of a course of two priorities: a hidden cell of 3 under each, each weighing 1.5.
        Figures a1 = figures(3, 270, "1.5");
        Figures a2 = figures(3, 270, "1.5");
        Figures b1 = figures(10, 800, "10");
        Figures total = figures(13, 1070, "13");
        Figures guarded = DashboardService.guard(total, List.of(a1, a2, b1), List.of("p1", "p2", "p1"), SMALLEST);
        assertEquals(Hidden.DIFFERENCING, guarded.reaction().hidden());
        assertNull(guarded.reaction().value());
        assertEquals(13, guarded.reaction().respondents());
    }

    @Test
    void shouldShowATotalWhoseHiddenCellsHoldFivePeople() {
        Figures a1 = figures(3, 270, "3");
        Figures c2 = figures(2, 200, "2");
        Figures b1 = figures(10, 800, "10");
        Figures total = figures(15, 1270, "15");
        Figures shown = DashboardService.guard(total, List.of(a1, c2, b1), List.of("p1", "p2", "p1"), SMALLEST);
        assertNull(shown.reaction().hidden());
        assertEquals(85, shown.reaction().value());
    }

    @Test
    void shouldShowATotalWithoutHiddenCellsAndLeaveItsHiddenFiguresAlone() {
        Figures b1 = figures(10, 800, "10");
        Figures total = figures(10, 800, "10");
        assertEquals(
                80,
                DashboardService.guard(total, List.of(b1), List.of("p1"), SMALLEST)
                        .reaction()
                        .value());
        Figures few = figures(4, 400, "4");
        assertEquals(
                Hidden.FEWER_THAN_SMALLEST,
                DashboardService.guard(few, List.of(few), List.of("p1"), SMALLEST)
                        .reaction()
                        .hidden());
    }

    private static Figures figures(long respondents, long points, String weight) {
        Surveyed reaction = Surveyed.of(
                BigDecimal.valueOf(respondents), BigDecimal.valueOf(points), new BigDecimal(weight), SMALLEST);
        return Figures.of(0, 0, 0, 0, 0, 0, 0, null, 0, null, 0, 0, 0, 0, reaction, Surveyed.NONE);
    }
}
