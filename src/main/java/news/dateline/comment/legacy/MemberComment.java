package news.dateline.comment.legacy;

import java.time.Instant;

import news.dateline.comment.CommentStatus;

/** One of a member's comments for "My comments": written here, or imported under their verified email. */
public record MemberComment(long id, long articleId, String body, CommentStatus status, Instant createdAt,
                            boolean imported) {
}
