package news.dateline.article.web;

import java.util.List;

import news.dateline.article.RevisionDiff;

/**
 * The top of the editor after a refused save: who saved what in between, and both versions side by side (theirs
 * on the left, the refused one on the right), with the changed words marked as in the history.
 *
 * @param theirRevision the revision now stored; the form below is rebased on it
 * @param baseRevision  the revision the refused save started from
 */
public record EditConflictView(int theirRevision, int baseRevision, String savedBy, String savedAt,
                               List<RevisionDiff.Row> rows) {

    public List<RevisionDiff.Row> changedRows() {
        return rows.stream().filter(RevisionDiff.Row::changed).toList();
    }
}
