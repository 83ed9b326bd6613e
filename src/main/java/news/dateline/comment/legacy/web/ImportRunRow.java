package news.dateline.comment.legacy.web;

import java.util.List;

import news.dateline.article.DateLineFormat;
import news.dateline.comment.legacy.ImportReport;
import news.dateline.comment.legacy.ImportRejection;
import news.dateline.comment.legacy.ImportRunView;

/** One import run as the newsroom page shows it. */
public record ImportRunRow(long id, String fileName, String source, String started, String finished,
                           ImportReport counts, String failure, List<ImportRejection> rejections) {

    static ImportRunRow of(ImportRunView run, DateLineFormat format) {
        return new ImportRunRow(run.id(), run.fileName(), run.source(), format.dateTime(run.startedAt()),
                run.finishedAt() == null ? "not finished" : format.dateTime(run.finishedAt()), run.report(),
                run.failure(), run.rejections());
    }

    /** True when more rows were rejected than are stored to show. */
    public boolean rejectionsCut() {
        return counts.rejected() > rejections.size();
    }
}
