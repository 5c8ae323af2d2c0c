package eu.topcop.learn.insight;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The consolidation rule on a data set small enough to check by hand. */
class ConsolidationTest {

    private static final List<String> LEVELS = List.of("basic", "advanced");
    private static final List<String> URGENCY = List.of("low", "medium", "high");

    private static Consolidation.Answer answer(String agency, int relevance, int urgency, int basic, int advanced) {
        return new Consolidation.Answer(
                "GE", agency, 1L, "investigators", relevance, urgency, Map.of("basic", basic, "advanced", advanced));
    }

    @Test
    void shouldTakeTheMedianWithinAnAgencyAndAddAgenciesUp() {
        // Police: three respondents describe the same staff, so their median counts (basic 10, advanced 4).
        // Customs: two respondents, the mean of the two rounded up (basic 3, advanced 1); both agencies add up.
        var gaps = Consolidation.gaps(
                List.of(
                        answer("police", 5, 2, 8, 4),
                        answer("police", 4, 1, 10, 2),
                        answer("police", 3, 2, 40, 5),
                        answer("customs", 2, 0, 2, 0),
                        answer("customs", 3, 1, 3, 1)),
                LEVELS,
                URGENCY);

        Consolidation.Figures figures = gaps.get(new Consolidation.Key("GE", 1L, "investigators"));
        assertEquals(Map.of("basic", 13, "advanced", 5), figures.officers());
        // Agencies' urgency: police high (ranks 1,2,2 → 2), customs medium (0,1 → the higher middle, 1); of the
        // two agencies, the higher middle: high.
        assertEquals("high", figures.urgency());
        // Agencies' relevance: police 4, customs 2.5; their median 3.3 (3.25 rounded half up).
        assertEquals(new BigDecimal("3.3"), figures.relevance());
        assertEquals(5, figures.respondents());
        assertEquals(2, figures.agencies());
    }

    @Test
    void shouldKeepCountriesCapabilitiesAndTargetGroupsApart() {
        var gaps = Consolidation.gaps(
                List.of(
                        answer("police", 5, 2, 8, 4),
                        new Consolidation.Answer("UA", "police", 1L, "investigators", 3, 0, Map.of("basic", 1)),
                        new Consolidation.Answer("GE", "police", 2L, "investigators", 3, 0, Map.of("basic", 2)),
                        new Consolidation.Answer("GE", "police", 1L, "analysts", 3, 0, Map.of("advanced", 3))),
                LEVELS,
                URGENCY);

        assertEquals(4, gaps.size());
        assertEquals(
                Map.of("basic", 1, "advanced", 0),
                gaps.get(new Consolidation.Key("UA", 1L, "investigators")).officers());
        assertEquals(
                Map.of("basic", 0, "advanced", 3),
                gaps.get(new Consolidation.Key("GE", 1L, "analysts")).officers());
    }
}
