package news.dateline.comment.moderation.web;

/** One line of the moderation log as printed. */
public record LogView(String date, String moderator, String action, Long commentId, Long memberId, String memberName,
                      String note) {
}
