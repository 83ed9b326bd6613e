package news.dateline.comment.moderation;

import java.time.Instant;
import java.util.List;

import news.dateline.comment.AuthorStanding;

/**
 * One comment in a moderation queue with what a moderator needs to decide: its text, article, the checks'
 * verdicts and scores, why it was held, its reports, and its author's record.
 *
 * @param holdReason why a comment that passed the checks was held (null when it was not)
 * @param moderation the last moderator's decision on it, or null
 */
public record QueueEntry(long id, long articleId, String articleHeadline, String articlePath, Long memberId,
                         String authorName, String body, String status, Instant createdAt, boolean featured,
                         boolean reply, String holdReason, List<Score> scores, List<Report> reports,
                         AuthorRecord author, Decision moderation) {

    /** One check's verdict: the rule, its decision and score (0 to 1). */
    public record Score(String rule, String decision, double score) {

        public String percent() {
            return Math.round(score * 100) + "%";
        }

        public boolean flagged() {
            return !"PUBLISH".equals(decision);
        }
    }

    public record Report(String reason, String note, Instant at) {
    }

    /** The author's history as a commenter, and the sanctions on them now. */
    public record AuthorRecord(int comments, int published, int held, int rejected, int reportsReceived,
                               AuthorStanding standing) {
    }

    public record Decision(String by, Instant at, String reason) {
    }
}
