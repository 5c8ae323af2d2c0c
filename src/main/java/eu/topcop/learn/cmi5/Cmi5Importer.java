package eu.topcop.learn.cmi5;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.topcop.learn.catalogue.CurriculumService;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import org.jboss.logging.Logger;

/**
 * Imports a cmi5 course package: reads it safely ({@link PackageReader}), checks its course structure
 * ({@link CourseStructureReader}), and stores a new version of the course when its content differs from the current
 * one, in one transaction. A package with any problem is refused whole, every problem named, nothing stored. The
 * course is placed in the chosen curriculum as an online course.
 */
@ApplicationScoped
public class Cmi5Importer {

    private static final Logger LOG = Logger.getLogger(Cmi5Importer.class);
    static final String PLACED_BY = "cmi5";
    static final int MAX_HOURS = 999;

    /** Problems named by a field of the import form rather than by a place in the package. */
    private static final java.util.Set<String> FORM_FIELDS = java.util.Set.of("package", "curriculum", "hours");

    /** What an import did: the course's code, the version learners who start now get, and whether it is new. */
    public record Imported(String code, int version, boolean created) {}

    @Inject
    Cmi5Settings settings;

    @Inject
    CurriculumService curricula;

    @Inject
    Clock clock;

    @Transactional
    public Imported importPackage(byte[] upload, String curriculumCode, int hours, String importedBy) {
        List<Cmi5Problem> problems = new ArrayList<>();
        if (curriculumCode == null || curriculumCode.isBlank()) {
            problems.add(new Cmi5Problem("curriculum", "choose the curriculum the course belongs to"));
        } else if (!curricula.codes().contains(curriculumCode)) {
            problems.add(new Cmi5Problem("curriculum", "no curriculum has the code '" + curriculumCode + "'"));
        }
        if (hours < 1 || hours > MAX_HOURS) {
            problems.add(new Cmi5Problem("hours", "between 1 and " + MAX_HOURS + " hours"));
        }
        var read = PackageReader.read(upload, PackageReader.Limits.of(settings), problems);
        var structure = read.flatMap(r ->
                CourseStructureReader.read(r.structure(), r.zipped() ? r.files().keySet() : null, problems));
        if (!problems.isEmpty() || structure.isEmpty()) {
            throw refused(problems);
        }
        PackageReader.Read pack = read.get();
        CourseStructure course = structure.get();
        String iriHash = sha256(course.iri().getBytes(StandardCharsets.UTF_8));
        String contentHash = contentHash(pack);
        Instant now = Instant.now(clock);

        Cmi5Course stored = Cmi5Course.<Cmi5Course>find("iriHash", iriHash).firstResult();
        if (stored != null && !stored.curriculumCode.equals(curriculumCode)) {
            throw refused(List.of(new Cmi5Problem(
                    "curriculum",
                    "this course is in curriculum '" + stored.curriculumCode + "': import its new version there")));
        }
        if (stored == null) {
            stored = new Cmi5Course();
            stored.code = "cmi5-" + iriHash.substring(0, 16);
            stored.iri = course.iri();
            stored.iriHash = iriHash;
            stored.curriculumCode = curriculumCode;
            stored.currentVersion = 0;
            stored.updatedAt = now;
            stored.persist();
        } else {
            Cmi5CourseVersion current = Cmi5CourseVersion.<Cmi5CourseVersion>find(
                            "course = ?1 and version = ?2", stored, stored.currentVersion)
                    .firstResult();
            if (current != null && current.contentHash.equals(contentHash)) {
                return new Imported(stored.code, stored.currentVersion, false);
            }
        }
        int number = stored.publishNewVersion(now);
        Cmi5CourseVersion version = new Cmi5CourseVersion();
        version.course = stored;
        version.version = number;
        version.contentHash = contentHash;
        version.zipped = pack.zipped();
        version.title = course.title();
        version.description = course.description();
        version.importedAt = now;
        version.persist();
        store(version, course, pack);
        curricula.placeOnlineCourse(
                curriculumCode,
                stored.code,
                catalogueTexts(course.title()),
                catalogueTexts(course.description()),
                hours,
                PLACED_BY);
        LOG.infof("cmi5 course %s (%s) version %d imported by %s", stored.code, stored.iri, number, importedBy);
        return new Imported(stored.code, number, true);
    }

