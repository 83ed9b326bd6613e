package news.dateline.article.correction;

import java.util.List;

/**
 * The corrections box beside the editor of a published article: the notes (withdrawn ones marked, with who and
 * why), a form to add one and, for each standing note, a form to withdraw it.
 */
public record CorrectionsPanel(long articleId, List<Row> notes) {

    public record Row(long id, String label, String date, String text, String withdrawal, String withdrawUrl) {
        public boolean withdrawn() {
            return withdrawal != null;
        }
    }

    public String addUrl() {
        return "/admin/articles/" + articleId + "/corrections";
    }

    public List<CorrectionKind> kinds() {
        return List.of(CorrectionKind.values());
    }
}
