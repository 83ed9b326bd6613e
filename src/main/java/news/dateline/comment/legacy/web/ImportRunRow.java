package news.dateline.comment.legacy.web;

import java.util.List;

import news.dateline.article.DateLineFormat;
import news.dateline.comment.legacy.ImportReport;
import news.dateline.comment.legacy.ImportRejection;
import news.dateline.comment.legacy.ImportRunView;

/** One import run as the newsroom page shows it; {@code finished} says how it ended, or that it has not yet. */
public record ImportRunRow(long id, String fileName, String source, String started, String finished,
                           ImportReport counts, String failure, List<ImportRejection> rejections) {

    static ImportRunRow of(ImportRunView run, DateLineFormat format) {
        return new ImportRunRow(run.id(), run.fileName(), run.source(), format.dateTime(run.startedAt()),
                ended(run, format), run.report(), run.failure(), run.rejections());
    }

    private static String ended(ImportRunView run, DateLineFormat format) {
        if (run.interrupted()) {
            return "interrupted: its process stopped after " + format.dateTime(run.finishedAt())
                    + " (the counts are up to then; import the same file again to finish it)";
        }
        return run.finishedAt() == null ? "not finished yet" : "finished " + format.dateTime(run.finishedAt());
    }

    /** True when more rows were rejected than are stored to show. */
    public boolean rejectionsCut() {
        return counts.rejected() > rejections.size();
    }
}
