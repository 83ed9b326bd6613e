package news.dateline.comment.store;

import java.time.Instant;

import news.dateline.comment.CommentStatus;

/** A comment or reply to store, as posting decided it; {@code verdictsJson} is the guideline checks' verdicts. */
public record NewComment(long articleId, Long parentId, Long rootId, int depth, long memberId, String authorName,
                         String body, CommentStatus status, String decision, String verdictsJson, String holdReason,
                         Instant at) {
}