    private static void store(Cmi5CourseVersion version, CourseStructure course, PackageReader.Read pack) {
        List<Cmi5Block> blocks = new ArrayList<>();
        for (CourseStructure.Block b : course.blocks()) {
            Cmi5Block block = new Cmi5Block();
            block.version = version;
            block.parent = b.parent() == null ? null : blocks.get(b.parent());
            block.position = blocks.size();
            block.iri = b.iri();
            block.title = b.title();
            block.description = b.description();
            block.persist();
            blocks.add(block);
        }
        int position = 0;
        for (CourseStructure.Au a : course.aus()) {
            Cmi5Au au = new Cmi5Au();
            au.version = version;
            au.block = a.block() == null ? null : blocks.get(a.block());
            au.position = position++;
            au.iri = a.iri();
            au.title = a.title();
            au.description = a.description();
            au.url = a.url();
            au.packagePath = a.packagePath();
            au.moveOn = a.moveOn();
            au.masteryScore = a.masteryScore();
            au.launchMethod = a.launchMethod();
            au.launchParameters = a.launchParameters();
            au.entitlementKey = a.entitlementKey();
            au.activityType = a.activityType();
            au.persist();
        }
        for (var file : pack.files().entrySet()) {
            Cmi5PackageFile stored = new Cmi5PackageFile();
            stored.version = version;
            stored.path = file.getKey();
            stored.contentType = PackageReader.contentType(file.getKey());
            stored.size = file.getValue().length;
            stored.content = file.getValue();
            stored.persist();
        }
    }

    /**
     * The catalogue's texts are by language code ({@code en}); cmi5's by language tag ({@code en-US}): the first text
     * of each language is the catalogue's.
     */
    static Map<String, String> catalogueTexts(Map<String, String> texts) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        texts.forEach((tag, text) -> {
            String language = tag.split("-", 2)[0].toLowerCase(java.util.Locale.ROOT);
            byLanguage.putIfAbsent(language.isEmpty() || language.equals("und") ? "en" : language, text);
        });
        if (byLanguage.isEmpty()) {
            byLanguage.put("en", "");
        }
        return byLanguage;
    }

    /** Equal for the same cmi5.xml and files, whatever the zip's dates and order: only a change makes a version. */
    private static String contentHash(PackageReader.Read pack) {
        if (!pack.zipped()) {
            return sha256(pack.structure());
        }
        StringBuilder digest = new StringBuilder();
        new TreeMap<>(pack.files())
                .forEach((path, bytes) ->
                        digest.append(path).append('\0').append(sha256(bytes)).append('\n'));
        return sha256(digest.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole refusal: every problem a field error named by where it is, for the API and the page alike. */
    static DomainException refused(List<Cmi5Problem> problems) {
        Map<String, List<String>> byWhere = new LinkedHashMap<>();
        problems.forEach(
                p -> byWhere.computeIfAbsent(p.where(), w -> new ArrayList<>()).add(p.message()));
        List<Problem.FieldError> errors = new ArrayList<>();
        byWhere.forEach((where, messages) -> errors.add(new Problem.FieldError(where, String.join("; ", messages))));
        DomainException refusal = new DomainException.Invalid(
                "The cmi5 package is refused: " + problems.size() + " problem(s); nothing was stored", errors);
        for (Problem.FieldError e : errors) {
            if (FORM_FIELDS.contains(e.field())) {
                refusal.because(e.field(), Cmi5Messages.class, "detail", e.message());
            } else {
                refusal.because(e.field(), Cmi5Messages.class, "problem", e.field(), e.message());
            }
        }
        return refusal;
    }
}
