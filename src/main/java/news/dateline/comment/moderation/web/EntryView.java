package news.dateline.comment.moderation.web;

import java.util.List;

import news.dateline.comment.moderation.QueueEntry;

/**
 * One queue entry as the moderation page prints it.
 *
 * @param bodyHtml   the comment's text as safe HTML (escaped, links without endorsement)
 * @param standing   the author's sanctions in words ("pre-moderated", "suspended until …", "banned"), or empty
 * @param decision   the last moderator's decision in words, or null
 */
public record EntryView(long id, String articleHeadline, String articleLink, Long memberId, String authorName,
                        String bodyHtml, String status, String date, boolean featured, boolean reply,
                        String holdReason, List<QueueEntry.Score> scores, List<ReportView> reports,
                        QueueEntry.AuthorRecord author, String standing, String decision) {

    public boolean held() {
        return status.equals("HELD");
    }

    public boolean published() {
        return status.equals("PUBLISHED");
    }

    public boolean rejected() {
        return status.equals("REJECTED");
    }

    public record ReportView(String reason, String note, String date) {
    }
}
