package eu.topcop.learn.content;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Imports content/ when the application starts, so the embedded default opens with its catalogue. */
@ApplicationScoped
class ContentStartup {

    private static final Logger LOG = Logger.getLogger(ContentStartup.class);

    @Inject
    ContentImporter importer;

    @Inject
    ContentService content;

    @ConfigProperty(name = "lms.content.import-at-start", defaultValue = "true")
    boolean importAtStart;

    @ConfigProperty(name = "lms.content.directory", defaultValue = "content")
    Path directory;

    void onStart(@Observes StartupEvent event) {
        if (!importAtStart || !Files.isDirectory(directory)) {
            return;
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
    }
}
