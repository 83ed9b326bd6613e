package news.dateline.comment.legacy;

import java.time.Instant;
import java.util.List;

/** One recorded import run for the newsroom page, with its first stored rejections. */
public record ImportRunView(long id, String fileName, String source, Instant startedAt, Instant finishedAt,
                            ImportReport report, String failure, List<ImportRejection> rejections) {

    ImportRunView withRejections(List<ImportRejection> rows) {
        return new ImportRunView(id, fileName, source, startedAt, finishedAt, report, failure, rows);
    }
}
