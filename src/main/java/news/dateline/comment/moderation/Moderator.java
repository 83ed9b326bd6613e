package news.dateline.comment.moderation;

/** Who takes a moderation action: a member with the moderator or admin role. */
public record Moderator(long id, String name) {
}
