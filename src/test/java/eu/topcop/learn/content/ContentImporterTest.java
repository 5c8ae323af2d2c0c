package eu.topcop.learn.content;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.CurriculumService;
import eu.topcop.learn.content.ContentViews.ImportSummary;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The importer against the real MariaDB, on small content trees made for each test. */
@QuarkusTest
class ContentImporterTest {

    @Inject
    ContentImporter importer;

    @Inject
    ContentService content;

    @Inject
    CurriculumService curricula;

    @Inject
    KnowledgeTestBanks knowledgeTests;

    private static String prefix() {
        return "fx" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ImportSummary importTree(ContentFixture fixture) {
        long id = importer.begin("test");
        importer.run(id, fixture.root);
        return content.importRun(id);
    }

    private static ContentImport.Entry entry(ImportSummary report, String code) {
        return report.report().stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldPublishValidModuleAndCurriculum() {
        String p = prefix();
        ImportSummary report =
                importTree(new ContentFixture(p).withCurriculum(p + "-mod").withModule(p + "-mod"));

        assertEquals("FINISHED", report.status());
        assertEquals(2, report.total());
        assertEquals("published", entry(report, p + "-mod").outcome());
        assertEquals(1, entry(report, p + "-mod").version());
        assertEquals("published", entry(report, p + "-curriculum").outcome());
        var module = content.module(p + "-mod", null, Language.ENGLISH);
        assertEquals(2, module.lessons().size());
        assertEquals(3, module.questions());
        assertEquals(List.of("en"), module.languages(), "Russian lacks lesson 02, so only English is complete");
        var curriculum = curricula.curriculum(p + "-curriculum", Language.ENGLISH);
        assertEquals(List.of(p + "-mod"), curriculum.path().get(0).modules());
        assertEquals("Regional training", curriculum.path().get(1).title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "wrong correct option | quiz.yaml | 'pass_mark: 70\ndraw: 1\nquestions:\n  - id: q1\n    type: single\n    text: {en: \"Q\"}\n    options:\n      - {id: a, text: {en: \"A\"}}\n      - {id: b, text: {en: \"B\"}}\n    correct: [c]\n' | quiz.yaml:10: option 'c' is marked correct but does not exist",
                "YAML syntax error | quiz.yaml | 'pass_mark: 70\ndraw: [1\n' | quiz.yaml:3: invalid YAML",
                "unknown key | quiz.yaml | 'pass_mark: 70\ndraw: 1\npassmark: 80\nquestions:\n  - id: q1\n    type: true-false\n    text: {en: \"Q\"}\n    answer: true\n' | quiz.yaml:3: unknown key 'passmark'",
                "no English | quiz.yaml | 'pass_mark: 70\ndraw: 1\nquestions:\n  - id: q1\n    type: true-false\n    text: {ru: \"Вопрос\"}\n    answer: true\n' | quiz.yaml:6: 'text' has no English (en) text",
                "draw larger than bank | quiz.yaml | 'pass_mark: 70\ndraw: 5\nquestions:\n  - id: q1\n    type: true-false\n    text: {en: \"Q\"}\n    answer: true\n' | quiz.yaml:2: 'draw' is 5 but the bank has only 1 questions",
                "two correct in single | quiz.yaml | 'pass_mark: 70\ndraw: 1\nquestions:\n  - id: q1\n    type: single\n    text: {en: \"Q\"}\n    options:\n      - {id: a, text: {en: \"A\"}}\n      - {id: b, text: {en: \"B\"}}\n    correct: [a, b]\n' | quiz.yaml:4: a single-choice question needs exactly one correct option",
                "bad lesson name | lesson-one.en.md | '# Lesson' | lesson-one.en.md: a lesson file is named NN-slug.LANGUAGE.md",
                "lesson without title | 03-extra.en.md | 'No heading here' | 03-extra.en.md:1: a lesson starts with its title as '# Title'",
                "unknown priority | module.yaml | 'code: MOD\ntitle: {en: \"T\"}\nsummary: {en: \"S\"}\ncrime_priorities: [piracy]\nestimated_minutes: 10\n' | module.yaml:4: unknown portfolio crime priority 'piracy'",
                "unknown outcome | module.yaml | 'code: MOD\ntitle: {en: \"T\"}\nsummary: {en: \"S\"}\ncrime_priorities: [drug-trafficking]\noutcomes: [no-such-outcome]\nestimated_minutes: 10\n' | module.yaml:5: learning outcome 'no-such-outcome' is not defined by any curriculum",
                "code unlike folder | module.yaml | 'code: other-code\ntitle: {en: \"T\"}\nsummary: {en: \"S\"}\ncrime_priorities: [drug-trafficking]\nestimated_minutes: 10\n' | module.yaml:1: code 'other-code' must equal the folder name"
            })
    void shouldRefuseBrokenModuleNamingFileAndLine(String kind, String file, String text, String expected) {
        String p = prefix();
        String module = p + "-mod";
        ContentFixture fixture = new ContentFixture(p).withCurriculum(module).withModule(module);
        fixture.write("area/modules/" + module + "/" + file, text.replace("MOD", module));

        ImportSummary report = importTree(fixture);

        ContentImport.Entry refused = entry(report, module);
        assertEquals("refused", refused.outcome(), kind);
        String prefixPath = "content/area/modules/" + module + "/";
        assertTrue(
                refused.problems().stream().anyMatch(problem -> problem.startsWith(prefixPath + expected)),
                kind + ": expected a problem starting with " + prefixPath + expected + " but got "
                        + refused.problems());
    }

    @Test
    void shouldRefuseCurriculumNamingAMissingModuleAndAnUnknownActivityType() {
        String p = prefix();
        ContentFixture fixture = new ContentFixture(p).withCurriculum("no-such-module");
        fixture.write(
                "area/curriculum.yaml",
                new String(readFixture(fixture, "area/curriculum.yaml"))
                        .replace("type: regional-training", "type: seminar"));

        ImportSummary report = importTree(fixture);

        ContentImport.Entry refused = entry(report, p + "-curriculum");
        assertEquals("refused", refused.outcome());
        assertTrue(
                refused.problems()
                        .contains(
                                "content/area/curriculum.yaml:19: module 'no-such-module' does not exist (no folder modules/no-such-module)"),
                refused.problems().toString());
        assertTrue(
                refused.problems().stream()
                        .anyMatch(
                                s -> s.startsWith("content/area/curriculum.yaml:22: unknown activity type 'seminar'")),
                refused.problems().toString());
    }

    @Test
    void shouldMapOutcomesToTheCapabilitiesTheyAddressAndNameABadCodeByFileAndLine() {
        String p = prefix();
        ContentFixture fixture =
                new ContentFixture(p).withCurriculum(p + "-mod").withModule(p + "-mod");
        assertEquals("published", entry(importTree(fixture), p + "-curriculum").outcome());
        assertEquals(
                List.of("DT-FIN"),
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> eu.topcop.learn.catalogue.LearningOutcome.getEntityManager()
                                .createNativeQuery("SELECT c.capability_code FROM learning_outcome_capability c"
                                        + " JOIN learning_outcome o ON o.id = c.outcome_id WHERE o.code = ?1")
                                .setParameter(1, p + "-lo-1")
                                .getResultList()));

        // A level after '@' is stored with the code; a changed level replaces the old one.
        String original = new String(readFixture(fixture, "area/curriculum.yaml"));
        fixture.write(
                "area/curriculum.yaml",
                original.replace("capabilities: [DT-FIN]", "capabilities: [DT-FIN, \"DT-PREC@expert\"]"));
        assertEquals("published", entry(importTree(fixture), p + "-curriculum").outcome());
        assertEquals(List.of("DT-FIN@-", "DT-PREC@expert"), addressed(p + "-lo-1"));
        fixture.write(
                "area/curriculum.yaml",
                original.replace("capabilities: [DT-FIN]", "capabilities: [DT-FIN@awareness, DT-PREC]"));
        assertEquals("published", entry(importTree(fixture), p + "-curriculum").outcome());
        assertEquals(List.of("DT-FIN@awareness", "DT-PREC@-"), addressed(p + "-lo-1"));

        fixture.write(
                "area/curriculum.yaml",
                original.replace(
                        "capabilities: [DT-FIN]",
                        "capabilities: [DT-FIN, \"bad code!\", DT-FIN, \"DT-PREC@Not A Level\", \"DT-X@\"]"));
        ContentImport.Entry refused = entry(importTree(fixture), p + "-curriculum");
        assertEquals("refused", refused.outcome());
        assertTrue(
                refused.problems().stream()
                        .anyMatch(s -> s.startsWith(
                                "content/area/curriculum.yaml:12: 'capabilities' must list" + " capability codes")),
                refused.problems().toString());
        assertTrue(
                refused.problems().contains("content/area/curriculum.yaml:12: capability 'DT-FIN' is listed twice"),
                refused.problems().toString());
        assertTrue(
                refused.problems().stream()
                        .anyMatch(s -> s.startsWith("content/area/curriculum.yaml:12: the proficiency level after '@'"
                                + " in 'DT-PREC@Not A Level' must be a level code")),
                refused.problems().toString());
        assertTrue(
                refused.problems().stream()
                        .anyMatch(s -> s.startsWith(
                                "content/area/curriculum.yaml:12: the proficiency level after '@' in 'DT-X@'")),
                refused.problems().toString());
    }

    /** The capabilities stored for an outcome as code@level ('-' for no level), sorted. */
    private static List<String> addressed(String outcome) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = eu.topcop.learn.catalogue.LearningOutcome.getEntityManager()
                    .createNativeQuery("SELECT c.capability_code, c.level_code FROM learning_outcome_capability c"
                            + " JOIN learning_outcome o ON o.id = c.outcome_id WHERE o.code = ?1"
                            + " ORDER BY c.capability_code")
                    .setParameter(1, outcome)
                    .getResultList();
            return rows.stream()
                    .map(r -> r[0] + "@" + (r[1] == null ? "-" : r[1]))
                    .toList();
        });
    }

    @Test
    void shouldKeepThePublishedModuleWhenItsNewVersionIsBrokenAndPublishTheGoodOnes() {
        String p = prefix();
        ContentFixture fixture =
                new ContentFixture(p).withCurriculum(p + "-a", p + "-b").withModule(p + "-a");
        fixture.withModule(p + "-b");
        importTree(fixture);

        fixture.withQuiz(p + "-a", "pass_mark: 70\ndraw: 1\nquestions: []\n");
        fixture.write("area/modules/" + p + "-b/02-cooperation.en.md", "# Cooperation\n\nUpdated text.\n");
        fixture.withModule(p + "-c");
        ImportSummary report = importTree(fixture);

        assertEquals("refused", entry(report, p + "-a").outcome());
        assertEquals("published", entry(report, p + "-b").outcome());
        assertEquals(2, entry(report, p + "-b").version());
        assertEquals("published", entry(report, p + "-c").outcome());
        var stillPublished = content.module(p + "-a", null, Language.ENGLISH);
        assertEquals(1, stillPublished.version());
        assertEquals(2, stillPublished.lessons().size());
    }

    @Test
    void shouldChangeNothingWhenReimportingUnchangedContent() {
        String p = prefix();
        ContentFixture fixture =
                new ContentFixture(p).withCurriculum(p + "-mod").withModule(p + "-mod");
        importTree(fixture);
        long versions = ModuleVersion.count();

        ImportSummary again = importTree(fixture);

        assertEquals(0, again.published());
        assertEquals(2, again.unchanged());
        assertEquals(versions, ModuleVersion.count());
    }

    @Test
    void shouldPublishANewVersionAndKeepTheOldOneReadableForThoseWhoStartedIt() {
        String p = prefix();
        String module = p + "-mod";
        ContentFixture fixture = new ContentFixture(p).withCurriculum(module).withModule(module);
        importTree(fixture);
        fixture.write(
                "area/modules/" + module + "/01-legal-framework.en.md",
                "# The legal framework\n\nRevised: the **2024 Directive** too.\n");

        ImportSummary report = importTree(fixture);

        assertEquals(2, entry(report, module).version());
        assertTrue(content.lesson(module, null, 1, Language.ENGLISH).html().contains("2024 Directive"));
        String old = content.lesson(module, 1, 1, Language.ENGLISH).html();
        assertTrue(old.contains("1988 Convention"));
        assertFalse(old.contains("2024"));
        assertEquals(2, content.module(module, 1, Language.ENGLISH).currentVersion());
    }

    @Test
    void shouldShowLessonsInTheReadersLanguageWithEnglishAsVisibleFallback() {
        String p = prefix();
        String module = p + "-mod";
        importTree(new ContentFixture(p).withCurriculum(module).withModule(module));
        Language russian = Language.of("ru").orElseThrow();

        var translated = content.lesson(module, null, 1, russian);
        var fallback = content.lesson(module, null, 2, russian);

        assertEquals("Правовая база", translated.title());
        assertTrue(translated.translated());
        assertEquals("Cooperation", fallback.title());
        assertFalse(fallback.translated());
    }

    @Test
    void shouldRenderLessonMarkdownWithoutScriptsOrDangerousLinks() {
        String p = prefix();
        String module = p + "-mod";
        ContentFixture fixture = new ContentFixture(p).withCurriculum(module).withModule(module);
        fixture.write(
                "area/modules/" + module + "/02-cooperation.en.md",
                "# Cooperation\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1)) and [Europol](https://www.europol.europa.eu/)\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");

        importTree(fixture);

        String html = content.lesson(module, null, 2, Language.ENGLISH).html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"https://www.europol.europa.eu/\""), html);
        assertTrue(html.contains("<table>"), html);
    }

    @Test
    void shouldPublishAKnowledgeTestAsImmutableVersionsOfItsCurriculum() {
        String p = prefix();
        ContentFixture fixture = new ContentFixture(p)
                .withCurriculum(p + "-mod")
                .withModule(p + "-mod")
                .withKnowledgeTest(p + "-knowledge", 3);

        ImportSummary report = importTree(fixture);

        assertEquals(3, report.total(), "a curriculum, a module and a knowledge test");
        assertEquals("published", entry(report, p + "-knowledge").outcome());
        KnowledgeTestBanks.Bank first = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> knowledgeTests.currentFor(p + "-curriculum").orElseThrow());
        assertEquals(1, first.version());
        assertEquals(3, first.draw());
        assertEquals(20, first.timeLimitMinutes());
        assertEquals(
                List.of(p + "-k1", p + "-k2", p + "-k3"),
                first.questions().stream().map(KnowledgeTestBanks.Question::key).toList());
        assertEquals("unchanged", entry(importTree(fixture), p + "-knowledge").outcome());

        fixture.withKnowledgeTest(p + "-knowledge", 4);
        assertEquals("published", entry(importTree(fixture), p + "-knowledge").outcome());
        KnowledgeTestBanks.Bank second = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> knowledgeTests.currentFor(p + "-curriculum").orElseThrow());
        assertEquals(2, second.version());
        assertEquals(4, second.questions().size());
        assertEquals(
                3,
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> knowledgeTests.version(first.versionId()).orElseThrow())
                        .questions()
                        .size(),
                "the first version stays for the papers drawn from it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown curriculum | curriculum: PFX-curriculum | curriculum: no-such-curriculum | 3: curriculum 'no-such-curriculum' does not exist",
                "a module's question id | id: PFX-k2 | id: q1 | 11: question id 'q1' is already used by content/area/modules/PFX-mod/quiz.yaml:4",
                "draw larger than the bank | draw: 3 | draw: 9 | 4: 'draw' is 9 but the bank has only 3 questions",
                "code unlike file name | code: PFX-knowledge | code: PFX-other | 1: 'code' is 'PFX-other' but the file is named PFX-knowledge.yaml",
            })
    void shouldRefuseABrokenKnowledgeTestNamingFileAndLine(String kind, String from, String to, String expected) {
        String p = prefix();
        ContentFixture fixture = new ContentFixture(p)
                .withCurriculum(p + "-mod")
                .withModule(p + "-mod")
                .withKnowledgeTest(p + "-knowledge", 3);
        String file = "evaluation/knowledge-tests/" + p + "-knowledge.yaml";
        fixture.write(
                file,
                new String(readFixture(fixture, file), java.nio.charset.StandardCharsets.UTF_8)
                        .replace(from.replace("PFX", p), to.replace("PFX", p)));

        ContentImport.Entry refused = entry(importTree(fixture), p + "-knowledge");

        assertEquals("refused", refused.outcome(), kind);
        String where = "content/" + file + ":" + expected.replace("PFX", p);
        assertTrue(
                refused.problems().stream().anyMatch(problem -> problem.startsWith(where)),
                kind + ": expected a problem starting with " + where + " but got " + refused.problems());
    }

    @Test
    void shouldRefuseASecondKnowledgeTestOfACurriculumAndAQuestionIdOfAnotherTest() {
        String p = prefix();
        ContentFixture fixture = new ContentFixture(p)
                .withCurriculum(p + "-mod")
                .withModule(p + "-mod")
                .withKnowledgeTest(p + "-a-knowledge", 2)
                .withKnowledgeTest(p + "-b-knowledge", 2);

        ImportSummary report = importTree(fixture);

        assertEquals("published", entry(report, p + "-a-knowledge").outcome());
        ContentImport.Entry refused = entry(report, p + "-b-knowledge");
        assertEquals("refused", refused.outcome());
        String file = "content/evaluation/knowledge-tests/" + p + "-b-knowledge.yaml";
        assertTrue(
                refused.problems()
                        .contains(file + ":3: curriculum '" + p + "-curriculum' already has a knowledge test,"
                                + " content/evaluation/knowledge-tests/" + p + "-a-knowledge.yaml"),
                refused.problems().toString());
        assertTrue(
                refused.problems()
                        .contains(file + ":7: question id '" + p + "-k1' is already used by"
                                + " content/evaluation/knowledge-tests/" + p + "-a-knowledge.yaml:7"),
                refused.problems().toString());
    }

    private static byte[] readFixture(ContentFixture fixture, String relative) {
        try {
            return java.nio.file.Files.readAllBytes(fixture.root.resolve(relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
