package news.dateline.comment;

/** Where a comment stands: shown, held for a moderator (shown only to its author), refused, or deleted by its author. */
public enum CommentStatus {
    PUBLISHED, HELD, REJECTED, DELETED
}
