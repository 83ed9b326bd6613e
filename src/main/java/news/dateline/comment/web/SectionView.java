package news.dateline.comment.web;

import java.util.List;

import news.dateline.comment.CommentSort;
import news.dateline.comment.ReportReason;
import news.dateline.site.Words;

/**
 * The comment section under one article for one reader, with every address it links to.
 *
 * @param count     published comments on the article
 * @param moreUrl   the next page of threads (plain link), or null when there is none
 * @param moreHxUrl the same page as a fragment for htmx
 * @param csrfName  the CSRF field's name; null for anonymous readers (who get no forms, and so no session)
 * @param errorFor  which form the error belongs to: {@code new}, {@code reply-<id>}, {@code edit-<id>},
 *                  {@code report-<id>}
 * @param draft     the text the reader typed into that form, kept so nothing is lost
 * @param notifyReplies the signed-in reader asked for a mail when someone replies to their comments
 * @param words     every word the section shows (the section is rendered without the page's chrome)
 */
public record SectionView(long articleId, String articlePath, CommentSort sort, List<SortLink> sorts,
                          String guidelinesHtml, boolean closed, boolean signedIn, boolean verified, boolean staff,
                          int count, List<CommentView> threads, String moreUrl, String moreHxUrl, String csrfName,
                          String csrfToken, String notice, String error, String errorFor, String draft,
                          String signInUrl, int maxLength, boolean notifyReplies, Words words) {

    public record SortLink(String label, String url, String hxUrl, boolean current) {
    }

    /** May write comments and replies now. */
    public boolean canPost() {
        return !closed && signedIn && verified;
    }

    /** May like and report. */
    public boolean canAct() {
        return signedIn && verified;
    }

    public String errorAt(String form) {
        return form.equals(errorFor) ? error : null;
    }

    /** The text for a form's box: the kept draft when that form was refused, else the given text. */
    public String textFor(String form, String otherwise) {
        return form.equals(errorFor) && draft != null ? draft : otherwise;
    }

    public List<ReportReason> reasons() {
        return List.of(ReportReason.values());
    }

    /** A report reason as the form offers it. */
    public String reasonLabel(ReportReason reason) {
        return switch (reason) {
            case ABUSIVE -> words.get("comment.report.abusive");
            case PERSONAL -> words.get("comment.report.personal");
            case SPAM -> words.get("comment.report.spam");
            case OFF_TOPIC -> words.get("comment.report.off-topic");
            case OTHER -> words.get("comment.report.other");
        };
    }

    public String closeAction() {
        return "/admin/comments/articles/" + articleId + "/closed";
    }

    public String sectionHxUrl() {
        return "/articles/" + articleId + "/comments/section?sort=" + sort.param();
    }
}
