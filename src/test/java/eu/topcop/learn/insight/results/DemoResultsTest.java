package eu.topcop.learn.insight.results;

import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.results.OperationalResult.Status;
import eu.topcop.learn.insight.results.ResultsViewer.Scope;
import eu.topcop.learn.insight.results.ResultsViewer.Viewer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded default's demo results of Georgia are recorded whole: the coordinator's validated, Nino's proposal
 * waiting, and the drug trafficking results naming five officers so that their figures show.
 */
@QuarkusTest
class DemoResultsTest {

    @Inject
    DemoResults demo;

    @Inject
    ResultReads reads;

    @Inject
    ResultFigures figures;

    @Test
    void shouldRecordTheDemoResultsOfGeorgiaForTheDemoCoordinator() {
        assertEquals(6, demo.seed());
        long giorgi = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("email", "giorgi.kapanadze@demo.topcop.eu")
                        .firstResult()
                        .id);
        Viewer coordinator = new Viewer(giorgi, Scope.COUNTRY, "GE");
        List<ResultViews.Result> listed = reads.list(
                        new ResultViews.Filter(null, null, null, Status.PROPOSED), null, 100, coordinator, false)
                .results();
        assertTrue(listed.stream().anyMatch(r -> r.kind() == ResultKind.CROSS_BORDER_CASE && r.decidable()));
        ResultViews.ResultCell drugs =
                figures.figures(null, "drug-trafficking", coordinator).results().get(0);
        assertTrue(!drugs.hidden() && drugs.officers() >= 5, drugs.toString());
    }
}
