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
    }
}
