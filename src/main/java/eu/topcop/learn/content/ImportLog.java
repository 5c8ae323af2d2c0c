package eu.topcop.learn.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Writes an import's progress and report in transactions of their own, so readers see it as it runs. */
@ApplicationScoped
class ImportLog {

    @Inject
    Clock clock;

    @Transactional(TxType.REQUIRES_NEW)
    long start(String requestedBy) {
        ContentImport run = new ContentImport();
        run.startedAt = Instant.now(clock);
        run.requestedBy = requestedBy;
        run.status = ContentImport.Status.RUNNING;
        run.report = new ArrayList<>();
        run.persist();
        return run.id;
    }

    @Transactional(TxType.REQUIRES_NEW)
    void total(long id, int total) {
        ContentImport.<ContentImport>findById(id).total = total;
    }

    @Transactional(TxType.REQUIRES_NEW)
    void record(long id, ContentImport.Entry entry) {
        ContentImport run = ContentImport.findById(id);
        switch (entry.outcome()) {
            case "published" -> run.published++;
            case "unchanged" -> run.unchanged++;
            default -> run.refused++;
        }
        List<ContentImport.Entry> report = new ArrayList<>(run.report == null ? List.of() : run.report);
        report.add(entry);
        run.report = report;
    }

    @Transactional(TxType.REQUIRES_NEW)
    void finish(long id, ContentImport.Status status) {
        ContentImport run = ContentImport.findById(id);
        run.status = status;
        run.finishedAt = Instant.now(clock);
    }
}
