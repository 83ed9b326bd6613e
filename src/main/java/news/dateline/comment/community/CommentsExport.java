package news.dateline.comment.community;

import java.time.Instant;
import java.util.List;

/** The "comments" part of a member's data export: what they wrote, liked and reported. */
public record CommentsExport(List<Written> comments, List<Like> likesGiven, List<Report> reportsMade) {

    /**
     * A comment the member wrote.
     *
     * @param articleHeadline the article's headline and path, while it is published (else null)
     * @param inReplyTo       the comment it answers, for a reply
     * @param likesReceived   how many members like it
     */
    public record Written(long id, long articleId, String articleHeadline, String articlePath, Long inReplyTo,
                          String text, String status, Instant createdAt, Instant editedAt, Instant deletedAt,
                          int likesReceived) {
    }

    public record Like(long commentId, long articleId, Instant likedAt) {
    }

    public record Report(long commentId, long articleId, String reason, String note, Instant reportedAt) {
    }
}
