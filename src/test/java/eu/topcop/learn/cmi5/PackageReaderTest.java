package eu.topcop.learn.cmi5;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static eu.topcop.learn.cmi5.Cmi5Fixture.COURSE_IRI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zip safety: every limit counted on the bytes inflated, every unsafe path named, nothing but memory touched. */
class PackageReaderTest {

    private static final PackageReader.Limits LIMITS = new PackageReader.Limits(50, 1024 * 1024, 4 * 1024 * 1024, 100);

    private final List<Cmi5Problem> problems = new ArrayList<>();

    @Test
    void shouldReadTheTestCourseWithItsFiles() {
        var read = PackageReader.read(Cmi5Fixture.coursePackage(COURSE_IRI), LIMITS, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(read.orElseThrow().zipped());
        assertTrue(read.get().files().containsKey("au1/index.html"));
        assertTrue(read.get().files().containsKey("shared/au.js"));
    }

    @Test
    void shouldTakeABareCourseStructure() {
        var read = PackageReader.read(Cmi5Fixture.utf8("<courseStructure/>"), LIMITS, problems);
        assertTrue(problems.isEmpty());
        assertTrue(!read.orElseThrow().zipped());
    }

    @Test
    void shouldRefuseEveryPathThatLeavesThePackage() {
        var files = Cmi5Fixture.course(COURSE_IRI);
        files.put("../outside.html", new byte[] {1});
        files.put("/etc/passwd", new byte[] {1});
        files.put("au1\\..\\evil.html", new byte[] {1});
        files.put("C:/windows.ini", new byte[] {1});
        files.put("au1/../../up.html", new byte[] {1});
        var read = PackageReader.read(Cmi5Fixture.zip(files), LIMITS, problems);
        assertTrue(read.orElseThrow().files().keySet().stream().noneMatch(p -> p.contains("..") || p.startsWith("/")));
        assertEquals(
                List.of("../outside.html", "/etc/passwd", "au1\\..\\evil.html", "C:/windows.ini", "au1/../../up.html"),
                Cmi5Fixture.wheres(problems));
    }

    @Test
    void shouldRefuseAZipBombByTheBytesItInflates() {
        var read = PackageReader.read(
                Cmi5Fixture.with(COURSE_IRI, "bomb.bin", Cmi5Fixture.zeros(3 * 1024 * 1024)), LIMITS, problems);
        assertTrue(read.isEmpty());
        assertEquals(List.of("bomb.bin"), Cmi5Fixture.wheres(problems));
        assertTrue(problems.get(0).message().contains("zip bomb"), problems.toString());
    }

    @Test
    void shouldRefuseAnEntryLargerThanTheLimit() {
        var read = PackageReader.read(
                Cmi5Fixture.with(COURSE_IRI, "video.mp4", Cmi5Fixture.noise(1024 * 1024 + 1)), LIMITS, problems);
        assertTrue(read.isEmpty());
        assertEquals(List.of("video.mp4"), Cmi5Fixture.wheres(problems));
        assertTrue(problems.get(0).message().contains("larger than 1048576 bytes"), problems.toString());
    }

    @Test
    void shouldRefuseMoreBytesInAllThanTheLimit() {
        var files = Cmi5Fixture.course(COURSE_IRI);
        for (int i = 0; i < 5; i++) {
            files.put("media/part-" + i + ".bin", Cmi5Fixture.noise(1000 * 1000));
        }
        var read = PackageReader.read(Cmi5Fixture.zip(files), LIMITS, problems);
        assertTrue(read.isEmpty());
        assertEquals(List.of("package"), Cmi5Fixture.wheres(problems));
    }

    @Test
    void shouldRefuseTooManyEntries() {
        var read = PackageReader.read(Cmi5Fixture.withEntries(COURSE_IRI, 50), LIMITS, problems);
        assertTrue(read.isEmpty());
        assertEquals(List.of("package"), Cmi5Fixture.wheres(problems));
        assertTrue(problems.get(0).message().contains("more than 50 entries"));
    }

    @Test
    void shouldKeepANestedZipAsAFile() {
        byte[] inner = Cmi5Fixture.zip(java.util.Map.of("../inner-traversal.html", new byte[] {1}));
        var read = PackageReader.read(Cmi5Fixture.with(COURSE_IRI, "media/archive.zip", inner), LIMITS, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(inner.length, read.orElseThrow().files().get("media/archive.zip").length);
        assertEquals("application/zip", PackageReader.contentType("media/archive.zip"));
    }

    @Test
    void shouldRefuseAZipWithoutCourseStructureAtItsRoot() {
        var files = Cmi5Fixture.course(COURSE_IRI);
        files.put("course/cmi5.xml", files.remove("cmi5.xml"));
        var read = PackageReader.read(Cmi5Fixture.zip(files), LIMITS, problems);
        assertTrue(read.isEmpty());
        assertEquals(List.of("package"), Cmi5Fixture.wheres(problems));
    }

    @Test
    void shouldRefuseAnEmptyUpload() {
        assertTrue(PackageReader.read(new byte[0], LIMITS, problems).isEmpty());
        assertEquals(List.of("package"), Cmi5Fixture.wheres(problems));
    }
}
