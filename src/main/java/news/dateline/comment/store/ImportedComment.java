package news.dateline.comment.store;

import java.time.Instant;

import news.dateline.comment.CommentStatus;

/** A comment from the earlier platform, matched to a current article (see {@code comment/legacy}). */
public record ImportedComment(long articleId, String legacyId, String legacyParentId, String authorName,
                              String authorEmail, String body, CommentStatus status, int likes, Instant createdAt) {
}
