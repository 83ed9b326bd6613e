package news.dateline.comment.legacy;

import java.time.Instant;
import java.util.List;

/**
 * One recorded import run for the newsroom page, with its first stored rejections.
 *
 * @param finishedAt  when it ended; for an interrupted run, when it was last heard of
 * @param interrupted its process stopped (killed, crashed) before the end; the counts are those it had saved
 */
public record ImportRunView(long id, String fileName, String source, Instant startedAt, Instant finishedAt,
                            ImportReport report, String failure, boolean interrupted,
                            List<ImportRejection> rejections) {

    ImportRunView withRejections(List<ImportRejection> rows) {
        return new ImportRunView(id, fileName, source, startedAt, finishedAt, report, failure, interrupted, rows);
    }
}
