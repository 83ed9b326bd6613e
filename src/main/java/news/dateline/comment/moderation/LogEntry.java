package news.dateline.comment.moderation;

import java.time.Instant;

/** One line of the moderation log: what was done, to which comment or member, by whom and when. */
public record LogEntry(long id, String action, Long commentId, Long memberId, String memberName, String moderator,
                       String note, Instant at) {
}
