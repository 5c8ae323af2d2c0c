package eu.topcop.learn.cmi5;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cmi5.xml against the XSD (cmi5 13.2) and the rules the XSD cannot say, each problem at its line and column. */
class CourseStructureReaderTest {

    private static final Set<String> FILES = Set.of("cmi5.xml", "au1/index.html", "au2/index.html", "shared/au.js");

    private final List<Cmi5Problem> problems = new ArrayList<>();

    @Test
    void shouldReadTheTestCourse() {
        var course = CourseStructureReader.read(Cmi5Fixture.utf8(Cmi5Fixture.structure()), FILES, problems)
                .orElseThrow(() -> new AssertionError(problems));
        assertEquals(Cmi5Fixture.COURSE_IRI, course.iri());
        assertEquals("Handling digital evidence", course.title().get("en-US"));
        assertEquals(1, course.blocks().size());
        assertEquals(2, course.aus().size());
        var quiz = course.aus().get(1);
        assertEquals("au2/index.html", quiz.packagePath());
        assertEquals("au2/index.html?start=1", quiz.url());
        assertEquals("CompletedAndPassed", quiz.moveOn());
        assertEquals(new BigDecimal("0.8"), quiz.masteryScore());
        assertEquals("OwnWindow", quiz.launchMethod());
        assertEquals("{\"questions\": 1}", quiz.launchParameters());
        assertEquals(0, quiz.block());
    }

    @Test
    void shouldNameAnXsdViolationByLineAndColumn() {
        String xml = Cmi5Fixture.structure().replace("moveOn=\"Completed\"", "moveOn=\"Sometimes\"");
        assertTrue(CourseStructureReader.read(Cmi5Fixture.utf8(xml), FILES, problems)
                .isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.where().matches("cmi5\\.xml:23:\\d+")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("Sometimes")), problems.toString());
    }

    @Test
    void shouldListEveryProblemOfTheStructure() {
        String xml = Cmi5Fixture.structure()
                .replace(
                        "https://learn.topcop.eu/test/cmi5/courses/evidence-handling/aus/custody",
                        "https://learn.topcop.eu/test/cmi5/courses/evidence-handling/aus/seizing")
                .replace("au1/index.html", "au1/missing.html")
                .replace("masteryScore=\"0.8\"", "masteryScore=\"0.12345\"");
        assertTrue(CourseStructureReader.read(Cmi5Fixture.utf8(xml), FILES, problems)
                .isEmpty());
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).where().startsWith("cmi5.xml:23:"), problems.toString());
        assertTrue(problems.get(0).message().contains("au1/missing.html"));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("already the id")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("4 decimal")), problems.toString());
    }

    @Test
    void shouldRefuseIdsThatAreNotIris() {
        String xml = Cmi5Fixture.structure()
                .replace(
                        "id=\"https://learn.topcop.eu/test/cmi5/courses/evidence-handling/blocks/essentials\"",
                        "id=\"essentials\"");
        assertTrue(CourseStructureReader.read(Cmi5Fixture.utf8(xml), FILES, problems)
                .isEmpty());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("not a fully qualified IRI"));
    }

    @Test
    void shouldRefuseAnObjectiveThatIsNotDeclared() {
        String xml = Cmi5Fixture.structure()
                .replace(
                        "idref=\"https://learn.topcop.eu/test/cmi5/objectives/chain-of-custody\"",
                        "idref=\"https://example.org/unknown\"");
        assertTrue(CourseStructureReader.read(Cmi5Fixture.utf8(xml), FILES, problems)
                .isEmpty());
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void shouldRequireFullyQualifiedUrlsWithoutAZip() {
        assertTrue(CourseStructureReader.read(Cmi5Fixture.utf8(Cmi5Fixture.structure()), null, problems)
                .isEmpty());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("14.2"));
    }

    @Test
    void shouldTakeRemoteAusWithoutAZip() {
        String xml = Cmi5Fixture.structure()
                .replace("au1/index.html", "https://partner.example.org/au1/")
                .replace("au2/index.html?start=1", "https://partner.example.org/au2/?start=1");
        var course = CourseStructureReader.read(Cmi5Fixture.utf8(xml), null, problems)
                .orElseThrow(() -> new AssertionError(problems));
        assertNull(course.aus().get(0).packagePath());
    }

    @Test
    void shouldRefuseADoctypeAndResolveNoEntity() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE courseStructure [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<courseStructure xmlns=\"" + CourseStructureReader.NAMESPACE + "\">&x;</courseStructure>";
        assertTrue(CourseStructureReader.read(Cmi5Fixture.utf8(xml), FILES, problems)
                .isEmpty());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).where().startsWith("cmi5.xml:2:"), problems.toString());
    }

    @Test
    void shouldNameAMalformedDocument() {
        String xml = "<courseStructure xmlns=\"" + CourseStructureReader.NAMESPACE + "\">";
        assertTrue(CourseStructureReader.read(Cmi5Fixture.utf8(xml), FILES, problems)
                .isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.where().startsWith("cmi5.xml:1:")), problems.toString());
        assertTrue(problems.get(problems.size() - 1).message().contains("must start and end"), problems.toString());
    }
}
