package eu.topcop.learn.content;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** The last content imports and how they ended, for the home pages of those who watch over content. */
@ApplicationScoped
public class RecentImports {

    /** An import run: {@code failed} when it broke off, {@code refused} modules were left at their old version. */
    public record Run(
            long id,
            Instant startedAt,
            Instant finishedAt,
            boolean running,
            boolean failed,
            int published,
            int refused) {}

    /** The latest runs, newest first: one statement. */
    public List<Run> latest(int limit) {
        return ContentImport.<ContentImport>find("order by startedAt desc, id desc").range(0, limit - 1).list().stream()
                .map(r -> new Run(
                        r.id,
                        r.startedAt,
                        r.finishedAt,
                        r.status == ContentImport.Status.RUNNING,
                        r.status == ContentImport.Status.FAILED,
                        r.published,
                        r.refused))
                .toList();
    }
}
