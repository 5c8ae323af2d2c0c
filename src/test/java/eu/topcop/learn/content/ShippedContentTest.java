package eu.topcop.learn.content;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.CurriculumService;
import eu.topcop.learn.content.ContentViews.ImportSummary;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The content this repository ships imports without a single problem, for every crime priority. */
@QuarkusTest
class ShippedContentTest {

    @Inject
    ContentImporter importer;

    @Inject
    ContentService content;

    @Inject
    CurriculumService curricula;

    @Test
    void shouldImportEveryShippedModuleAndCurriculumWithoutProblems() {
        long id = importer.begin("test");
        importer.run(id, Path.of("content"));
        ImportSummary report = content.importRun(id);

        List<String> problems = report.report().stream()
                .filter(e -> "refused".equals(e.outcome()))
                .flatMap(e -> e.problems().stream())
                .toList();
        assertTrue(problems.isEmpty(), "content/ has problems:\n" + String.join("\n", problems));
        assertEquals("FINISHED", report.status());
        assertEquals(
                17, report.total(), "six curricula, six modules, three survey instruments and two knowledge tests");
    }

    @Test
    void shouldOfferACurriculumPerPortfolioPriorityWithItsPath() {
        var shipped = java.util.Map.of(
                "drug-trafficking", "drugs-curriculum",
                "firearms-trafficking", "firearms-curriculum",
                "migrant-smuggling", "smuggling-curriculum",
                "trafficking-in-human-beings", "thb-curriculum",
                "online-child-sexual-exploitation", "ocse-curriculum",
                "organised-property-crime", "property-curriculum");
        shipped.forEach((priority, code) -> {
            var curriculum = curricula.curricula(priority, null, 0, 20, Language.ENGLISH).items().stream()
                    .filter(c -> c.code().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(priority + " has no curriculum " + code));
            assertEquals(
                    4, curriculum.path().size(), code + ": online phase, regional, train-the-trainer, multiplication");
            assertEquals(
                    "independent-learning-phase".isEmpty()
                            ? ""
                            : curriculum.path().get(0).activityType(),
                    "Online module (Independent Learning Phase)",
                    code + " starts with the online phase");
        });
    }

    @Test
    void shouldHaveTwoWholeModulesInRussianAndUkrainian() {
        long translated = content.modules(Language.ENGLISH, 0, 100).stream()
                .filter(m -> m.languages().containsAll(List.of("en", "ru", "uk")))
                .count();
        assertTrue(translated >= 2, "modules complete in ru and uk: " + translated);
    }
}
