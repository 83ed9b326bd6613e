package news.dateline.comment.legacy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What imports of older comments did, for operations: comments by outcome (imported, updated, unchanged, rejected)
 * and runs by how they ended. Counted when a run ends, also when it stops on an error, so a dashboard sees the rows a
 * failed run stored; the run history in the newsroom has the per-run detail.
 */
@Component
class ImportMetrics {

    private final Counter imported;
    private final Counter updated;
    private final Counter unchanged;
    private final Counter rejected;
    private final Counter completed;
    private final Counter failed;

    ImportMetrics(MeterRegistry registry) {
        this.imported = comments(registry, "imported");
        this.updated = comments(registry, "updated");
        this.unchanged = comments(registry, "unchanged");
        this.rejected = comments(registry, "rejected");
        this.completed = runs(registry, "completed");
        this.failed = runs(registry, "failed");
    }

    private static Counter comments(MeterRegistry registry, String outcome) {
        return Counter.builder("dateline.comment.imports").tag("outcome", outcome)
                .description("Comments read by imports of older comments, by what became of each")
                .register(registry);
    }

    private static Counter runs(MeterRegistry registry, String result) {
        return Counter.builder("dateline.comment.import.runs").tag("result", result)
                .description("Imports of older comments that ran to the end or stopped on an error")
                .register(registry);
    }

    void ended(ImportReport report, boolean completedRun) {
        imported.increment(report.imported());
        updated.increment(report.updated());
        unchanged.increment(report.unchanged());
        rejected.increment(report.rejected());
        (completedRun ? completed : failed).increment();
    }
}
