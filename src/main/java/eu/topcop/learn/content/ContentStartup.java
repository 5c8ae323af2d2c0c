package eu.topcop.learn.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.jobs.ClusterLock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports content/ when the application starts, so the embedded default opens with its catalogue: once per cluster
 * (the node that takes the start-up lock imports; one starting meanwhile leaves it to that node) and only when the
 * directory differs from what the last import at start-up read (its hash), so a restart with the same content reads
 * no module.
 */
@ApplicationScoped
class ContentStartup {

    private static final Logger LOG = Logger.getLogger(ContentStartup.class);

    static final String LOCK = "topcop.content-startup";

    /** What a start did with the content. */
    enum Outcome {
        IMPORTED,
        UNCHANGED,
        ANOTHER_NODE,
        NOTHING_TO_IMPORT
    }

    @Inject
    ContentImporter importer;

    @Inject
    ContentService content;

    @Inject
    ClusterLock locks;

    @ConfigProperty(name = "lms.content.import-at-start", defaultValue = "true")
    boolean importAtStart;

    @ConfigProperty(name = "lms.content.directory", defaultValue = "content")
    Path directory;

    void onStart(@Observes StartupEvent event) {
        if (importAtStart) {
            LOG.infof("Content at start-up from %s: %s", directory.toAbsolutePath(), importOnce());
        }
    }

    Outcome importOnce() {
        if (!Files.isDirectory(directory)) {
            return Outcome.NOTHING_TO_IMPORT;
        }
        Outcome[] outcome = {Outcome.ANOTHER_NODE};
        locks.runExclusively(LOCK, () -> outcome[0] = importIfChanged(hash(directory)));
        return outcome[0];
    }

    private Outcome importIfChanged(String hash) {
        if (hash.equals(lastHash())) {
            return Outcome.UNCHANGED;
        }
        long id = importer.begin("start-up");
        importer.run(id);
        var report = content.importRun(id);
        LOG.infof(
                "Content import from %s: %d published, %d unchanged, %d refused",
                directory.toAbsolutePath(), report.published(), report.unchanged(), report.refused());
        report.report().stream()
                .filter(e -> "refused".equals(e.outcome()))
                .forEach(e -> LOG.warnf("Refused %s %s: %s", e.kind(), e.code(), String.join("; ", e.problems())));
        QuarkusTransaction.requiringNew().run(() -> {
            ContentImport run = ContentImport.findById(id);
            if (run.status == ContentImport.Status.FINISHED) {
                run.contentHash = hash;
            }
        });
        return Outcome.IMPORTED;
    }

    /** The hash the last finished import at start-up read, if any. */
    private static String lastHash() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ContentImport.<ContentImport>find(
                                "status = ?1 and contentHash is not null order by startedAt desc, id desc",
                                ContentImport.Status.FINISHED)
                        .firstResultOptional()
                        .map(run -> run.contentHash)
                        .orElse(null));
    }

    /** SHA-256 over every file's path (relative, '/') and bytes, in path order: any change changes it. */
    static String hash(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(
                        root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
