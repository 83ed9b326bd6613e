package news.dateline.comment;

import java.time.Instant;

/**
 * A comment as stored. A reply has a parent and a root (the thread's first comment); {@code depth} is 0 for a
 * thread's first comment and at most 2.
 *
 * @param authorName the name shown with the comment, as it was when written
 * @param body       the plain text, as typed; empty once deleted
 * @param featured   picked by a moderator to stand out
 * @param imported   brought in from the earlier comment platform (see comment.legacy)
 */
public record Comment(long id, long articleId, Long parentId, Long rootId, int depth, Long memberId,
                      String authorName, String body, CommentStatus status, int likes, int replies,
                      Instant createdAt, Instant editedAt, boolean featured, boolean imported) {

    public boolean isReply() {
        return parentId != null;
    }

    public boolean writtenBy(long member) {
        return memberId != null && memberId == member;
    }
}
