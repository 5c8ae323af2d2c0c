package eu.topcop.learn.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.jobs.ClusterLock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The import at start-up runs once per cluster and only for new content: a start with the content the last start
 * imported imports nothing, and a node that starts while another holds the start-up lock leaves it to that one.
 */
@QuarkusTest
class ContentStartupTest {

    @Inject
    ContentStartup startup;

    @Inject
    ClusterLock locks;

    @Test
    void shouldImportNothingWhenTheContentIsWhatTheLastStartImported() {
        // This application's own start imported content/ already (or found it imported by an earlier start).
        long before = imports();
        assertEquals(ContentStartup.Outcome.UNCHANGED, startup.importOnce());
        assertEquals(before, imports(), "no import record, no module read");
    }

    @Test
    void shouldLeaveTheImportToTheNodeHoldingTheStartUpLock() {
        long before = imports();
        try (ClusterLock.Held held = locks.tryAcquire(ContentStartup.LOCK).orElseThrow()) {
            // Another node's start, as far as this one can tell: GET_LOCK is per connection.
            assertEquals(ContentStartup.Outcome.ANOTHER_NODE, startup.importOnce());
        }
        assertEquals(before, imports());
    }

    @Test
    void shouldHashEveryFilesPathAndBytes(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("drugs/modules/a"));
        Files.writeString(root.resolve("drugs/curriculum.yaml"), "code: drugs\n");
        Files.writeString(root.resolve("drugs/modules/a/module.yaml"), "code: a\n");
        String first = ContentStartup.hash(root);
        assertEquals(first, ContentStartup.hash(root), "the same content, the same hash");

        Files.writeString(root.resolve("drugs/modules/a/module.yaml"), "code: b\n");
        String edited = ContentStartup.hash(root);
        assertNotEquals(first, edited);

        Files.move(root.resolve("drugs/modules/a"), root.resolve("drugs/modules/b"));
        assertNotEquals(edited, ContentStartup.hash(root), "a renamed folder is new content");
    }

    private static long imports() {
        return QuarkusTransaction.requiringNew().call(() -> ContentImport.count());
    }
}
