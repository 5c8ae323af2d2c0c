package eu.topcop.learn.cmi5;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import eu.topcop.learn.catalogue.CurriculumDraft;
import eu.topcop.learn.catalogue.CurriculumService;

/**
 * cmi5 packages built by the tests: the test course of {@code src/test/resources/cmi5/course} (two AUs of static
 * HTML), zipped in memory, and broken variants of it.
 */
final class Cmi5Fixture {

    static final Path COURSE = Path.of("src/test/resources/cmi5/course");
    static final String COURSE_IRI = "https://learn.topcop.eu/test/cmi5/courses/evidence-handling";
    static final String CURRICULUM = "cmi5-test-curriculum";

    private Cmi5Fixture() {}

    /**
     * A curriculum of the tests' own to place courses in: placing them in a shipped one would change what other tests
     * count. Saved again unchanged, it writes nothing.
     */
    static void curriculum(CurriculumService curricula) {
        curriculum(curricula, "cmi5-test-curriculum-1");
    }

    /** The tests' curriculum as a file with {@code hash} says it: another hash is a changed file. */
    static void curriculum(CurriculumService curricula, String hash) {
        curricula.save(new CurriculumDraft(
                CURRICULUM,
                "test",
                hash,
                Map.of("en", "cmi5 test curriculum"),
                Map.of("en", "Aims"),
                Map.of("en", "Everyone"),
                3,
                List.of("en"),
                List.of("trafficking-in-human-beings"),
                List.of(),
                List.of()));
    }

    /** The test course's files by path, cmi5.xml included. */
    static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(COURSE)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(COURSE.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String structure() {
        return new String(files().get("cmi5.xml"), StandardCharsets.UTF_8);
    }

    /** The test course under another course id, so that each test has a course of its own. */
    static Map<String, byte[]> course(String iri) {
        Map<String, byte[]> files = files();
        files.put("cmi5.xml", structure().replace(COURSE_IRI + "\"", iri + "\"").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    static byte[] coursePackage(String iri) {
        return zip(course(iri));
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The test course with one more entry. */
    static byte[] with(String iri, String name, byte[] content) {
        Map<String, byte[]> files = course(iri);
        files.put(name, content);
        return zip(files);
    }

    /** The test course with entries of {@code count} tiny files more. */
    static byte[] withEntries(String iri, int count) {
        Map<String, byte[]> files = course(iri);
        for (int i = 0; i < count; i++) {
            files.put("extra/file-" + i + ".txt", new byte[] {'x'});
        }
        return zip(files);
    }

    /** {@code size} bytes of zeros: compresses about a thousand times. */
    static byte[] zeros(int size) {
        return new byte[size];
    }

    /** {@code size} random bytes: does not compress at all. */
    static byte[] noise(int size) {
        byte[] bytes = new byte[size];
        new Random(18).nextBytes(bytes);
        return bytes;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> wheres(List<Cmi5Problem> problems) {
        return problems.stream().map(Cmi5Problem::where).toList();
    }
}
