package eu.topcop.learn.insight;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded default's fictitious OTNA round imports whole, the same at every start, and gives gaps. */
@QuarkusTest
class DemoOtnaTest {

    @Inject
    OtnaService otna;

    @Inject
    QuestionnaireImports imports;

    @Inject
    DemoOtna demo;

    @Test
    void shouldImportTheDemoRoundsAnswersWithoutAProblemAndConsolidateThem() {
        assertArrayEquals(DemoOtna.answers(), DemoOtna.answers(), "drawn from a fixed seed");
        if (OtnaRound.byCode(DemoOtna.CODE).isEmpty()) {
            otna.define(DemoOtna.round(), null);
        }
        OtnaViews.ImportReport report = imports.importFile(DemoOtna.CODE, "demo.csv", DemoOtna.answers(), null);
        assertEquals(java.util.List.of(), report.problems());
        assertTrue(report.rows() >= 200 && report.rows() <= 400, "a few hundred answers: " + report.rows());
        OtnaViews.ConsolidationReport gaps = otna.consolidate(DemoOtna.CODE);
        assertEquals(report.rows(), gaps.answers());
        assertTrue(gaps.gaps() > 50, "gaps for every country: " + gaps.gaps());
        assertTrue(otna.round(DemoOtna.CODE).fictitious());

        // The demo course manager validates four gaps in five; the rest wait for a decision on the first run.
        int validated = demo.validateMost();
        var statuses = otna.gaps(DemoOtna.CODE, new OtnaService.Viewer(0, true, null), null).stream()
                .map(OtnaViews.Gap::status)
                .toList();
        assertEquals(validated, statuses.stream().filter("VALIDATED"::equals).count());
        assertEquals(
                statuses.size() - validated,
                statuses.stream().filter("PROPOSED"::equals).count());
        assertTrue(validated * 5 >= statuses.size() * 4 - 5, validated + " of " + statuses.size());
    }
}
